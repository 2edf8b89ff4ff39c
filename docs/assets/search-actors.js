/* Search: an actor's name or alias, typed whole, lists the actor's own page first.
   Material's search adds a trailing wildcard to every word ("Un" finds "University",
   "Russia" finds "Russian forces") and a briefing weighs more than an actor page, so on a
   story of 100 briefings the page of "Kim Jong Un" came after the 100 briefings naming him.
   When the words typed are, as a whole (case, spacing and punctuation aside), the name or an
   alias of exactly one actor of the site's data/actors.json (fetched once, when the reader
   first types), the result that opens that actor's page is moved to the top of Material's
   list, or made there when it is not among the results shown yet. Every other search is left
   as Material ranks it. Without JavaScript there is no search at all, so nothing is lost. */
(function () {
  "use strict";

  var actors = null;  // normalised name or alias -> actor record; null until fetched
  var asked = false;

  function norm(text) {
    return text.toLowerCase().replace(/[\u2019`]/g, "'")
      .replace(/[^\p{L}\p{N}']+/gu, " ").trim();
  }

  function base() {
    var config = document.getElementById("__config");
    var root = config ? JSON.parse(config.textContent).base : ".";
    return new URL(root.replace(/\/?$/, "/"), location.href);
  }

  function load(then) {
    if (asked) return;
    asked = true;
    fetch(new URL("data/actors.json", base()).href).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (records) {
      var byName = new Map(), byAlias = new Map();
      records.forEach(function (actor) {
        if (!actor.page) return;
        var name = norm(actor.name || "");
        if (name) byName.set(name, byName.has(name) ? false : actor);
        (actor.aliases || []).forEach(function (alias) {
          var key = norm(alias);
          if (key) byAlias.set(key, byAlias.has(key) && byAlias.get(key) !== actor ? false : actor);
        });
      });
      byAlias.forEach(function (actor, key) { if (!byName.has(key)) byName.set(key, actor); });
      actors = byName;  // false marks a name two actors share: no page is put first for it
      then();
    }).catch(function () { actors = new Map(); });
  }

  function address(item) {
    var link = item.querySelector(":scope > a");
    if (!link) return "";
    var url = new URL(link.href, location.href);
    return url.origin + url.pathname;
  }

  function made(actor, href) {
    var item = document.createElement("li");
    item.className = "md-search-result__item";
    item.dataset.actorResult = "";
    var link = document.createElement("a");
    link.href = href;
    link.className = "md-search-result__link";
    link.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    var title = document.createElement("h1");
    title.textContent = actor.name;
    var text = document.createElement("p");
    text.textContent = [actor.kind, actor.description].filter(Boolean).join(" · ");
    article.append(icon, title, text);
    link.append(article);
    item.append(link);
    return item;
  }

  function place(input, list) {
    if (!actors) return;
    var actor = actors.get(norm(input.value));
    if (!actor || !list.firstElementChild) return;
    // data/actors.json names the page "actors/x/"; a site built with use_directory_urls:
    // false has it at "actors/x.html" (its results' addresses end in .html): both are the page
    var url = new URL(actor.page, base());
    var folder = url.origin + url.pathname;
    var file = folder.replace(/\/$/, ".html");
    var forms = [folder, file, folder + "index.html"];
    var items = Array.prototype.slice.call(list.children);
    var files = items.some(function (item) { return /\.html$/.test(address(item)); });
    var href = files ? file : folder;
    var same = items.filter(function (item) { return forms.indexOf(address(item)) >= 0; });
    if (same.length === 1 && same[0] === list.firstElementChild) return;
    var keep = same.filter(function (item) { return !("actorResult" in item.dataset); })[0]
      || same[0] || made(actor, href);
    same.forEach(function (item) { if (item !== keep) item.remove(); });
    list.insertBefore(keep, list.firstElementChild);
  }

  function setup() {
    var input = document.querySelector("input.md-search__input");
    var list = document.querySelector(".md-search-result__list");
    if (!input || !list || list.dataset.actorsFirst) return;
    list.dataset.actorsFirst = "1";
    var again = function () { place(input, list); };
    input.addEventListener("input", function () { load(again); again(); });
    new MutationObserver(again).observe(list, { childList: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
