/* briefing asset adab0fd2e435: keep this line in a copy; 'briefing check' says when the tool's own changes */
/* Search results that say what they hold. Material's search adds a trailing wildcard to
   every word ("Un" finds "University", "Russia" finds "Russian forces") and a briefing weighs
   more than an actor page, so on a story of 100 briefings the page of "Kim Jong Un" came
   after the 100 briefings naming him, each showing McFaul's "Under Obama, the United States
   ..." ("Missing: kim jong") above its folded entries on Kim. This script, on the results
   Material renders:
   - when the words typed are, as a whole (case, spacing and punctuation aside), the name or
     an alias of exactly one actor of the site's data/actors.json (fetched once, when the
     reader first types), moves the result that opens that actor's page to the top, or makes
     it there (saying "Also called: Moscow" when an alias was typed); the order of the other
     results is Material's;
   - within a result, shows an entry that holds every word typed before one that lacks some,
     swapping them with the folded "n more on this page" (the count stays); where the page's
     own entry is shown alone and lacks a word (or holds one only in another form,
     search-forms.js), shows under it the best entry of the fold that holds every word (as
     typed, in the second case; the count one less);
   - gives a page's own link the words its entries found ("?h=malligyong", not "?h="), so the
     page opens with them marked.
   Without JavaScript there is no search at all, so nothing is lost. */
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

  function made(actor, href, alias) {
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
    if (alias) {  // a search for "Moscow" opening Russia says why
      var also = document.createElement("p");
      also.textContent = "Also called: " + alias;
      article.append(also);
    }
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
    var typed = norm(input.value);
    var alias = norm(actor.name || "") === typed ? "" : (actor.aliases || []).filter(function (a) {
      return norm(a) === typed;
    })[0];
    var keep = same.filter(function (item) { return !("actorResult" in item.dataset); })[0]
      || same[0] || made(actor, href, alias);
    same.forEach(function (item) { if (item !== keep) item.remove(); });
    list.insertBefore(keep, list.firstElementChild);
  }

  function lacks(link) { return !!link.querySelector(".md-search-result__terms"); }

  function children(parent, selector) {
    return parent ? Array.prototype.slice.call(parent.querySelectorAll(selector)) : [];
  }

  // Material shows the entries of a page that score best and folds the others; "un*" scores
  // "Under Obama, the United States" above every entry naming Kim Jong Un
  function wholeFirst(item, words) {
    var more = item.querySelector(":scope > details.md-search-result__more");
    var lacking = children(item, ":scope > a").slice(1).filter(lacks);
    var whole = children(more, ":scope > a").filter(function (a) { return !lacks(a); });
    var swaps = Math.min(lacking.length, whole.length);
    if (!swaps) return shownUnder(item, more, whole, words);
    whole.slice(0, swaps).forEach(function (a) { item.insertBefore(a, lacking[0]); });
    var top = more.querySelector(":scope > a");
    lacking.slice(lacking.length - swaps).forEach(function (a) { more.insertBefore(a, top); });
  }

  // the words an entry holds, as its link tells them to the page ("?h=russia+denied")
  function holds(link, words) {
    var found = (new URL(link.href, location.href).searchParams.get("h") || "").split(" ")
      .map(norm);
    return words.every(function (word) { return found.indexOf(word) >= 0; });
  }

  // the page's own entry is shown alone and lacks a word, or holds one only in another form
  // (search-forms.js): the best entry holding every word (as typed, in the second case) comes
  // out of the fold. "Ukraine disputes": the claim disputed by Ukraine was the tenth of "18
  // more on this page", under the briefing's "Missing: disputes"; "denied": the claim
  // "Denied by North Korea" was folded under the summary's "both governments deny".
  function shownUnder(item, more, whole, words) {
    var links = children(item, ":scope > a");
    if (!more || !whole.length || links.length !== 1) return;
    if (!lacks(links[0])) {
      if (holds(links[0], words)) return;
      whole = whole.filter(function (a) { return holds(a, words); });
      if (!whole.length) return;
    }
    item.insertBefore(whole[0], more);
    var left = children(more, ":scope > a").length;
    var count = more.querySelector("summary div") || more.querySelector("summary");
    if (!left) more.remove();
    else if (count) count.textContent = count.textContent.replace(/\d+/, String(left));
  }

  // Material's "?h=" holds the words found in the entry a link opens: none for a page whose
  // title and summary lack them, so the page opened with nothing marked
  function marked(item) {
    var page = item.querySelector(":scope > a");
    if (!page) return;
    var url = new URL(page.href, location.href);
    if (!url.searchParams.has("h") || url.searchParams.get("h")) return;
    var words = [];
    children(item, "a").forEach(function (a) {
      (new URL(a.href, location.href).searchParams.get("h") || "").split(" ")
        .forEach(function (word) { if (word && words.indexOf(word) < 0) words.push(word); });
    });
    if (!words.length) return;
    url.searchParams.set("h", words.join(" "));
    page.href = url.href;
  }

  function tidy(list, input) {
    var words = norm(input.value).split(" ").filter(Boolean);
    children(list, ":scope > li.md-search-result__item").forEach(function (item) {
      if ("tidied" in item.dataset) return;
      item.dataset.tidied = "";
      wholeFirst(item, words);
      marked(item);
    });
  }

  function setup() {
    var input = document.querySelector("input.md-search__input");
    var list = document.querySelector(".md-search-result__list");
    if (!input || !list || list.dataset.actorsFirst) return;
    list.dataset.actorsFirst = "1";
    var again = function () { tidy(list, input); place(input, list); };
    input.addEventListener("input", function () { load(again); again(); });
    new MutationObserver(again).observe(list, { childList: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
