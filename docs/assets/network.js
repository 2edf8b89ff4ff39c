/* briefing asset f1933f73c42d: keep this line in a copy; 'briefing check' says when the tool's own changes */
/* The actor network on the home page, made explorable: zoom and pan, a tap (or Enter) on a
   node focuses it (its neighbours named, every other actor dimmed, and the claims behind each
   of its links listed with their links), a second tap opens the actor's page, and filters by
   briefing, stance and year. The claims come from the JSON the build puts in the figure; every
   text is set with textContent, never as markup. Without JavaScript the drawing is whole and
   every node is a plain link. No request to any server. */
(function () {
  "use strict";

  // a link as a noun phrase (network.EDGE_WORDS): no verb to agree with "several governments"
  var WORDS = { about: "{n} by {a} about {b}", denies: "{n} by {b}, denied by {a}",
                disputes: "{n} by {b}, disputed by {a}", confirms: "{n} by {b}, confirmed by {a}" };
  var STANCES = [["", "every link"], ["about", "claims about"], ["denies", "denials"],
                 ["disputes", "disputes"], ["confirms", "confirmations"]];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function select(label, options) {
    var wrap = el("label", "network-tools__field", label + " ");
    var box = document.createElement("select");
    options.forEach(function (o) { box.appendChild(new Option(o[1], o[0])); });
    wrap.appendChild(box);
    return { wrap: wrap, box: box };
  }

  function links(claim) {
    var out = [];
    claim.about.forEach(function (a) { if (a !== claim.by) out.push([claim.by, a, "about"]); });
    claim.parties.forEach(function (p) { if (p[0] !== claim.by) out.push([p[0], claim.by, p[1]]); });
    return out;
  }

  function short(text, limit) {
    return text.length > limit ? text.slice(0, limit - 1) + "\u2026" : text;
  }

  // "26 September 2024 · Analysis: Putin may need weapons from…": dated first, as the pages
  // date a briefing; a cut title alone told apart no two of a series of alike titles
  function briefingName(b) { return (b.w ? b.w + " \u00b7 " : "") + short(b.t, 50); }

  function number(n) { return n.toLocaleString("en-US"); }  // "2,400", as the captions write it

  function claims(n) { return number(n) + " claim" + (n === 1 ? "" : "s"); }

  function zoomable(svg, state) {
    var box = svg.viewBox.baseVal;
    var full = { w: box.width, h: box.height };
    var view = { scale: 1, cx: full.w / 2, cy: full.h / 2 };
    function apply() {
      var w = full.w / view.scale, h = full.h / view.scale;
      view.cx = Math.min(Math.max(view.cx, w / 2), full.w - w / 2);
      view.cy = Math.min(Math.max(view.cy, h / 2), full.h - h / 2);
      svg.setAttribute("viewBox", [view.cx - w / 2, view.cy - h / 2, w, h].map(function (v) {
        return Math.round(v * 10) / 10;
      }).join(" "));
      svg.style.setProperty("--net-zoom", (1 / Math.pow(view.scale, 0.75)).toFixed(3));
      svg.style.touchAction = view.scale > 1 ? "none" : "";
      svg.classList.toggle("network-svg--zoomed", view.scale > 1);
    }
    function zoom(factor, x, y) {
      var next = Math.min(Math.max(view.scale * factor, 1), 8);
      if (x !== undefined) {  // keep the point under the pointer where it is
        var w = full.w / view.scale, h = full.h / view.scale;
        var px = view.cx - w / 2 + x * w, py = view.cy - h / 2 + y * h;
        view.cx = px + (view.cx - px) * view.scale / next;
        view.cy = py + (view.cy - py) * view.scale / next;
      }
      view.scale = next;
      apply();
    }
    function at(event) {
      var r = svg.getBoundingClientRect();
      return [(event.clientX - r.left) / r.width, (event.clientY - r.top) / r.height];
    }
    var pointers = {};
    var moved = 0;
    svg.addEventListener("wheel", function (event) {
      if (!event.ctrlKey && !event.metaKey && view.scale === 1) return;  // the page scrolls
      event.preventDefault();
      var p = at(event);
      zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, p[0], p[1]);
    }, { passive: false });
    svg.addEventListener("pointerdown", function (event) {
      pointers[event.pointerId] = [event.clientX, event.clientY];
      moved = 0;
    });
    svg.addEventListener("pointermove", function (event) {
      var last = pointers[event.pointerId];
      if (!last) return;
      var ids = Object.keys(pointers);
      var r = svg.getBoundingClientRect();
      if (ids.length === 2) {  // two fingers: pinch
        var other = pointers[ids[0] === String(event.pointerId) ? ids[1] : ids[0]];
        var before = Math.hypot(last[0] - other[0], last[1] - other[1]);
        var after = Math.hypot(event.clientX - other[0], event.clientY - other[1]);
        if (before > 0) zoom(after / before, ((event.clientX + other[0]) / 2 - r.left) / r.width,
                             ((event.clientY + other[1]) / 2 - r.top) / r.height);
        moved += 10;
      } else if (view.scale > 1) {  // one finger or the mouse: pan
        view.cx -= (event.clientX - last[0]) / r.width * full.w / view.scale;
        view.cy -= (event.clientY - last[1]) / r.height * full.h / view.scale;
        moved += Math.abs(event.clientX - last[0]) + Math.abs(event.clientY - last[1]);
        apply();
      }
      pointers[event.pointerId] = [event.clientX, event.clientY];
    });
    function up(event) { delete pointers[event.pointerId]; }
    svg.addEventListener("pointerup", up);
    svg.addEventListener("pointercancel", up);
    svg.addEventListener("click", function (event) {  // a drag is not a tap
      if (moved > 6) { event.preventDefault(); event.stopPropagation(); }
    }, true);
    state.zooms.push({ svg: svg, zoom: zoom, reset: function () {
      view.scale = 1; view.cx = full.w / 2; view.cy = full.h / 2; apply();
    } });
  }

  function setup(figure) {
    var script = figure.querySelector("script.network-data");
    if (!script || figure.dataset.ready) return;
    figure.dataset.ready = "1";
    var data = JSON.parse(script.textContent);
    var names = {}, pages = {};
    figure.querySelectorAll("a.net-node").forEach(function (a) {
      names[a.dataset.id] = a.querySelector("text").textContent;
      pages[a.dataset.id] = a.getAttribute("href");
    });
    var state = { focus: null, zooms: [], kept: data.claims, filtered: false };
    var drawn = {};  // each link's count of claims, as the drawing (and its tooltip) has it
    figure.querySelectorAll("g.edge").forEach(function (g) {
      drawn[[g.dataset.source, g.dataset.target, g.dataset.kind].join("|")] = +g.dataset.n;
    });
    // the figure carries each link's latest claim and the latest others, not every claim
    var carried = data.more ? "The picture carries " + number(data.claims.length)
      + " of the " + claims(data.claims.length + data.more) + " (each link's latest, then the "
      + "latest others): the lists and the filters use those; every claim is on the actors' "
      + "pages." : "";

    var tools = el("div", "network-tools");
    var briefing = select("Briefing", [["", "all"]].concat(data.briefings.map(function (b, i) {
      return [String(i), briefingName(b)];
    })));
    var stance = select("Show", STANCES.filter(function (s) {  // only the kinds drawn
      return !s[0] || figure.querySelector("g.edge--" + s[0]);
    }));
    var years = Array.from(new Set(data.claims.map(function (c) { return c.d.slice(0, 4); })))
      .sort();
    var from = select("From", [["", "the start"]].concat(years.map(function (y) { return [y, y]; })));
    var to = select("to", [["", "now"]].concat(years.map(function (y) { return [y, y]; })));
    var period = el("span", "network-tools__period");  // "From … to …" stays on one line
    [briefing, stance, from, to].forEach(function (s) {
      (s === from || s === to ? period : tools).appendChild(s.wrap);
      s.box.addEventListener("change", apply);
    });
    tools.appendChild(period);
    var zoomBar = el("span", "network-tools__zoom");
    [["+", "Zoom in", 1.5], ["\u2212", "Zoom out", 1 / 1.5], ["Fit", "Show the whole network", 0]]
      .forEach(function (b) {
        var button = el("button", "md-button network-tools__button", b[0]);
        button.type = "button";
        button.title = b[1];
        button.setAttribute("aria-label", b[1]);
        button.addEventListener("click", function () {
          state.zooms.forEach(function (z) { if (b[2]) z.zoom(b[2], 0.5, 0.5); else z.reset(); });
        });
        zoomBar.appendChild(button);
      });
    tools.appendChild(zoomBar);
    var count = el("span", "network-tools__count");
    count.setAttribute("aria-live", "polite");
    tools.appendChild(count);
    var panel = el("div", "network-focus");
    panel.hidden = true;
    panel.setAttribute("aria-live", "polite");
    var first = figure.querySelector("svg.network-svg");
    figure.insertBefore(tools, first);
    figure.insertBefore(panel, figure.querySelector("figcaption"));
    figure.querySelectorAll("svg.network-svg").forEach(function (svg) { zoomable(svg, state); });

    function visibleLinks() {
      var counts = {}, kind = stance.box.value;
      state.kept.forEach(function (c, i) {
        links(c).forEach(function (l) {
          if (kind && l[2] !== kind) return;
          var key = l.join("|");
          (counts[key] = counts[key] || []).push(i);
        });
      });
      return counts;
    }

    function apply() {
      var b = briefing.box.value, y0 = from.box.value, y1 = to.box.value;
      state.filtered = !!(b || y0 || y1 || stance.box.value);
      state.kept = data.claims.filter(function (c) {
        return (!b || String(c.b) === b) && (!y0 || c.d.slice(0, 4) >= y0)
          && (!y1 || c.d.slice(0, 4) <= y1);
      });
      var shown = visibleLinks();
      var touched = {};
      Object.keys(shown).forEach(function (k) {
        var p = k.split("|"); touched[p[0]] = touched[p[1]] = true;
      });
      figure.querySelectorAll("g.edge").forEach(function (g) {
        var key = [g.dataset.source, g.dataset.target, g.dataset.kind].join("|");
        g.classList.toggle("is-off", state.filtered && !shown[key]);
      });
      figure.querySelectorAll("a.net-node").forEach(function (a) {
        a.classList.toggle("is-off", state.filtered && !touched[a.dataset.id]);
      });
      var behind = {};  // the claims behind the links left
      Object.keys(shown).forEach(function (k) { shown[k].forEach(function (i) { behind[i] = 1; }); });
      count.textContent = state.filtered ? claims(Object.keys(behind).length)
        + (data.more ? " of the " + number(data.claims.length) + " carried" : "") + ", "
        + number(Object.keys(shown).length) + " links" : "";
      if (state.focus) focus(state.focus); else unfocus();
    }

    // the names of the focused actor and its neighbours, copied above every node of their
    // drawing (a neighbour's name ran under the focused node, or another neighbour's)
    function nameOnTop(nodes) {
      nodes.forEach(function (a) {
        var label = a.querySelector("text"), svg = a.ownerSVGElement;
        var layer = svg.querySelector(":scope > g.net-names-on-top");
        if (!layer) {
          layer = document.createElementNS("http://www.w3.org/2000/svg", "g");
          layer.setAttribute("class", "net-names-on-top");
          layer.setAttribute("aria-hidden", "true");
          layer.setAttribute("pointer-events", "none");
          svg.appendChild(layer);
        }
        var shown = getComputedStyle(label), copy = label.cloneNode(true);
        copy.classList.remove("net-label--tap");
        copy.style.fill = shown.fill;
        copy.style.fontWeight = shown.fontWeight;
        layer.appendChild(copy);
      });
    }

    function unfocus() {
      state.focus = null;
      figure.querySelectorAll("g.net-names-on-top").forEach(function (g) { g.remove(); });
      figure.classList.remove("network--focused");
      figure.querySelectorAll(".is-focus, .is-near").forEach(function (n) {
        n.classList.remove("is-focus", "is-near");
      });
      panel.hidden = true;
      panel.textContent = "";
    }

    function focus(id) {
      unfocus();
      state.focus = id;
      figure.classList.add("network--focused");
      var shown = visibleLinks();
      var mine = Object.keys(shown).filter(function (k) {
        var p = k.split("|"); return p[0] === id || p[1] === id;
      });
      var near = {};
      mine.forEach(function (k) { var p = k.split("|"); near[p[0]] = near[p[1]] = true; });
      figure.querySelectorAll("a.net-node").forEach(function (a) {
        if (a.dataset.id === id) { a.classList.add("is-focus"); a.parentNode.appendChild(a); }
        else if (near[a.dataset.id]) a.classList.add("is-near");
      });
      nameOnTop(figure.querySelectorAll("a.net-node.is-focus, a.net-node.is-near"));
      figure.querySelectorAll("g.edge").forEach(function (g) {
        if (g.dataset.source === id || g.dataset.target === id) g.classList.add("is-near");
      });
      panel.textContent = "";
      var head = el("p", "network-focus__head");
      var name = el("a", "", names[id]);
      name.href = pages[id];
      head.appendChild(name);
      head.appendChild(document.createTextNode(" \u2014 " + number(mine.length) + " link"
        + (mine.length === 1 ? "" : "s") + (state.filtered ? " with these filters" : "") + " "));
      var close = el("button", "md-button network-tools__button", "Show all");
      close.type = "button";
      close.addEventListener("click", unfocus);
      head.appendChild(close);
      panel.appendChild(head);
      if (carried) panel.appendChild(el("p", "network-focus__more", carried));
      // unfiltered, a link counts every claim the drawing counts; its list, the latest
      function total(k) { return state.filtered ? shown[k].length : drawn[k] || shown[k].length; }
      mine.sort(function (a, b) { return total(b) - total(a); });
      var list = el("ul", "network-focus__links");
      mine.forEach(function (k) {
        var p = k.split("|");
        var item = el("li", "network-focus__link network-focus__link--" + p[2]);
        var said = { n: claims(total(k)), a: names[p[0]], b: names[p[1]] };
        item.appendChild(el("strong", "", WORDS[p[2]].replace(/\{([nab])\}/g, function (all, key) {
          return said[key];
        })));
        var inner = el("ul");
        shown[k].forEach(function (i) {
          var c = state.kept[i];
          var li = el("li");
          var a = el("a", "", c.t);
          a.href = c.u;
          li.appendChild(a);
          if (c.s === "drafted") {  // as lines.DRAFTED writes it on the pages
            var mark = el("span", "drafted-mark", "drafted \u00b7 not reviewed");
            mark.title = "Drafted by the tool; no person has reviewed it yet";
            li.appendChild(document.createTextNode(" "));
            li.appendChild(mark);
          }
          var b = data.briefings.length > 1 ? data.briefings[c.b] : null;
          // "— May 2024"; "— June 2024, in 26 September 2024 · Analysis: …" where there are
          // briefings to tell apart (a claim dated by its briefing's day: that date once)
          li.appendChild(document.createTextNode(" \u2014 " + (b && b.w === c.w ? "in "
            : c.w + (b ? ", in " : ""))));
          if (b) {
            var where = el("a", "network-focus__briefing", briefingName(b));
            where.href = b.u;
            where.title = b.t;
            li.appendChild(where);
          }
          inner.appendChild(li);
        });
        if (total(k) > shown[k].length) {  // "and 360 more on the page of North Korea"
          var rest = el("li", "network-focus__more", "and " + number(total(k) - shown[k].length)
            + " more on the page of ");
          var where = el("a", "", names[id]);
          where.href = pages[id];
          rest.appendChild(where);
          inner.appendChild(rest);
        }
        item.appendChild(inner);
        list.appendChild(item);
      });
      if (!mine.length) panel.appendChild(el("p", "", "No link with these filters."));
      panel.appendChild(list);
      panel.hidden = false;
    }

    figure.addEventListener("click", function (event) {
      var node = event.target.closest && event.target.closest("a.net-node");
      if (!node || !figure.contains(node)) return;
      if (state.focus === node.dataset.id) return;  // a second tap opens the actor's page
      event.preventDefault();
      focus(node.dataset.id);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && state.focus) unfocus();
    });
  }

  function all() { document.querySelectorAll("figure.chart--network").forEach(setup); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", all);
  else all();
})();
