// node --test: the pure parts of docs/assets/exam-guide.js (run by test_exam_guide_js.py).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const guide = require(path.join(__dirname, "..", "..", "docs", "assets", "exam-guide.js"));

const ORDER = ["task:1.1", "task:1.2", "service:Amazon S3"];

test("stored progress is read leniently", () => {
  assert.deepEqual([...guide.readStored(null)], []);
  assert.deepEqual([...guide.readStored("not json")], []);
  assert.deepEqual([...guide.readStored('{"ticked": "task:1.1"}')], []);
  assert.deepEqual([...guide.readStored('{"ticked": ["task:1.1", 3, null]}')], ["task:1.1"]);
});

test("serialise keeps the page's order and says which exam", () => {
  const text = guide.serialise(new Set(["service:Amazon S3", "task:1.1"]), "SAA-C03", ORDER, "t");
  assert.deepEqual(JSON.parse(text), {
    format: "exam-guide-progress",
    version: 1,
    exam: "SAA-C03",
    saved: "t",
    ticked: ["task:1.1", "service:Amazon S3"],
  });
  // What it writes, it reads back, from storage and from a file.
  assert.deepEqual([...guide.readStored(text)], ["task:1.1", "service:Amazon S3"]);
  assert.deepEqual([...guide.readImport(text, "SAA-C03", ORDER)], ["task:1.1", "service:Amazon S3"]);
});

test("an import must be our format for this exam", () => {
  assert.throws(() => guide.readImport("{", "SAA-C03", ORDER), /not JSON/);
  assert.throws(() => guide.readImport('{"ticked": []}', "SAA-C03", ORDER), /not an exam guide/);
  const other = guide.serialise(new Set(["task:1.1"]), "SAA-C04", ORDER, "t");
  assert.throws(() => guide.readImport(other, "SAA-C03", ORDER), /SAA-C04, not SAA-C03/);
});

test("an import drops items the page no longer lists", () => {
  const old = guide.serialise(new Set(["task:1.1", "service:Amazon QLDB"]), "SAA-C03", ORDER, "t");
  assert.deepEqual([...guide.readImport(old, "SAA-C03", ORDER)], ["task:1.1"]);
});

test("the count fills its template", () => {
  assert.equal(guide.countText("확인한 항목 {done}/{total}개", 2, 18), "확인한 항목 2/18개");
});
