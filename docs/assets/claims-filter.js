/* briefing asset bf05898b8926: keep this line in a copy; 'briefing check' says when the tool's own changes */
/* The Claims page, filtered: by actor (who makes, is the subject of, or takes a stand on a
   claim), standing, source and whether a person has checked the entry. It reads the data-*
   attributes of each [data-claim] element (generator/pages/lines.py), names the actors from
   the filter's data-names (every actor the claims name, not only the linked claimants), hides the
   others and the headings left empty, and keeps the choice in the address (?actor=putin&
   standing=denied) so that a filtered view can be linked. The Entry menu is offered only when
   some claim of the page is drafted (`drafts: show`, `mkdocs serve`): on a published site every
   claim shown is reviewed, and the menu could filter nothing. Works on the page as built, with no
   request to any server; without JavaScript the page is whole. */
(function () {
  "use strict";

  var FIELDS = [
    ["actor", "Actor", "every actor"],
    ["standing", "Standing", "any standing"],
    ["source", "Source", "every source"],
    ["status", "Entry", "drafted or checked"]
  ];
  var STATUS = { drafted: "drafted, not yet reviewed", checked: "reviewed or written by a person" };

  function setup() {
    var box = document.querySelector("[data-claims-filter]");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-claim]"));
    if (!items.length) return;
    var names = JSON.parse(box.dataset.names || "{}");  // {id: name}, from the build
    var values = { actor: {}, standing: {}, source: {}, status: {} };
    items.forEach(function (item) {
      item.dataset.actors.split(" ").forEach(function (id) {
        if (id) values.actor[id] = names[id] || id;
      });
      values.standing[item.dataset.standing] = item.dataset.standing;
      if (item.dataset.source) values.source[item.dataset.source] = item.dataset.source;
      values.status[item.dataset.status] = STATUS[item.dataset.status] || item.dataset.status;
    });
    var fields = FIELDS.filter(function (field) {
      return field[0] !== "status" || values.status.drafted !== undefined;
    });
    var selects = {};
    var url = new URL(window.location.href);
    fields.forEach(function (field) {
      var key = field[0];
      var label = document.createElement("label");
      label.className = "claims-filter__field";
      label.textContent = field[1] + " ";
      var select = document.createElement("select");
      select.name = key;
      select.appendChild(new Option(field[2], ""));
      Object.keys(values[key]).sort(function (a, b) {
        return values[key][a].localeCompare(values[key][b]);
      }).forEach(function (v) { select.appendChild(new Option(values[key][v], v)); });
      var wanted = url.searchParams.get(key);
      if (wanted && values[key][wanted] !== undefined) select.value = wanted;
      select.addEventListener("change", apply);
      label.appendChild(select);
      box.appendChild(label);
      selects[key] = select;
    });
    var count = document.createElement("span");
    count.className = "claims-filter__count";
    count.setAttribute("aria-live", "polite");
    box.appendChild(count);
    box.hidden = false;

    // "Asserted (400)" under a filter that leaves 12 of them reads "Asserted (12 of 400)"
    function countIn(heading, shown) {
      var words = heading.firstChild;
      if (!words || words.nodeType !== 3) return;
      if (heading.dataset.words === undefined) heading.dataset.words = words.nodeValue;
      var whole = heading.dataset.words;
      words.nodeValue = shown === null ? whole : whole.replace(/\(([\d,]+)\)(\s*)$/,
        function (all, n, end) { return "(" + shown.toLocaleString("en-US") + " of " + n + ")" + end; });
    }

    function chosen(key) {  // "" for a menu not offered on this page
      return selects[key] ? selects[key].value : "";
    }

    function keep(item) {
      var actor = chosen("actor");
      return (!actor || (" " + item.dataset.actors + " ").indexOf(" " + actor + " ") >= 0)
        && (!chosen("standing") || item.dataset.standing === chosen("standing"))
        && (!chosen("source") || item.dataset.source === chosen("source"))
        && (!chosen("status") || item.dataset.status === chosen("status"));
    }

    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        var on = keep(item);
        item.hidden = !on;
        if (on) shown += 1;
      });
      var active = fields.some(function (f) { return selects[f[0]].value; });
      // a heading is hidden when nothing it heads is shown, and counts what it shows
      document.querySelectorAll(".md-content h2, .md-content h3").forEach(function (h) {
        var on = 0, seen = 0;
        for (var n = h.nextElementSibling; n && !/^H[1-3]$/.test(n.tagName); n = n.nextElementSibling) {
          var inside = n.matches("[data-claim]") ? [n] : n.querySelectorAll("[data-claim]");
          for (var i = 0; i < inside.length; i++) { seen += 1; if (!inside[i].hidden) on += 1; }
        }
        if (!seen) return;
        h.hidden = !on;
        countIn(h, active ? on : null);
      });
      count.textContent = active ? shown.toLocaleString("en-US") + " of "
        + items.length.toLocaleString("en-US") + " claims" : "";
      var next = new URL(window.location.href);
      FIELDS.forEach(function (f) {
        if (chosen(f[0])) next.searchParams.set(f[0], chosen(f[0]));
        else next.searchParams.delete(f[0]);
      });
      window.history.replaceState(null, "", next.toString());
    }

    if (fields.some(function (f) { return selects[f[0]].value; })) apply();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
