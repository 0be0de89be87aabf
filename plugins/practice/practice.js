// The questions of a page's 확인 문제 / Check yourself section (plugins/practice). Loaded by the
// section itself once it nears the screen or is used, so a first visit never downloads it.
// Without it the page still works: the answer and explanations are in each <details>.
(function () {
  "use strict";

  var LETTERS = "ABCDEFGH";

  // What a question shows once answered: whether the answer is right, and for each option
  // (by value) "right" (a key chosen), "key" (a key not chosen), "wrong" (chosen, not a key)
  // or "" (neither). Pure, so node --test checks it (tests/practice/practice.test.js).
  function marks(values, chosen, correct) {
    var right = chosen.length === correct.length && chosen.every(function (value) {
      return correct.indexOf(value) >= 0;
    });
    var options = values.map(function (value) {
      var isKey = correct.indexOf(value) >= 0;
      var isChosen = chosen.indexOf(value) >= 0;
      if (isKey) return isChosen ? "right" : "key";
      return isChosen ? "wrong" : "";
    });
    return { right: right, options: options };
  }

  function label(section, name) {
    return section.getAttribute("data-label-" + name) || "";
  }

  function values(form, selector) {
    return Array.prototype.map.call(form.querySelectorAll(selector), function (input) {
      return input.value;
    });
  }

  function clearMarks(form) {
    form.querySelectorAll(".practice__option").forEach(function (item) {
      item.classList.remove("is-right", "is-wrong", "is-key");
      var badge = item.querySelector(".practice__badge");
      if (badge) badge.remove();
    });
    form.querySelector(".practice__verdict").textContent = "";
  }

  function mark(section, form) {
    var correct = (form.getAttribute("data-correct") || "").split(" ");
    var chosen = values(form, "input:checked");
    var count = Number(form.getAttribute("data-count"));
    var status = form.querySelector(".practice__verdict");
    clearMarks(form);
    if (form.getAttribute("data-type") === "multiple" && chosen.length !== count) {
      status.textContent = form.getAttribute("data-choose") || "";
      return;
    }
    var items = Array.prototype.slice.call(form.querySelectorAll(".practice__option"));
    var result = marks(items.map(function (item) {
      return item.querySelector("input").value;
    }), chosen, correct);
    items.forEach(function (item, index) {
      var shown = result.options[index];
      if (!shown) return;
      item.classList.add("is-" + shown);
      var badge = document.createElement("span");
      badge.className = "practice__badge";
      badge.textContent = label(section, shown === "wrong" ? "incorrect" : "correct");
      item.querySelector("label").appendChild(badge);
    });
    form.classList.toggle("is-answered-right", result.right);
    form.classList.toggle("is-answered-wrong", !result.right);
    status.textContent = label(section, result.right ? "right" : "wrong");
    form.querySelector(".practice__answer").open = true;
  }

  // The same question in the other language, from that language's practice.json.
  var loaded = {};
  function otherQuestions(section) {
    var url = section.getAttribute("data-other-json");
    if (!loaded[url]) {
      loaded[url] = fetch(url, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
      loaded[url].catch(function () {
        delete loaded[url];
      });
    }
    return loaded[url];
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function translation(section, question) {
    var box = element("div", "practice__translation");
    box.lang = section.getAttribute("data-other-lang");
    box.appendChild(element("p", "practice__translated-stem", question.stem));
    var list = element("ol", "practice__translated-options");
    question.options.forEach(function (option, index) {
      list.appendChild(element("li", "", LETTERS[index] + ". " + option.text));
    });
    box.appendChild(list);
    var details = element("details", "practice__answer");
    details.appendChild(element("summary", "", label(section, "other-answer")));
    var explanations = element("ol", "practice__explanations");
    question.options.forEach(function (option, index) {
      var item = element("li", option.correct ? "is-correct" : "is-wrong");
      item.appendChild(
        element("strong", "", LETTERS[index] + ". " +
          label(section, option.correct ? "other-correct" : "other-wrong")),
      );
      item.appendChild(document.createTextNode(": " + option.explanation));
      explanations.appendChild(item);
    });
    details.appendChild(explanations);
    box.appendChild(details);
    return box;
  }

  function toggleOther(section, form, button) {
    var shown = form.querySelector(".practice__translation");
    var status = form.querySelector(".practice__verdict");
    if (shown) {
      var open = shown.hidden;
      shown.hidden = !open;
      button.setAttribute("aria-expanded", String(open));
      button.textContent = label(section, open ? "other-hide" : "other");
      return;
    }
    otherQuestions(section).then(function (questions) {
      var question = questions.filter(function (q) { return q.id === form.id; })[0];
      if (!question) throw new Error("no question " + form.id);
      form.querySelector(".practice__controls").after(translation(section, question));
      button.setAttribute("aria-expanded", "true");
      button.textContent = label(section, "other-hide");
    }).catch(function () {
      status.textContent = label(section, "other-failed");
    });
  }

  function setUp(section) {
    if (section.hasAttribute("data-practice-ready")) return;
    section.setAttribute("data-practice-ready", "");
    section.querySelectorAll("form.practice__question").forEach(function (form) {
      var single = form.getAttribute("data-type") === "single";
      var byArrow = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        mark(section, form);
      });
      // Arrow keys move through a radio group choosing as they go: only a click, Space or
      // the check button (Enter) answers, so a keyboard reader is not marked on the way.
      form.addEventListener("keydown", function (event) {
        byArrow = /^Arrow/.test(event.key);
      });
      form.addEventListener("change", function () {
        if (single && !byArrow) mark(section, form);
        else clearMarks(form);
        byArrow = false;
      });
      form.querySelector(".practice__other").addEventListener("click", function (event) {
        toggleOther(section, form, event.currentTarget);
      });
      // Chosen before this script arrived (the click that loaded it).
      if (single && form.querySelector("input:checked")) mark(section, form);
    });
  }

  if (typeof document !== "undefined") document.querySelectorAll("[data-practice]").forEach(setUp);
  if (typeof module === "object" && module.exports) module.exports = { marks: marks };

})();
