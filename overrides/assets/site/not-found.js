// Show the 404 message in the language of the requested path: /en/... is English,
// everything else is Korean (the site's default language).
(function () {
  var path = window.location.pathname;
  var lang = path === "/en" || path.indexOf("/en/") === 0 ? "en" : "ko";
  document.documentElement.lang = lang;
  document.title = lang === "en" ? "Page not found" : "페이지를 찾을 수 없습니다";
  var sections = document.querySelectorAll("[data-not-found] [data-lang]");
  for (var i = 0; i < sections.length; i++) {
    sections[i].hidden = sections[i].getAttribute("data-lang") !== lang;
  }
})();
