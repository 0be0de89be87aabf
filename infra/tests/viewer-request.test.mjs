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
      } else if (c.expect.status) {
        assert.equal(result.statusCode, c.expect.status, "answered at the edge");
        assert.equal(result.headers.location, undefined, "no Location to follow");
        // CloudFront shows no custom error page for a function's own 4xx, so it brings a body.
        assert.equal(result.body.encoding, "text");
        assert.match(result.body.data, /404/);
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

// Whatever the path, a redirect stays on this site: the Location is resolved the way a browser
// resolves it (WHATWG URL, which reads "\\" as "/" and drops tabs and newlines).
test("no path makes the slash redirect leave the site", () => {
  const site = "https://d111111abcdef8.cloudfront.net/";
  const starts = ["/", "//", "///", "/\\", "\\", "/%2F", "/%2f/", "/%5C", "/\t/", "/%09/", "/\n/", "/%0A/", "/ /", "/./", "/%2E%2E/"];
  const hosts = ["evil", "evil%2Ecom", "2130706433", "%65vil", "0x7f.1", "[::1]", "evil.com%2Fx", "@evil"];
  for (const start of starts) {
    for (const host of hosts) {
      const uri = start + host;
      const result = handler(event(uri, ""));
      if (result.statusCode === 301) {
        const target = new URL(result.headers.location.value, site);
        assert.equal(target.origin, new URL(site).origin, `${JSON.stringify(uri)} -> ${result.headers.location.value}`);
      }
    }
  }
});
