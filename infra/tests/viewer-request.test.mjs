// node --test infra/tests: the CloudFront Function against the shared URL table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const source = readFileSync(here("../viewer-request.js"), "utf8");
const { cases } = JSON.parse(readFileSync(here("../url-cases.json"), "utf8"));

// Run the function the way CloudFront does: a plain script defining handler().
function loadHandler() {
  const context = vm.createContext({});
  vm.runInContext(source, context);
  return context.handler;
}
const handler = loadHandler();

function parseQuery(query) {
  const querystring = {};
  if (!query) return querystring;
  for (const part of query.split("&")) {
    const [name, ...rest] = part.split("=");
    const value = rest.join("=");
    if (querystring[name]) {
      const first = querystring[name];
      first.multiValue = first.multiValue || [{ value: first.value }];
      first.multiValue.push({ value });
    } else {
      querystring[name] = { value };
    }
  }
  return querystring;
}

function event(uri, query, method = "GET") {
  return {
    version: "1.0",
    context: { eventType: "viewer-request" },
    viewer: { ip: "192.0.2.1" },
    request: { method, uri, querystring: parseQuery(query), headers: {}, cookies: {} },
  };
}

for (const method of ["GET", "HEAD"]) {
  for (const c of cases) {
    test(`${method} ${c.uri}${c.query ? "?" + c.query : ""}`, () => {
      const result = handler(event(c.uri, c.query, method));
      if (c.expect.redirect) {
        assert.equal(result.statusCode, 301);
        assert.equal(result.headers.location.value, c.expect.redirect);
      } else {
        assert.equal(result.statusCode, undefined, "a request goes on to the origin");
        assert.equal(result.uri, c.expect.uri);
        assert.deepEqual(result.querystring, parseQuery(c.query), "the query string is untouched");
        assert.equal(result.method, method);
      }
    });
  }
}

test("a repeated query parameter survives the redirect", () => {
  const result = handler(event("/en/vpc", "tag=a&tag=b"));
  assert.equal(result.headers.location.value, "/en/vpc/?tag=a&tag=b");
});

test("a parameter without a value keeps its bare form", () => {
  const result = handler(event("/en", "print"));
  assert.equal(result.headers.location.value, "/en/?print");
});
