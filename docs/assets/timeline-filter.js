/* briefing asset 4054c34c58bb: keep this line in a copy; 'briefing check' says when the tool's own changes */
/* The timeline page, filtered by actor: a select of the actors its rows name. Hides the rows
   (and the periods left empty) of other actors and dims their marks in the chart; a mark
   for several events kept lit names the actor's own event. Works on
   the page as built, with no request to any server; without JavaScript the page is whole. */
(function () {
  "use strict";

  function actorOf(href) {
    var path = href.split("#")[0].replace(/index\.html$/, "").replace(/\.html$/, "").replace(/\/$/, "");
    var at = path.lastIndexOf("actors/");
    return at < 0 ? null : path.slice(at + 7);
  }

  function setup() {
    var box = document.querySelector("[data-timeline-filter]");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var rows = [];
    var names = {};
    document.querySelectorAll(".md-typeset table tbody tr").forEach(function (row) {
      // an event row: its date is a <time>, or an EDTF <data> (an interval, an uncertain date)
      if (!row.querySelector("time, data.edtf") || row.cells.length < 3) return;
      var ids = [];
      row.cells[2].querySelectorAll("a[href]").forEach(function (a) {
        var id = actorOf(a.getAttribute("href"));
        if (id) { ids.push(id); names[id] = a.textContent.trim(); }
      });
      row.dataset.actors = " " + ids.join(" ") + " ";
      rows.push(row);
    });
    var label = document.createElement("label");
    label.textContent = "Show events of ";
    var select = document.createElement("select");
    select.id = "timeline-actor";
    select.appendChild(new Option("every actor", ""));
    Object.keys(names).sort(function (a, b) {
      return names[a].localeCompare(names[b]);
    }).forEach(function (id) { select.appendChild(new Option(names[id], id)); });
    label.appendChild(select);
    var count = document.createElement("span");
    count.className = "timeline-filter__count";
    count.setAttribute("aria-live", "polite");
    box.appendChild(label);
    box.appendChild(count);
    box.hidden = false;

    function apply() {
      var id = select.value;
      var shown = 0;
      rows.forEach(function (row) {
        var keep = !id || row.dataset.actors.indexOf(" " + id + " ") >= 0;
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      document.querySelectorAll(".md-typeset table").forEach(function (table) {
        var visible = table.querySelector("tbody tr:not([hidden])");
        var wrap = table.closest(".timeline") || table.closest(".md-typeset__scrollwrap") || table;
        wrap.hidden = !visible;
        var heading = wrap.previousElementSibling;
        if (heading && heading.tagName === "H2") heading.hidden = !visible;
      });
      document.querySelectorAll(".tl-mark").forEach(function (mark) {
        var of = " " + (mark.dataset.actors || "") + " ";
        var dim = !!id && of.indexOf(" " + id + " ") < 0;
        mark.classList.toggle("tl-mark--dim", dim);
        if (mark.dataset.each) nameTheChosen(mark, dim ? "" : id);
      });
      count.textContent = id ? " " + shown + " of " + rows.length + " events" : "";
      var url = new URL(window.location.href);
      if (id) url.searchParams.set("actor", id); else url.searchParams.delete("actor");
      window.history.replaceState(null, "", url.toString());
    }

    // a mark for several events is labelled by the first of them and links to it; kept for
    // an actor that first event does not name, it is labelled by (and links to) the first
    // event that names the actor: "several governments" lit "Kim travels by armored train
    // through… +3 more", where its own event is "Putin and Kim hold a historic summit"
    var byHref = {};
    rows.forEach(function (row) {
      var source = row.cells[row.cells.length - 1].querySelector("a[href]");
      if (source) byHref[source.getAttribute("href").replace(/ /g, "%20")] = row;
    });
    function nameTheChosen(mark, id) {
      var label = mark.querySelector("text.tl-label");
      if (!mark.dataset.label) {
        mark.dataset.label = label ? label.textContent : "";
        mark.dataset.href = mark.getAttribute("href");
      }
      var each = mark.dataset.each.split("|").map(function (e) { return e.split(" "); });
      var chosen = null;  // [href, id, id, ...]
      if (id) each.some(function (e) { return e.indexOf(id, 1) > 0 && (chosen = e); });
      var row = chosen && chosen !== each[0] && byHref[chosen[0]];
      mark.setAttribute("href", row ? chosen[0] : mark.dataset.href);
      if (!label) return;
      if (!row) { label.textContent = mark.dataset.label; return; }
      var parts = /^(.*?)(\u2026)?( \+\d+ more)?$/.exec(mark.dataset.label);
      var room = Math.max(parts[1].length, 8), said = row.cells[1].textContent.trim();
      label.textContent = (said.length > room ? said.slice(0, room).trim() + "\u2026" : said)
        + (parts[3] || "");
    }

    select.addEventListener("change", apply);
    var wanted = new URL(window.location.href).searchParams.get("actor");
    if (wanted && names[wanted]) { select.value = wanted; apply(); }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
