// The exam guide map's tick boxes (/exam-guide/): kept in this browser only (localStorage),
// with export to a JSON file, import from one, and reset. Does nothing on other pages.
// The pure parts are exported for node's tests (tests/plugins/exam_guide.test.js).
"use strict";
(function (factory) {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else if (typeof document !== "undefined") {
    api.start(document, window);
  }
})(function () {
  const FORMAT = "exam-guide-progress";
  const VERSION = 1;

  // What localStorage holds, read leniently: anything unreadable is "nothing ticked".
  function readStored(text) {
    try {
      const data = JSON.parse(text);
      if (data && Array.isArray(data.ticked)) {
        return new Set(data.ticked.filter((item) => typeof item === "string"));
      }
    } catch (error) {
      // A value another version wrote, or none: start afresh.
    }
    return new Set();
  }

  // The stored and exported form: the exam, the ticked items in page order, and when.
  function serialise(ticked, exam, order, now) {
    const rank = new Map(order.map((item, index) => [item, index]));
    const items = [...ticked].sort(
      (a, b) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length) || (a < b ? -1 : 1)
    );
    return JSON.stringify({ format: FORMAT, version: VERSION, exam, saved: now, ticked: items });
  }

  // An imported file, read strictly: it must be our format for this exam. Items the page no
  // longer lists (a service the guide dropped) are left out rather than kept unseen.
  function readImport(text, exam, known) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error("not JSON");
    }
    if (!data || data.format !== FORMAT || !Array.isArray(data.ticked)) {
      throw new Error("not an exam guide progress file");
    }
    if (data.exam !== exam) {
      throw new Error(`progress for ${data.exam}, not ${exam}`);
    }
    const allowed = new Set(known);
    return new Set(data.ticked.filter((item) => typeof item === "string" && allowed.has(item)));
  }

  const countText = (template, done, total) =>
    template.replace("{done}", String(done)).replace("{total}", String(total));

  function start(doc, win) {
    const root = doc.querySelector(".exam-guide[data-storage-key]");
    if (!root) return;
    const key = root.dataset.storageKey;
    const exam = key.split(":").pop();
    const boxes = [...root.querySelectorAll("input[type=checkbox][data-item]")];
    // A service listed in two categories has two boxes for one item.
    const order = [...new Set(boxes.map((box) => box.dataset.item))];
    const progress = root.querySelector(".exam-guide-progress");
    const count = root.querySelector(".exam-guide-count");
    let storage = null;
    try {
      storage = win.localStorage; // throws where storage is blocked
    } catch (error) {
      storage = null;
    }
    let ticked = readStored(storage ? storage.getItem(key) : null);

    const show = () => {
      for (const box of boxes) box.checked = ticked.has(box.dataset.item);
      const done = order.filter((item) => ticked.has(item)).length;
      count.textContent = countText(count.dataset.template, done, order.length);
    };
    const save = () => {
      if (!storage) return;
      try {
        if (ticked.size) {
          storage.setItem(key, serialise(ticked, exam, order, new Date().toISOString()));
        } else {
          storage.removeItem(key);
        }
      } catch (error) {
        // Storage full or blocked: the ticks last as long as the page.
      }
    };

    root.addEventListener("change", (event) => {
      const box = event.target;
      if (box.matches("input[type=checkbox][data-item]")) {
        if (box.checked) ticked.add(box.dataset.item);
        else ticked.delete(box.dataset.item);
        save();
        show();
      } else if (box.matches("input[type=file][data-action=import]") && box.files.length) {
        box.files[0].text().then((text) => {
          try {
            ticked = readImport(text, exam, order);
            save();
            show();
          } catch (error) {
            count.textContent = `${progress.dataset.importFailed} (${error.message})`;
          }
          box.value = "";
        });
      }
    });
    root.addEventListener("click", (event) => {
      const action = event.target.closest?.("button[data-action]")?.dataset.action;
      if (action === "export") {
        const json = serialise(ticked, exam, order, new Date().toISOString());
        const link = doc.createElement("a");
        link.href = win.URL.createObjectURL(new win.Blob([json], { type: "application/json" }));
        link.download = `${key.replace(/[^a-z0-9-]+/gi, "-")}.json`;
        doc.body.append(link);
        link.click();
        link.remove();
        win.setTimeout(() => win.URL.revokeObjectURL(link.href), 0);
      } else if (action === "reset" && win.confirm(progress.dataset.resetConfirm)) {
        ticked = new Set();
        save();
        show();
      }
    });
    show();
    root.classList.add("exam-guide-ready");
  }

  return { readStored, serialise, readImport, countText, start, FORMAT };
});
