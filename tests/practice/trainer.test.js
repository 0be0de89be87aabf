// node --test for plugins/practice/trainer.js (run by test_script.py): the exam draw, the
// scores, the Leitner scheduler and the stored progress with its import checks.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const T = require("../../plugins/practice/trainer.js");

const DOMAINS = [
  { id: "secure", weight: 30 },
  { id: "resilient", weight: 26 },
  { id: "performance", weight: 24 },
  { id: "cost", weight: 20 },
];
const TASKS = { secure: ["1.1", "1.2", "1.3"], resilient: ["2.1", "2.2"], performance: ["3.1", "3.2", "3.3", "3.4", "3.5"], cost: ["4.1", "4.2", "4.3", "4.4"] };

// A bank of `per[domain]` questions per domain, spread over the domain's tasks.
function bank(per) {
  const out = [];
  for (const d of DOMAINS) {
    for (let i = 0; i < (per[d.id] || 0); i += 1) {
      const task = TASKS[d.id][i % TASKS[d.id].length];
      out.push({
        id: `q-${d.id}-${i}`,
        domain: d.id,
        task,
        options: [{ correct: false }, { correct: true }, { correct: false }, { correct: false }],
      });
    }
  }
  return out;
}

const count = (ids, questions, domain) =>
  ids.filter((id) => questions.find((q) => q.id === id).domain === domain).length;

test("a full exam of 65 follows the weights 30/26/24/20 by largest remainder", () => {
  const questions = bank({ secure: 40, resilient: 40, performance: 40, cost: 40 });
  const draw = T.drawExam(questions, 65, DOMAINS, T.seeded(1));
  assert.equal(draw.ids.length, 65);
  assert.equal(draw.short, false);
  // 19.5, 16.9, 15.6, 13.0: the two largest remainders get the two left over.
  assert.deepEqual(draw.quota, { secure: 19, resilient: 17, performance: 16, cost: 13 });
  for (const d of DOMAINS) assert.equal(count(draw.ids, questions, d.id), draw.quota[d.id]);
});

test("no question is drawn twice, and the draw is a permutation of distinct ids", () => {
  const questions = bank({ secure: 30, resilient: 30, performance: 30, cost: 30 });
  for (let seed = 1; seed < 30; seed += 1) {
    const draw = T.drawExam(questions, 65, DOMAINS, T.seeded(seed));
    assert.equal(new Set(draw.ids).size, draw.ids.length);
  }
  // A bank listing an id twice still yields it once.
  const twice = questions.concat([questions[0]]);
  const all = T.drawExam(twice, 500, DOMAINS, T.seeded(3));
  assert.equal(all.ids.length, questions.length);
  assert.equal(new Set(all.ids).size, questions.length);
});

test("a short exam keeps the weights", () => {
  const questions = bank({ secure: 20, resilient: 20, performance: 20, cost: 20 });
  const draw = T.drawExam(questions, 10, DOMAINS, T.seeded(2));
  assert.deepEqual(draw.quota, { secure: 3, resilient: 3, performance: 2, cost: 2 });
});

test("a bank smaller than asked: everything it has, and the draw says so", () => {
  const questions = bank({ secure: 5, resilient: 4, performance: 6, cost: 5 });
  const draw = T.drawExam(questions, 65, DOMAINS, T.seeded(4));
  assert.equal(draw.ids.length, 20);
  assert.equal(draw.short, true);
  assert.equal(draw.asked, 65);
});

test("a domain short of questions passes its share to the others, by their weights", () => {
  // 40 asked: secure would get 12 but has 2; the 10 left go 26:24:20 to the others.
  const questions = bank({ secure: 2, resilient: 50, performance: 50, cost: 50 });
  const draw = T.drawExam(questions, 40, DOMAINS, T.seeded(5));
  assert.equal(draw.ids.length, 40);
  assert.equal(draw.quota.secure, 2);
  assert.deepEqual(draw.quota, { secure: 2, resilient: 14, performance: 13, cost: 11 });
});

test("an empty domain is skipped; a domain the weights do not know still counts", () => {
  const questions = bank({ secure: 0, resilient: 3, performance: 3, cost: 3 });
  questions.push({ id: "q-extra", domain: "other", task: "9.1", options: [] });
  const draw = T.drawExam(questions, 10, DOMAINS, T.seeded(6));
  assert.equal(draw.ids.length, 10);
  assert.equal(draw.quota.secure, 0);
  assert.equal(draw.quota.other, 1);
});

