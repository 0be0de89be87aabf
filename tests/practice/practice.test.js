// node --test for the pure part of plugins/practice/practice.js (run by test_script.py).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { marks } = require("../../plugins/practice/practice.js");

const VALUES = ["1", "2", "3", "4", "5"];

test("a single answer: the key chosen is right", () => {
  assert.deepEqual(marks(VALUES.slice(0, 4), ["3"], ["3"]), {
    right: true,
    options: ["", "", "right", ""],
  });
});

test("a single answer: a wrong choice shows the key", () => {
  assert.deepEqual(marks(VALUES.slice(0, 4), ["1"], ["3"]), {
    right: false,
    options: ["wrong", "", "key", ""],
  });
});

test("multiple response: both keys, in any order", () => {
  assert.deepEqual(marks(VALUES, ["4", "2"], ["2", "4"]), {
    right: true,
    options: ["", "right", "", "right", ""],
  });
});

test("multiple response: one key and one wrong is wrong", () => {
  assert.deepEqual(marks(VALUES, ["2", "3"], ["2", "4"]), {
    right: false,
    options: ["", "right", "wrong", "key", ""],
  });
});

test("multiple response: the keys plus one more is wrong", () => {
  assert.equal(marks(VALUES, ["2", "3", "4"], ["2", "4"]).right, false);
});

test("nothing chosen marks only the keys", () => {
  assert.deepEqual(marks(VALUES.slice(0, 4), [], ["2"]), {
    right: false,
    options: ["", "key", "", ""],
  });
});
