// The practice page's logic (/practice/, plugins/practice): the exam draw, scoring, the review
// scheduler (Leitner boxes), and the stored progress with its import checks. Pure: no DOM, no
// storage, no clock (callers pass `now`) and no Math.random unless no generator is given, so
// node --test checks all of it (tests/practice/trainer.test.js). practice-page.js is the DOM.
"use strict";
(function (factory) {
  const api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else if (typeof window !== "undefined") window.PracticeTrainer = api;
})(function () {
  const FORMAT = "aws-saa-practice";
  const VERSION = 1;
  const DAY = 24 * 60 * 60 * 1000;
  // Leitner boxes 1–5: the days until a question in that box comes back. A wrong answer puts
  // it in box 1 (due at once); a right one moves it up a box, so it waits longer each time.
  const BOX_DAYS = [null, 0, 1, 3, 7, 21];
  const TOP_BOX = 5;

  // ------------------------------------------------------------------ random numbers

  // A seeded generator (mulberry32), for draws a test can repeat.
  function seeded(seed) {
    let state = seed >>> 0;
    return function () {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function shuffled(items, random) {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  // ------------------------------------------------------------------ the exam draw

  // How many questions each domain gets: `total` shared by weight (largest remainder), never
  // more than a domain has (`caps`); what a short domain cannot take goes to the others, by
  // their weights. domains: [{id, weight}]; caps: {id: available}.
  function apportion(total, domains, caps) {
    const quota = {};
    for (const d of domains) quota[d.id] = 0;
    let remaining = Math.min(
      total,
      domains.reduce((sum, d) => sum + (caps[d.id] || 0), 0)
    );
    while (remaining > 0) {
      const open = domains.filter((d) => d.weight > 0 && quota[d.id] < (caps[d.id] || 0));
      // Domains without weight (none in SAA-C03) take questions only when nothing else can.
      const active = open.length
        ? open
        : domains.filter((d) => quota[d.id] < (caps[d.id] || 0)).map((d) => ({ ...d, weight: 1 }));
      if (!active.length) break;
      const weights = active.reduce((sum, d) => sum + d.weight, 0);
      const give = {};
      let given = 0;
      const parts = active.map((d, index) => {
        const exact = (remaining * d.weight) / weights;
        const room = caps[d.id] - quota[d.id];
        give[d.id] = Math.min(Math.floor(exact), room);
        given += give[d.id];
        return { id: d.id, fraction: exact - Math.floor(exact), weight: d.weight, index };
      });
      let leftover = remaining - given;
      parts.sort((a, b) => b.fraction - a.fraction || b.weight - a.weight || a.index - b.index);
      for (const part of parts) {
        if (leftover === 0) break;
        if (quota[part.id] + give[part.id] < caps[part.id]) {
          give[part.id] += 1;
          leftover -= 1;
        }
      }
      for (const id of Object.keys(give)) quota[id] += give[id];
      remaining = leftover;
    }
    return quota;
  }

  // An exam: `count` questions of the bank drawn by domain weight, none twice, in random order.
  // questions: [{id, domain, task}]; domains: [{id, weight}] in the exam guide's order.
  // Within a domain the draw goes round its task statements, so a short exam still spreads.
  // Returns {ids, quota, asked, short}: short when the bank has fewer than asked.
  function drawExam(questions, count, domains, random) {
    random = random || Math.random;
    const byDomain = {};
    const seen = new Set();
    for (const q of questions) {
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      (byDomain[q.domain] = byDomain[q.domain] || []).push(q);
    }
    const known = domains.slice();
    for (const id of Object.keys(byDomain)) {
      if (!known.some((d) => d.id === id)) known.push({ id, weight: 0 });
    }
    const caps = {};
    for (const d of known) caps[d.id] = (byDomain[d.id] || []).length;
    const quota = apportion(count, known, caps);
    const picked = [];
    for (const d of known) {
      if (!quota[d.id]) continue;
      const byTask = {};
      for (const q of shuffled(byDomain[d.id], random)) (byTask[q.task] = byTask[q.task] || []).push(q);
      const tasks = shuffled(Object.keys(byTask).sort(), random);
      let taken = 0;
      while (taken < quota[d.id]) {
        for (const task of tasks) {
          if (taken < quota[d.id] && byTask[task].length) {
            picked.push(byTask[task].shift().id);
            taken += 1;
          }
        }
      }
    }
    return {
      ids: shuffled(picked, random),
      quota,
      asked: count,
      short: picked.length < count,
    };
  }

  // ------------------------------------------------------------------ scoring

  function keysOf(question) {
    const keys = [];
    question.options.forEach((option, index) => {
      if (option.correct) keys.push(index);
    });
    return keys;
  }

  // Right only when the chosen options are exactly the keys (the exam gives no partial credit).
  function isRight(question, chosen) {
    const keys = keysOf(question);
    const picked = Array.from(new Set(chosen || []));
    return picked.length === keys.length && picked.every((index) => keys.includes(index));
  }

  function percent(right, total) {
    return total ? Math.round((right / total) * 100) : 0;
  }

  // The score of an exam: overall, per domain (guide order) and per task statement.
  // questions: the exam's questions in its order ({id, domain, task, options}); answers:
  // {id: [option indexes]}. An unanswered question counts as wrong, as on the exam.
  function scoreExam(questions, answers, domains) {
    const order = (domains || []).map((d) => d.id);
    const byDomain = new Map();
    const byTask = new Map();
    const results = [];
    let right = 0;
    for (const q of questions) {
      const chosen = (answers && answers[q.id]) || [];
      const ok = isRight(q, chosen);
      right += ok ? 1 : 0;
      results.push({ id: q.id, right: ok, answered: chosen.length > 0, chosen, keys: keysOf(q) });
      for (const [map, key] of [
        [byDomain, q.domain],
        [byTask, q.task],
      ]) {
        const row = map.get(key) || { right: 0, total: 0 };
        row.right += ok ? 1 : 0;
        row.total += 1;
        map.set(key, row);
      }
    }
    const rank = (id) => (order.includes(id) ? order.indexOf(id) : order.length);
    const rows = (map, name, compare) =>
      [...map.entries()]
        .sort(compare)
        .map(([key, row]) => ({ [name]: key, ...row, percent: percent(row.right, row.total) }));
    return {
      right,
      total: questions.length,
      percent: percent(right, questions.length),
      domains: rows(byDomain, "domain", (a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1)),
      tasks: rows(byTask, "task", (a, b) => compareTasks(a[0], b[0])),
      results,
    };
  }

  function compareTasks(a, b) {
    const pa = a.split(".").map(Number);
    const pb = b.split(".").map(Number);
    return pa[0] - pb[0] || pa[1] - pb[1];
  }

  // ------------------------------------------------------------------ the scheduler

  // A card after an answer: wrong → box 1, due now; right → one box up, due after its days.
  function schedule(card, right, now) {
    const before = card || { box: 0, due: now, right: 0, wrong: 0 };
    // A question answered right the first time starts in box 2 (back tomorrow).
    const box = right ? Math.min(Math.max(before.box, 1) + 1, TOP_BOX) : 1;
    return {
      box,
      due: now + BOX_DAYS[box] * DAY,
      right: (before.right || 0) + (right ? 1 : 0),
      wrong: (before.wrong || 0) + (right ? 0 : 1),
      last: now,
    };
  }

  // What review mode asks, in order: the due questions (lowest box first, then the longest
  // overdue), then up to `fresh` never answered, in bank order. ids: the bank's ids.
  function reviewQueue(cards, ids, now, fresh) {
    const due = ids
      .filter((id) => cards[id] && cards[id].due <= now)
      .sort((a, b) => cards[a].box - cards[b].box || cards[a].due - cards[b].due || (a < b ? -1 : 1));
    const unseen = ids.filter((id) => !cards[id]).slice(0, fresh);
    return due.concat(unseen);
  }

  // After a review answer: a wrong one comes back once more at the end of this session.
  function requeue(queue, position, right) {
    if (right) return queue.slice();
    const id = queue[position];
    const later = queue.slice(position + 1);
    return later.includes(id) ? queue.slice() : queue.concat([id]);
  }

  // The next time anything is due (ms), or null when nothing has been answered.
  function nextDue(cards) {
    let next = null;
    for (const id of Object.keys(cards)) {
      if (next === null || cards[id].due < next) next = cards[id].due;
    }
    return next;
  }

  // Counts per box (1–5) and how many are due now.
  function boxCounts(cards, now) {
    const boxes = [0, 0, 0, 0, 0];
    let due = 0;
    for (const id of Object.keys(cards)) {
      boxes[cards[id].box - 1] += 1;
      if (cards[id].due <= now) due += 1;
    }
    return { boxes, due, seen: Object.keys(cards).length };
  }

  // ------------------------------------------------------------------ stored progress

  function emptyProgress() {
    return { format: FORMAT, version: VERSION, cards: {}, exam: null };
  }

  const ID = /^q(?:-[a-z0-9]+)+$/;

  // Checks a progress object of any version and returns it as this version. Throws an Error
  // whose message says what is wrong, naming the question when one card is.
  function migrate(data) {
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      throw new Error("not a progress file: expected a JSON object");
    }
    if (data.format !== FORMAT) {
      throw new Error(`not a progress file of this page: "format" must be "${FORMAT}"`);
    }
    if (!Number.isInteger(data.version) || data.version < 1) {
      throw new Error(`"version" must be a whole number from 1, got ${JSON.stringify(data.version)}`);
    }
    if (data.version > VERSION) {
      throw new Error(`written by a newer version (${data.version}) of this page; this one reads ${VERSION}`);
    }
    // Version 1 is the first: later versions convert older ones here, step by step.
    if (!data.cards || typeof data.cards !== "object" || Array.isArray(data.cards)) {
      throw new Error('"cards" must be an object of question ids');
    }
    const cards = {};
    for (const id of Object.keys(data.cards)) {
      const card = data.cards[id];
      if (!ID.test(id)) throw new Error(`"${id}" is not a question id`);
      if (!card || typeof card !== "object") throw new Error(`question "${id}": not an object`);
      if (!Number.isInteger(card.box) || card.box < 1 || card.box > TOP_BOX) {
        throw new Error(`question "${id}": "box" must be 1 to ${TOP_BOX}, got ${JSON.stringify(card.box)}`);
      }
      for (const field of ["due", "right", "wrong"]) {
        if (typeof card[field] !== "number" || !Number.isFinite(card[field]) || card[field] < 0) {
          throw new Error(`question "${id}": "${field}" must be a number of 0 or more`);
        }
      }
      cards[id] = { box: card.box, due: card.due, right: card.right, wrong: card.wrong, last: card.last || 0 };
    }
    return { format: FORMAT, version: VERSION, cards, exam: checkExam(data.exam) };
  }

  // An exam in progress as stored; anything malformed is dropped (it cannot be resumed).
  function checkExam(exam) {
    if (!exam || typeof exam !== "object" || !Array.isArray(exam.ids)) return null;
    if (!exam.ids.every((id) => typeof id === "string") || !exam.ids.length) return null;
    const answers = {};
    for (const id of exam.ids) {
      const chosen = exam.answers && exam.answers[id];
      if (Array.isArray(chosen)) answers[id] = chosen.filter(Number.isInteger);
    }
    return {
      ids: exam.ids.slice(),
      answers,
      marked: Array.isArray(exam.marked) ? exam.marked.filter((id) => exam.ids.includes(id)) : [],
      current: Number.isInteger(exam.current) ? Math.min(Math.max(exam.current, 0), exam.ids.length - 1) : 0,
      asked: Number.isInteger(exam.asked) ? exam.asked : exam.ids.length,
      started: typeof exam.started === "number" ? exam.started : 0,
      deadline: typeof exam.deadline === "number" ? exam.deadline : null,
      submitted: typeof exam.submitted === "number" ? exam.submitted : null,
    };
  }

  // What localStorage holds, read leniently: unreadable means no progress yet.
  function readStored(text) {
    if (!text) return emptyProgress();
    try {
      return migrate(JSON.parse(text));
    } catch (error) {
      return emptyProgress();
    }
  }

  // An imported file, read strictly: the message says what is wrong with it.
  function readImport(text) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error("not JSON");
    }
    const progress = migrate(data);
    progress.exam = null; // an exam is resumed where it was started, not imported
    return progress;
  }

  function serialise(progress, now) {
    return JSON.stringify({
      format: FORMAT,
      version: VERSION,
      saved: new Date(now).toISOString(),
      cards: progress.cards,
      exam: progress.exam,
    });
  }

  // The export: the cards only (an exam in progress stays in its browser).
  function exportText(progress, now) {
    return serialise({ cards: progress.cards, exam: null }, now);
  }

  // ------------------------------------------------------------------ the exam clock

  function startExam(draw, minutes, now) {
    return {
      ids: draw.ids,
      answers: {},
      marked: [],
      current: 0,
      asked: draw.asked,
      started: now,
      deadline: minutes ? now + minutes * 60 * 1000 : null,
      submitted: null,
    };
  }

  function timeLeft(exam, now) {
    return exam.deadline === null ? null : Math.max(0, exam.deadline - now);
  }

  // 1:05:09, or 4:07 under an hour.
  function clock(ms) {
    const seconds = Math.ceil(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const two = (n) => String(n).padStart(2, "0");
    return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
  }

  return {
    FORMAT,
    VERSION,
    BOX_DAYS,
    DAY,
    seeded,
    apportion,
    drawExam,
    keysOf,
    isRight,
    scoreExam,
    schedule,
    reviewQueue,
    requeue,
    nextDue,
    boxCounts,
    emptyProgress,
    migrate,
    readStored,
    readImport,
    serialise,
    exportText,
    startExam,
    timeLeft,
    clock,
  };
});