test("within a domain the draw goes round the task statements", () => {
  const questions = bank({ secure: 0, resilient: 0, performance: 25, cost: 0 });
  const draw = T.drawExam(questions, 5, DOMAINS, T.seeded(7));
  const tasks = draw.ids.map((id) => questions.find((q) => q.id === id).task);
  assert.deepEqual([...new Set(tasks)].sort(), TASKS.performance);
});

test("the same seed draws the same exam", () => {
  const questions = bank({ secure: 10, resilient: 10, performance: 10, cost: 10 });
  assert.deepEqual(
    T.drawExam(questions, 12, DOMAINS, T.seeded(9)).ids,
    T.drawExam(questions, 12, DOMAINS, T.seeded(9)).ids
  );
});

test("a question is right only with exactly its keys", () => {
  const multiple = { options: [{}, { correct: true }, {}, { correct: true }, {}] };
  assert.equal(T.isRight(multiple, [3, 1]), true);
  assert.equal(T.isRight(multiple, [1]), false);
  assert.equal(T.isRight(multiple, [1, 2, 3]), false);
  assert.equal(T.isRight(multiple, []), false);
});

test("scores overall, per domain in guide order and per task statement", () => {
  const questions = [
    { id: "q-a", domain: "cost", task: "4.1", options: [{ correct: true }, {}, {}, {}] },
    { id: "q-b", domain: "secure", task: "1.2", options: [{ correct: true }, {}, {}, {}] },
    { id: "q-c", domain: "secure", task: "1.10", options: [{}, { correct: true }, {}, {}] },
    { id: "q-d", domain: "secure", task: "1.2", options: [{}, {}, { correct: true }, {}] },
  ];
  const score = T.scoreExam(questions, { "q-a": [0], "q-b": [1], "q-c": [1] }, DOMAINS);
  assert.equal(score.right, 2);
  assert.equal(score.total, 4);
  assert.equal(score.percent, 50);
  assert.deepEqual(score.domains, [
    { domain: "secure", right: 1, total: 3, percent: 33 },
    { domain: "cost", right: 1, total: 1, percent: 100 },
  ]);
  assert.deepEqual(
    score.tasks.map((t) => [t.task, t.right, t.total]),
    [
      ["1.2", 0, 2],
      ["1.10", 1, 1],
      ["4.1", 1, 1],
    ]
  );
  const unanswered = score.results.find((r) => r.id === "q-d");
  assert.deepEqual(unanswered, { id: "q-d", right: false, answered: false, chosen: [], keys: [2] });
});

test("Leitner: wrong goes to box 1 due now, right climbs a box and waits longer", () => {
  const now = 1_000_000;
  const wrong = T.schedule(undefined, false, now);
  assert.deepEqual([wrong.box, wrong.due, wrong.wrong, wrong.right], [1, now, 1, 0]);
  const first = T.schedule(undefined, true, now);
  assert.equal(first.box, 2);
  assert.equal(first.due, now + T.DAY);
  let card = first;
  for (let i = 0; i < 6; i += 1) card = T.schedule(card, true, now);
  assert.equal(card.box, 5);
  assert.equal(card.due, now + 21 * T.DAY);
  const fallen = T.schedule(card, false, now);
  assert.equal(fallen.box, 1);
  assert.equal(fallen.due, now);
  assert.equal(fallen.right, 7);
});

test("review: due questions first, lowest box first, then new ones in bank order", () => {
  const now = 10 * T.DAY;
  const cards = {
    "q-late": { box: 3, due: now - T.DAY, right: 2, wrong: 0 },
    "q-wrong": { box: 1, due: now, right: 0, wrong: 1 },
    "q-later": { box: 2, due: now + T.DAY, right: 1, wrong: 0 },
  };
  const ids = ["q-new-1", "q-late", "q-later", "q-wrong", "q-new-2", "q-new-3"];
  assert.deepEqual(T.reviewQueue(cards, ids, now, 2), ["q-wrong", "q-late", "q-new-1", "q-new-2"]);
  assert.deepEqual(T.reviewQueue(cards, ids, now, 0), ["q-wrong", "q-late"]);
  // A card of a question the bank no longer has is not asked.
  assert.deepEqual(T.reviewQueue({ "q-gone": cards["q-wrong"] }, ["q-x"], now, 0), []);
});

