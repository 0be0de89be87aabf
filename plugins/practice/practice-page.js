// The practice page's DOM (/practice/, plugins/practice): the three modes drawn from the
// bank (this language's practice.json, fetched when a mode starts), progress kept in this
// browser only (localStorage, one key for both languages). The logic is trainer.js's
// (window.PracticeTrainer, loaded first); this file only reads forms and draws questions.
"use strict";
(function () {
  const T = window.PracticeTrainer;
  const root = document.querySelector("[data-practice-page]");
  const dataNode = document.getElementById("practice-data");
  if (!T || !root || !dataNode) return;
  const data = JSON.parse(dataNode.textContent);
  const L = data.labels;
  const LETTERS = "ABCDEFGH";
  const home = root.querySelector("[data-view=home]");
  const session = root.querySelector("[data-view=session]");
  const live = root.querySelector("[data-live]");
  const resumeButton = root.querySelector("[data-action=resume]");
  const summary = root.querySelector("[data-progress-summary]");

  const fmt = (template, values) =>
    template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) {
        node.append(typeof child === "string" ? document.createTextNode(child) : child);
      }
    }
    return node;
  }

  // ---------------------------------------------------------------- progress

  let storage = null;
  try {
    storage = window.localStorage; // throws where storage is blocked
  } catch (error) {
    storage = null;
  }
  let progress = T.readStored(storage ? storage.getItem(data.storageKey) : null);

  function save() {
    if (!storage) return;
    try {
      storage.setItem(data.storageKey, T.serialise(progress, Date.now()));
    } catch (error) {
      // Storage full or blocked: progress lasts as long as the page.
    }
  }

  function record(id, right) {
    progress.cards[id] = T.schedule(progress.cards[id], right, Date.now());
    save();
  }

  // Emptied first, then set: a screen reader announces the same words again.
  let announcing = null;
  function announce(text) {
    window.clearTimeout(announcing);
    live.textContent = "";
    announcing = window.setTimeout(() => {
      live.textContent = text;
    }, 60);
  }

  function showSummary() {
    const counts = T.boxCounts(progress.cards, Date.now());
    let text = fmt(L.progress_summary, {
      seen: counts.seen,
      due: counts.due,
      boxes: counts.boxes.join(" · "),
    });
    const next = T.nextDue(progress.cards);
    if (next !== null && next > Date.now()) {
      text += " " + fmt(L.progress_next, { date: new Date(next).toLocaleString(data.lang) });
    }
    summary.textContent = text;
    const exam = progress.exam;
    resumeButton.hidden = !exam;
    if (exam) resumeButton.textContent = exam.submitted ? L.last_results : L.resume_exam;
  }

  // ---------------------------------------------------------------- the bank

  const banks = {};
  function bank(url) {
    if (!banks[url]) {
      banks[url] = fetch(url, { credentials: "same-origin" }).then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      });
      banks[url].catch(() => delete banks[url]);
    }
    return banks[url];
  }
  const byId = (questions) => new Map(questions.map((q) => [q.id, q]));

  // ---------------------------------------------------------------- views

  function showHome() {
    stopTimer();
    session.hidden = true;
    session.replaceChildren();
    home.hidden = false;
    live.classList.remove("is-quiet");
    showSummary();
  }

  function showSession(...children) {
    home.hidden = true;
    session.hidden = false;
    live.classList.add("is-quiet");
    window.clearTimeout(announcing);
    live.textContent = ""; // "loading" is over; what follows is announced afresh
    session.replaceChildren(...children.flat().filter((child) => child));
    const heading = session.querySelector("[data-focus]");
    if (heading) heading.focus();
  }

  function failed() {
    announce(L.load_failed);
    showHome();
  }

  const letters = (indexes) => indexes.map((i) => LETTERS[i]).join(", ");

  // A question as a form: real radio buttons or checkboxes with labels in a fieldset.
  function questionForm(q, name, chosen) {
    const type = q.options.filter((o) => o.correct).length > 1 ? "checkbox" : "radio";
    const options = q.options.map((option, index) => {
      const id = `${name}-${index}`;
      const input = el("input", { type, name, id, value: String(index) });
      input.checked = chosen.includes(index);
      return el(
        "li",
        { class: "practice__option" },
        input,
        el("label", { for: id }, el("span", { class: "practice__letter", text: LETTERS[index] + "." }), " " + option.text)
      );
    });
    return el(
      "form",
      { class: "practice__question", method: "dialog", "data-id": q.id },
      el("fieldset", {}, el("legend", { text: q.stem }), el("ol", { class: "practice__options" }, options))
    );
  }

  const chosenIn = (form) =>
    [...form.querySelectorAll("input[type=radio]:checked, input[type=checkbox]:checked")]
      .filter((input) => input.closest(".practice__option"))
      .map((input) => Number(input.value));

  // Right, wrong and missed options, told in words as well as colour.
  function markOptions(container, q, chosen) {
    const keys = T.keysOf(q);
    container.querySelectorAll(".practice__option").forEach((item, index) => {
      item.classList.remove("is-right", "is-wrong", "is-key");
      item.querySelector(".practice__badge")?.remove();
      const isKey = keys.includes(index);
      const isChosen = chosen.includes(index);
      const shown = isKey ? (isChosen ? "right" : "key") : isChosen ? "wrong" : "";
      if (!shown) return;
      item.classList.add("is-" + shown);
      item.querySelector("label").append(
        el("span", { class: "practice__badge", text: shown === "wrong" ? L.incorrect : L.correct })
      );
    });
  }

  function explanations(q, chosen, labels) {
    const keys = T.keysOf(q);
    const text = labels || L;
    const parts = [];
    if (chosen) {
      parts.push(
        el("p", { class: "practice__key" }, [
          chosen.length ? fmt(L.your_answer, { letters: letters(chosen) }) : L.no_answer,
          " · ",
          fmt(L.key, { letters: letters(keys) }),
        ])
      );
    }
    parts.push(
      el(
        "ol",
        { class: "practice__explanations" },
        q.options.map((option, index) =>
          el(
            "li",
            { class: option.correct ? "is-correct" : "is-wrong" },
            el("strong", { text: `${LETTERS[index]}. ${option.correct ? text.correct : text.incorrect}` }),
            ": " + option.explanation
          )
        )
      )
    );
    return parts;
  }

  function links(q) {
    return el(
      "p",
      { class: "practice__meta" },
      el("a", { href: q.page, text: L.section }),
      " · ",
      el("a", { href: q.source, text: L.source }),
      " · " + fmt(L.task, { task: q.task })
    );
  }

  // The other language's explanations, added to a translation box once the question is
  // answered (never before: the translation must not give the answer away).
  function translatedAnswers(box) {
    if (!box.other || box.answered) return;
    box.answered = true;
    box.append(
      el("p", { class: "practice__translated-heading", text: L.other_answer }),
      ...explanations(box.other, null, { correct: L.other_correct, incorrect: L.other_wrong })
    );
  }

  // The same question in the other language; its explanations once `answered()` is true.
  function otherButton(q, box, answered) {
    const button = el("button", { type: "button", class: "md-button practice__other", "aria-expanded": "false", text: L.other });
    button.addEventListener("click", () => {
      if (box.other) {
        const open = box.hidden;
        box.hidden = !open;
        button.setAttribute("aria-expanded", String(open));
        button.textContent = open ? L.other_hide : L.other;
        return;
      }
      bank(data.otherJson)
        .then((questions) => {
          const other = byId(questions).get(q.id);
          if (!other) throw new Error("missing " + q.id);
          box.lang = data.otherLang;
          box.other = other;
          box.append(
            el("p", { class: "practice__translated-stem", text: other.stem }),
            el(
              "ol",
              { class: "practice__translated-options" },
              other.options.map((option, index) => el("li", { text: `${LETTERS[index]}. ${option.text}` }))
            )
          );
          if (answered()) translatedAnswers(box);
          box.hidden = false;
          button.setAttribute("aria-expanded", "true");
          button.textContent = L.other_hide;
        })
        .catch(() => announce(L.other_failed));
    });
    return button;
  }

  // ---------------------------------------------------------------- exam mode

  let timer = null;
  let lastLeft = null; // the time left at the last tick, to hear a warning threshold crossed
  function stopTimer() {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    lastLeft = null;
  }

  function startExam(form) {
    const count = Math.min(Math.max(Math.round(Number(form.elements.count.value)) || 1, 1), data.exam.questions);
    const minutes = Number(form.querySelector("input[name=minutes]:checked")?.value || 0);
    if (progress.exam && !progress.exam.submitted && !window.confirm(L.replace_confirm)) return;
    announce(L.loading);
    bank(data.json)
      .then((questions) => {
        const draw = T.drawExam(questions, count, data.domains, Math.random);
        if (!draw.ids.length) {
          announce(L.nothing_matches);
          return;
        }
        progress.exam = T.startExam(draw, minutes, Date.now());
        save();
        const notes = [];
        if (draw.short) notes.push(fmt(L.short_bank, { available: draw.ids.length, asked: count }));
        const perDomain = data.domains
          .filter((d) => draw.quota[d.id])
          .map((d) => fmt(L.draw_item, { domain: fmt(L.domain, { number: d.number }), count: draw.quota[d.id] }))
          .join(", ");
        notes.push(fmt(L.draw_summary, { domains: perDomain }));
        runExam(byId(questions), notes);
      })
      .catch(failed);
  }

  function resumeExam() {
    bank(data.json)
      .then((questions) => runExam(byId(questions), []))
      .catch(failed);
  }

  function runExam(questions, notes) {
    const exam = progress.exam;
    // Questions the bank no longer has (a page updated mid-exam) are left out.
    exam.ids = exam.ids.filter((id) => questions.has(id));
    if (!exam.ids.length) {
      progress.exam = null;
      save();
      showHome();
      return;
    }
    exam.current = Math.min(exam.current, exam.ids.length - 1);
    if (exam.submitted) {
      showResults(questions);
      return;
    }
    stopTimer();
    if (exam.deadline !== null) {
      timer = window.setInterval(() => tick(questions), 1000);
    }
    drawExamQuestion(questions, notes);
    if (exam.deadline !== null && T.timeLeft(exam, Date.now()) === 0) submitExam(questions, true);
  }

  // The clock is not read aloud every second (role=timer is not live): screen readers hear it
  // when 10 minutes and 1 minute are left.
  const WARNINGS = [10 * 60 * 1000, 60 * 1000];
  function tick(questions) {
    const left = T.timeLeft(progress.exam, Date.now());
    const clock = session.querySelector("[data-timer]");
    const text = fmt(L.time_left, { time: T.clock(left) });
    if (clock) clock.textContent = text;
    if (lastLeft !== null && WARNINGS.some((at) => lastLeft > at && left <= at && left > 0)) {
      announce(text);
    }
    lastLeft = left;
    if (left === 0) submitExam(questions, true);
  }

  function navigator(questions, onPick) {
    const exam = progress.exam;
    return el(
      "nav",
      { class: "practice-session__nav", "aria-label": L.navigator },
      el(
        "ol",
        {},
        exam.ids.map((id, index) => {
          const answered = (exam.answers[id] || []).length > 0;
          const marked = exam.marked.includes(id);
          const states = [answered ? L.nav_answered : L.nav_unanswered];
          if (marked) states.push(L.nav_marked);
          const button = el("button", {
            type: "button",
            class: "practice-session__goto" + (answered ? " is-answered" : "") + (marked ? " is-marked" : ""),
            "aria-label": `${fmt(L.nav_item, { n: index + 1 })}: ${states.join(", ")}`,
            "aria-current": index === exam.current && onPick ? "step" : null,
            text: String(index + 1) + (marked ? "*" : ""),
          });
          button.addEventListener("click", () => onPick(index));
          return el("li", {}, button);
        })
      )
    );
  }

  function drawExamQuestion(questions, notes) {
    const exam = progress.exam;
    const id = exam.ids[exam.current];
    const q = questions.get(id);
    const total = exam.ids.length;
    const form = questionForm(q, "exam-" + exam.current, exam.answers[id] || []);
    const go = (index) => {
      exam.current = index;
      save();
      drawExamQuestion(questions, []);
    };
    form.addEventListener("change", (event) => {
      if (event.target.name === "mark") return;
      exam.answers[id] = chosenIn(form);
      save();
      const button = session.querySelectorAll(".practice-session__goto")[exam.current];
      if (button) {
        const fresh = navigator(questions, go).querySelectorAll(".practice-session__goto")[exam.current];
        button.replaceWith(fresh);
      }
    });
    form.addEventListener("submit", (event) => event.preventDefault());
    const mark = el("input", { type: "checkbox", id: "practice-mark", name: "mark" });
    mark.checked = exam.marked.includes(id);
    mark.addEventListener("change", () => {
      exam.marked = mark.checked ? exam.marked.concat([id]) : exam.marked.filter((m) => m !== id);
      save();
      const button = session.querySelectorAll(".practice-session__goto")[exam.current];
      if (button) button.replaceWith(navigator(questions, go).querySelectorAll(".practice-session__goto")[exam.current]);
    });
    form.append(el("p", { class: "practice-session__mark" }, mark, " ", el("label", { for: "practice-mark", text: L.mark })));
    const box = el("div", { class: "practice__translation", hidden: true });
    const previous = el("button", { type: "button", class: "md-button", text: L.previous, disabled: exam.current === 0 });
    previous.addEventListener("click", () => go(exam.current - 1));
    const next = el("button", { type: "button", class: "md-button md-button--primary", text: L.next, disabled: exam.current === total - 1 });
    next.addEventListener("click", () => go(exam.current + 1));
    const toSubmit = el("button", { type: "button", class: "md-button", text: L.to_submit });
    toSubmit.addEventListener("click", () => submitScreen(questions));
    const left = T.timeLeft(exam, Date.now());
    showSession(
      notes.map((note) => el("p", { class: "practice-session__note", text: note })),
      left === null ? null : el("p", { class: "practice-session__timer", role: "timer", "data-timer": true, text: fmt(L.time_left, { time: T.clock(left) }) }),
      el("h2", { class: "practice-session__heading", tabindex: "-1", "data-focus": true, text: fmt(L.question_of, { n: exam.current + 1, total }) }),
      form,
      el("p", { class: "practice__controls" }, otherButton(q, box, () => false)),
      box,
      el("p", { class: "practice-session__buttons" }, previous, " ", next, " ", toSubmit),
      navigator(questions, go),
      leaveButton()
    );
  }

  function leaveButton() {
    const button = el("button", { type: "button", class: "md-button practice-session__leave", text: L.leave });
    button.addEventListener("click", showHome);
    return el("p", {}, button);
  }

  function submitScreen(questions) {
    const exam = progress.exam;
    const answered = exam.ids.filter((id) => (exam.answers[id] || []).length).length;
    const submit = el("button", { type: "button", class: "md-button md-button--primary", text: L.submit });
    submit.addEventListener("click", () => submitExam(questions, false));
    const back = el("button", { type: "button", class: "md-button", text: L.keep_going });
    back.addEventListener("click", () => drawExamQuestion(questions, []));
    const left = T.timeLeft(exam, Date.now());
    showSession(
      left === null ? null : el("p", { class: "practice-session__timer", role: "timer", "data-timer": true, text: fmt(L.time_left, { time: T.clock(left) }) }),
      el("h2", { class: "practice-session__heading", tabindex: "-1", "data-focus": true, text: L.to_submit }),
      el("p", { text: fmt(L.submit_summary, { answered, total: exam.ids.length, marked: exam.marked.length }) }),
      answered < exam.ids.length ? el("p", { text: L.submit_warning }) : null,
      navigator(questions, (index) => {
        exam.current = index;
        save();
        drawExamQuestion(questions, []);
      }),
      el("p", { class: "practice-session__buttons" }, submit, " ", back)
    );
  }

  function submitExam(questions, timeUp) {
    stopTimer();
    const exam = progress.exam;
    if (exam.submitted) return;
    const now = Date.now();
    exam.submitted = now;
    for (const id of exam.ids) {
      const q = questions.get(id);
      progress.cards[id] = T.schedule(progress.cards[id], T.isRight(q, exam.answers[id] || []), now);
    }
    save();
    showResults(questions, timeUp);
  }

  function domainLabel(id) {
    const domain = data.domains.find((d) => d.id === id);
    return domain ? domain.label : id;
  }

  function taskLabel(id) {
    const task = data.tasks.find((t) => t.id === id);
    return task ? `${task.id} ${task.title}` : id;
  }

  function table(head, rows) {
    return el(
      "table",
      { class: "practice-result__table" },
      el("thead", {}, el("tr", {}, head.map((cell) => el("th", { scope: "col", text: cell })))),
      el("tbody", {}, rows.map((row) => el("tr", {}, row.map((cell, index) => el(index ? "td" : "th", index ? {} : { scope: "row" }, cell)))))
    );
  }

  function showResults(questions, timeUp) {
    const exam = progress.exam;
    const list = exam.ids.map((id) => questions.get(id));
    const score = T.scoreExam(list, exam.answers, data.domains);
    const scoreText = fmt(L.score, score);
    const weight = (id) => {
      const domain = data.domains.find((d) => d.id === id);
      return domain ? fmt(L.weight, { weight: domain.weight }) : "";
    };
    const items = list.map((q, index) => {
      const result = score.results[index];
      const box = el("div", { class: "practice__translation", hidden: true });
      const item = el(
        "li",
        { class: "practice-result__item " + (result.right ? "is-answered-right" : "is-answered-wrong"), id: "result-" + q.id },
        el("h4", {}, `${fmt(L.question_of, { n: index + 1, total: list.length })} · ${result.right ? L.right : L.wrong}`),
        el("p", { text: q.stem }),
        el(
          "ol",
          { class: "practice__options" },
          q.options.map((option, i) =>
            el("li", { class: "practice__option" }, el("label", {}, el("span", { class: "practice__letter", text: LETTERS[i] + "." }), " " + option.text))
          )
        ),
        ...explanations(q, result.chosen),
        links(q),
        el("p", { class: "practice__controls" }, otherButton(q, box, () => true)),
        box
      );
      markOptions(item, q, result.chosen);
      return item;
    });
    const again = el("button", { type: "button", class: "md-button md-button--primary", text: L.new_exam });
    again.addEventListener("click", () => {
      showHome();
      home.querySelector("#exam-mode").scrollIntoView();
      home.querySelector("#practice-count").focus();
    });
    showSession(
      timeUp ? el("p", { class: "practice-session__note", text: L.time_up }) : null,
      el("h2", { class: "practice-session__heading", tabindex: "-1", "data-focus": true, text: L.results_heading }),
      el("p", { class: "practice-result__score" }, el("strong", { text: scoreText })),
      el("p", { class: "practice-result__note", text: L.scaled_note }),
      el("h3", { text: L.by_domain }),
      table(
        [L.col_domain, L.col_weight, L.col_right, L.col_percent],
        score.domains.map((row) => [domainLabel(row.domain), weight(row.domain), `${row.right}/${row.total}`, `${row.percent}%`])
      ),
      el("h3", { text: L.by_task }),
      table([L.col_task, L.col_right, L.col_percent], score.tasks.map((row) => [taskLabel(row.task), `${row.right}/${row.total}`, `${row.percent}%`])),
      el("h3", { text: L.review_questions }),
      el("ol", { class: "practice-result__list" }, items),
      el("p", { class: "practice-session__buttons" }, again),
      leaveButton()
    );
    announce(`${timeUp ? L.time_up + " " : ""}${L.results_heading}: ${scoreText}. ${L.scaled_note}`);
  }

  // ---------------------------------------------------------------- study and review

  // One question at a time with immediate feedback. queue: ids; onAnswer(id, right) may
  // return a new queue (review brings a wrong answer back).
  function runDrill(questions, queue, onAnswer) {
    let position = 0;
    let right = 0;
    let answered = 0;
    const draw = () => {
      if (position >= queue.length) {
        const done = fmt(L.study_done, { right, total: answered });
        showSession(el("h2", { class: "practice-session__heading", tabindex: "-1", "data-focus": true, text: done }), leaveButton());
        announce(done);
        showSummary();
        return;
      }
      const q = questions.get(queue[position]);
      const form = questionForm(q, "drill-" + position, []);
      const keys = T.keysOf(q).length;
      const verdict = el("p", { class: "practice__verdict" });
      const answer = el("div", { class: "practice__answer-body", hidden: true });
      const box = el("div", { class: "practice__translation", hidden: true });
      let first = true;
      let byArrow = false;
      const check = () => {
        const chosen = chosenIn(form);
        if (keys > 1 && chosen.length !== keys) {
          verdict.textContent = fmt(L.choose, { count: keys });
          announce(verdict.textContent);
          return;
        }
        const ok = T.isRight(q, chosen);
        markOptions(form, q, chosen);
        verdict.textContent = ok ? L.right : L.wrong;
        announce(verdict.textContent);
        answer.replaceChildren(...explanations(q, chosen), links(q));
        answer.hidden = false;
        translatedAnswers(box);
        form.classList.toggle("is-answered-right", ok);
        form.classList.toggle("is-answered-wrong", !ok);
        if (first) {
          first = false;
          answered += 1;
          right += ok ? 1 : 0;
          queue = onAnswer(q.id, ok, queue, position) || queue;
          nextButton.textContent = position + 1 < queue.length ? L.next : L.finish;
          nextButton.hidden = false;
        }
      };
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        check();
      });
      // Arrow keys move through a radio group choosing as they go: only a click, Space or
      // Enter (the check button) answers, so a keyboard reader is not marked on the way.
      form.addEventListener("keydown", (event) => {
        byArrow = /^Arrow/.test(event.key);
      });
      form.addEventListener("change", () => {
        if (keys === 1 && !byArrow) check();
        byArrow = false;
      });
      form.append(
        el("p", { class: "practice__controls" }, el("button", { type: "submit", class: "md-button", text: L.check }), " ", verdict)
      );
      const nextButton = el("button", { type: "button", class: "md-button md-button--primary", text: L.next, hidden: true });
      nextButton.addEventListener("click", () => {
        position += 1;
        draw();
      });
      showSession(
        el("h2", { class: "practice-session__heading", tabindex: "-1", "data-focus": true, text: fmt(L.question_of, { n: position + 1, total: queue.length }) }),
        form,
        answer,
        el("p", { class: "practice__controls" }, otherButton(q, box, () => !first)),
        box,
        el("p", { class: "practice-session__buttons" }, nextButton),
        leaveButton()
      );
    };
    draw();
  }

  function startStudy(form) {
    const domain = form.elements.domain.value;
    const task = form.elements.task.value;
    const page = form.elements.page.value;
    announce(L.loading);
    bank(data.json)
      .then((questions) => {
        const chosen = questions.filter(
          (q) => (!domain || q.domain === domain) && (!task || q.task === task) && (!page || q.page.split("#")[0] === page)
        );
        if (!chosen.length) {
          announce(L.nothing_matches);
          return;
        }
        runDrill(byId(questions), chosen.map((q) => q.id), (id, right) => {
          record(id, right);
        });
      })
      .catch(failed);
  }

  function startReview() {
    announce(L.loading);
    bank(data.json)
      .then((questions) => {
        const queue = T.reviewQueue(progress.cards, questions.map((q) => q.id), Date.now(), data.fresh);
        if (!queue.length) {
          const next = T.nextDue(progress.cards);
          announce(L.nothing_due + (next ? " " + fmt(L.progress_next, { date: new Date(next).toLocaleString(data.lang) }) : ""));
          return;
        }
        runDrill(byId(questions), queue, (id, right, current, position) => {
          record(id, right);
          return T.requeue(current, position, right);
        });
      })
      .catch(failed);
  }

  // ---------------------------------------------------------------- progress file

  function exportProgress() {
    const link = el("a", {
      href: URL.createObjectURL(new Blob([T.exportText(progress, Date.now())], { type: "application/json" })),
      download: `aws-saa-practice-${new Date().toISOString().slice(0, 10)}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  // The trainer's messages are English; the reader gets them in the page's language.
  function reason(error) {
    const message = String(error.message || "");
    const patterns = [
      [/^not JSON/, () => L.error_json],
      [/expected a JSON object/, () => L.error_object],
      [/"format" must be/, () => L.error_format],
      [/newer version \((\d+)\)/, (m) => fmt(L.error_newer, { version: m[1] })],
      [/"version" must be/, () => L.error_version],
      [/"cards" must be/, () => L.error_cards],
      [/^"(.*)" is not a question id/, (m) => fmt(L.error_id, { id: m[1] })],
      [/^question "([^"]+)": "([a-z]+)"/, (m) => fmt(L.error_card, { id: m[1], field: m[2] })],
      [/^question "([^"]+)"/, (m) => fmt(L.error_card, { id: m[1], field: "" })],
    ];
    for (const [pattern, say] of patterns) {
      const match = message.match(pattern);
      if (match) return say(match);
    }
    return message;
  }

  function importProgress(input) {
    const file = input.files[0];
    if (!file) return;
    file.text().then((text) => {
      try {
        const imported = T.readImport(text);
        progress = { ...imported, exam: progress.exam };
        save();
        showSummary();
        announce(fmt(L.import_done, { count: Object.keys(imported.cards).length }));
      } catch (error) {
        announce(fmt(L.import_failed, { reason: reason(error) }));
      }
      input.value = "";
    });
  }

  // ---------------------------------------------------------------- wiring

  root.querySelector("[data-form=exam]").addEventListener("submit", (event) => {
    event.preventDefault();
    startExam(event.currentTarget);
  });
  root.querySelector("[data-form=study]").addEventListener("submit", (event) => {
    event.preventDefault();
    startStudy(event.currentTarget);
  });
  root.querySelector("[data-action=review]").addEventListener("click", startReview);
  resumeButton.addEventListener("click", resumeExam);
  root.querySelector("[data-action=export]").addEventListener("click", exportProgress);
  root.querySelector("[data-action=import]").addEventListener("change", (event) => importProgress(event.target));
  root.querySelector("[data-action=reset]").addEventListener("click", () => {
    if (!window.confirm(L.reset_confirm)) return;
    progress = T.emptyProgress();
    if (storage) storage.removeItem(data.storageKey);
    showHome();
    announce(L.reset_done);
  });
  // The other language's page, open in another tab, shares the progress.
  window.addEventListener("storage", (event) => {
    if (event.key === data.storageKey && !home.hidden) {
      progress = T.readStored(event.newValue);
      showSummary();
    }
  });

  root.classList.add("is-ready");
  showSummary();
  // An exam in progress survives a reload: back to the question the reader was on.
  if (progress.exam && !progress.exam.submitted) resumeExam();
})();
