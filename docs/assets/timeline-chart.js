/* briefing asset 737a1e33ba2e: keep this line in a copy; 'briefing check' says when the tool's own changes */
/* Timeline charts (Timeline page and actor pages): where the chart is wider than the screen,
   as on a phone, it opens scrolled to its latest events, with a cue that earlier ones lie to
   the left; the zoom buttons magnify the chart to read a crowded period, keeping its middle
   (or, scrolled to the end, its latest events) in view. No request to any server; without JavaScript the chart scrolls from its start. */
(function () {
  "use strict";

  var STEPS = [1, 1.6, 2.5, 4];

  function setup(figure) {
    var scroll = figure.querySelector(".chart-scroll");
    var svg = scroll && scroll.querySelector("svg.timeline-svg");  // the wide drawing
    if (!scroll || !svg || figure.dataset.ready) return;
    figure.dataset.ready = "1";
    var step = 0;
    var bar = document.createElement("div");
    bar.className = "timeline-zoom";
    var hint = document.createElement("span");
    hint.className = "timeline-zoom__hint";
    function button(label, title, by) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "md-button timeline-zoom__button";
      b.textContent = label;
      b.title = title;
      b.setAttribute("aria-label", title);
      b.addEventListener("click", function () { zoom(by); });
      bar.appendChild(b);
      return b;
    }
    var plus = button("+", "Zoom into the period in view", 1);
    var minus = button("\u2212", "Zoom out", -1);
    bar.appendChild(hint);
    figure.insertBefore(bar, scroll);

    // the width the chart is drawn at unzoomed: the column, or the CSS min-width if wider
    function base() {
      return Math.max(scroll.clientWidth, parseFloat(getComputedStyle(svg).minWidth) || 0);
    }
    function update() {
      var wide = scroll.scrollWidth > scroll.clientWidth + 1;
      var earlier = scroll.scrollLeft > 4;
      var later = scroll.scrollLeft + scroll.clientWidth < scroll.scrollWidth - 4;
      hint.textContent = !wide ? "" : earlier && later ? "\u2190 earlier \u00b7 later \u2192"
        : earlier ? "\u2190 scroll for earlier events" : "later events \u2192";
      scroll.classList.toggle("chart-scroll--earlier", earlier);
      scroll.classList.toggle("chart-scroll--later", later);
      plus.disabled = step === STEPS.length - 1;
      minus.disabled = step === 0;
      place();
    }
    function zoom(by) {
      var middle = (scroll.scrollLeft + scroll.clientWidth / 2) / scroll.scrollWidth;
      var atEnd = scroll.scrollLeft + scroll.clientWidth >= scroll.scrollWidth - 4;
      step = Math.min(Math.max(step + by, 0), STEPS.length - 1);
      svg.style.width = step ? Math.round(base() * STEPS[step]) + "px" : "";
      svg.style.maxWidth = step ? "none" : "";
      scroll.scrollLeft = atEnd ? scroll.scrollWidth  // the latest events stay in view
        : middle * scroll.scrollWidth - scroll.clientWidth / 2;
      update();
    }
    // the lane names stay in sight while the chart is scrolled away from them, each on the
    // top edge of its lane: in the gap between two lanes' rows, over no mark and no label
    var names = document.createElement("div");
    names.className = "timeline-lanes";
    names.setAttribute("aria-hidden", "true");
    var lanes = Array.prototype.slice.call(svg.querySelectorAll("text.lane-name"));
    var bands = svg.querySelectorAll("rect.lane-band");  // lanes 0, 2, 4…: the others between
    function laneTop(i) {
      var band = bands[Math.floor(i / 2)].getBoundingClientRect();
      return i % 2 ? band.bottom : band.top;
    }
    lanes.forEach(function (t) {
      names.appendChild(document.createElement("span")).textContent = t.textContent;
    });
    figure.insertBefore(names, scroll);
    function place() {
      var top = scroll.getBoundingClientRect().top;
      var cut = svg.getBoundingClientRect().width * 142 / 760;  // the plot starts at x = 142
      names.style.top = scroll.offsetTop + "px";
      names.hidden = scroll.scrollLeft < cut;
      lanes.forEach(function (t, i) {
        names.children[i].style.top = (laneTop(i) - top) + "px";
      });
    }
    window.addEventListener("resize", place);
    scroll.addEventListener("scroll", update, { passive: true });
    scroll.scrollLeft = scroll.scrollWidth;  // the latest events first
    update();
  }

  function all() { document.querySelectorAll("figure.chart--timeline").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", all);
  else all();
})();