test("review: a wrong answer comes back once more at the end of the session", () => {
  assert.deepEqual(T.requeue(["q-a", "q-b"], 0, false), ["q-a", "q-b", "q-a"]);
  assert.deepEqual(T.requeue(["q-a", "q-b"], 0, true), ["q-a", "q-b"]);
  assert.deepEqual(T.requeue(["q-a", "q-b", "q-a"], 0, false), ["q-a", "q-b", "q-a"]);
});

test("box counts and the next due time", () => {
  const cards = {
    "q-a": { box: 1, due: 5, right: 0, wrong: 1 },
    "q-b": { box: 4, due: 50, right: 3, wrong: 0 },
  };
  assert.deepEqual(T.boxCounts(cards, 10), { boxes: [1, 0, 0, 1, 0], due: 1, seen: 2 });
  assert.equal(T.nextDue(cards), 5);
  assert.equal(T.nextDue({}), null);
});

test("stored progress round-trips, exam in progress included", () => {
  const progress = T.emptyProgress();
  progress.cards["q-a"] = T.schedule(undefined, false, 100);
  progress.exam = T.startExam({ ids: ["q-a", "q-b"], asked: 5 }, 130, 100);
  progress.exam.answers["q-a"] = [2];
  progress.exam.marked = ["q-b"];
  const back = T.readStored(T.serialise(progress, 200));
  assert.deepEqual(back.cards, progress.cards);
  assert.deepEqual(back.exam, progress.exam);
  assert.equal(back.exam.deadline, 100 + 130 * 60 * 1000);
});

test("unreadable storage starts afresh instead of failing", () => {
  for (const text of [null, "", "{", "[]", '{"format":"other"}', '{"format":"aws-saa-practice","version":99,"cards":{}}']) {
    assert.deepEqual(T.readStored(text), T.emptyProgress());
  }
});

test("an import says what is wrong with the file", () => {
  const good = T.exportText({ cards: { "q-a": { box: 2, due: 5, right: 1, wrong: 0, last: 1 } } }, 0);
  assert.deepEqual(Object.keys(T.readImport(good).cards), ["q-a"]);
  const cases = [
    ["not json", /not JSON/],
    ["[1]", /expected a JSON object/],
    ['{"format":"exam-guide-progress","ticked":[]}', /"format" must be "aws-saa-practice"/],
    ['{"format":"aws-saa-practice","version":2,"cards":{}}', /newer version \(2\)/],
    ['{"format":"aws-saa-practice","version":"1","cards":{}}', /"version" must be a whole number/],
    ['{"format":"aws-saa-practice","version":1}', /"cards" must be an object/],
    ['{"format":"aws-saa-practice","version":1,"cards":{"Q A":{}}}', /"Q A" is not a question id/],
    ['{"format":"aws-saa-practice","version":1,"cards":{"q-a":{"box":9,"due":0,"right":0,"wrong":0}}}', /question "q-a": "box" must be 1 to 5, got 9/],
    ['{"format":"aws-saa-practice","version":1,"cards":{"q-a":{"box":1,"due":"soon","right":0,"wrong":0}}}', /question "q-a": "due" must be a number/],
  ];
  for (const [text, message] of cases) assert.throws(() => T.readImport(text), message, text);
});

test("an export leaves the exam in progress behind, and an import never brings one", () => {
  const progress = T.emptyProgress();
  progress.exam = T.startExam({ ids: ["q-a"], asked: 1 }, 0, 0);
  assert.equal(JSON.parse(T.exportText(progress, 0)).exam, null);
  assert.equal(T.readImport(T.serialise(progress, 0)).exam, null);
});

test("the clock and the time left", () => {
  const exam = T.startExam({ ids: ["q-a"], asked: 1 }, 160, 0);
  assert.equal(T.timeLeft(exam, 60 * 1000), 159 * 60 * 1000);
  assert.equal(T.timeLeft(exam, 10 ** 12), 0);
  assert.equal(T.timeLeft(T.startExam({ ids: ["q-a"], asked: 1 }, 0, 0), 5), null);
  assert.equal(T.clock(130 * 60 * 1000), "2:10:00");
  assert.equal(T.clock(4 * 60 * 1000 + 7000), "4:07");
  assert.equal(T.clock(500), "0:01");
});
