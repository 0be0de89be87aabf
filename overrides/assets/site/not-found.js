// Show the 404 message in the language of the requested path: /en/... is English,
// everything else is Korean (the site's default language).
(function () {
  var path = window.location.pathname;
  var lang = path === "/en" || path.indexOf("/en/") === 0 ? "en" : "ko";
  var root = document.documentElement;
  var built = root.lang;
  root.lang = lang;
  document.title = lang === "en" ? "Page not found" : "페이지를 찾을 수 없습니다";
  var sections = document.querySelectorAll("[data-not-found] [data-lang]");
  for (var i = 0; i < sections.length; i++) {
    sections[i].hidden = sections[i].getAttribute("data-lang") !== lang;
  }
  // The header, navigation and footer stay in the language the page was built in: mark
  // them with it, so screen readers pronounce their names right. The footer follows this
  // script, hence DOMContentLoaded.
  if (built && built !== lang) {
    document.addEventListener("DOMContentLoaded", function () {
      var chrome = document.querySelectorAll(
        ".md-skip, .md-header, .md-tabs, .md-sidebar, .md-footer, .md-top, .md-dialog"
      );
      for (var c = 0; c < chrome.length; c++) {
        chrome[c].lang = built;
      }
    });
  }
})();
