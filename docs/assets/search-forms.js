/* briefing asset c6a36e53b35a: keep this line in a copy; 'briefing check' says when the tool's own changes */
/* Forms of a word find each other in the search. Material's search (lunr, in a web worker)
   matches the words typed as the start of a word ("dispute" finds "disputed"), with no
   stemmer for English, so "Ukraine disputes" found no claim "disputed by Ukraine" and
   "Russia denies" none "denied by Russia". This script, between the page and Material's
   worker, widens each plain word of a search to the forms of it the site's own index holds
   ("disputes" also finds "dispute", "disputed"; "denies" "denied", "deny"), by a light English
   stemmer: regular endings (-s, -es, -ies, -ed, -ing, a final -e) and the past forms of
   common irregular verbs ("says" finds "said", "holds" "held"; not "won", "left", "saw",
   "found", "fed", other words too). A word of a person's name that the index holds only
   capitalised is kept whole: "Williams" does not find "William" (but "Russians" finds
   "Russian": no person is named so), nor does a word so held of the stem of one ("Edwards"
   in a quote does not find Edward Howell). A search with
   Material's own syntax (quotes, +, -, *, ~, ^, a field) goes as typed. The results say
   what the reader typed: a word none of whose forms a result holds is "Missing:" as typed.
   Offline: nothing is fetched; the words come from the index Material already sent. */
(function () {
  "use strict";

  var SETUP = 0, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var material = null;  // Material's search worker, once it is sent its index
  var docs = null;      // the documents of Material's index, kept from its setup message
  var forms = null;     // stem -> the words of the index of that stem (`grow`)
  var names = null;     // the words of people's names, never written lowercase (`grow`)
  var asked = [];       // for each query sent and not answered: clause -> the word typed
  var separator = "[\\s\\-]+";  // Material's, until its setup message says
  var trimmed = false;  // whether the index's pipeline trims a word's punctuation ("said." is "said")
  var Worker = window.Worker;
  var data = window.MessageEvent && Object.getOwnPropertyDescriptor(MessageEvent.prototype, "data");
  var read = new WeakMap();  // a worker's answer -> its data, once told
  if (!Worker || !data || !data.get || !data.configurable) return;
  if (location.protocol === "file:") return;  // Material's iframe shim, not a worker

  // irregular verbs: each base and its other forms, found as one; not a form that is also a
  // common word of its own ("won", "left", "saw", "found", "fed", "bound", "lay", "rose")
  var IRREGULAR = new Map(), BASES = new Set();
  ["say said", "tell told", "meet met", "hold held", "make made", "lead led", "send sent",
   "buy bought", "sell sold", "pay paid", "seek sought", "fight fought", "give gave given",
   "take took taken", "go goes went gone", "begin began begun", "keep kept",
   "bring brought", "build built", "strike struck stricken", "fly flew flown", "see seen",
   "know knew known", "come came", "speak spoke spoken", "write wrote written",
   "think thought", "grow grew grown", "show shown", "draw drew drawn",
   "break broke broken", "choose chose chosen", "drive drove driven", "hide hid hidden",
   "throw threw thrown", "fall fell fallen", "feel felt", "stand stood",
   "understand understood", "mean meant", "spend spent", "lose lost", "catch caught",
   "teach taught", "shoot shot", "flee fled", "hear heard", "sit sat", "run ran",
   "get got gotten", "become became", "sink sank sunk", "steal stole stolen",
   "swear swore sworn", "wear wore worn", "forget forgot forgotten", "rise risen",
   "arise arose arisen", "withdraw withdrew withdrawn", "uphold upheld",
   "withhold withheld", "oversee oversaw overseen", "overthrow overthrew overthrown",
   "undertake undertook undertaken", "shake shook shaken", "eat ate eaten"
  ].forEach(function (line) {
    var all = line.split(" ");
    all.forEach(function (w) { IRREGULAR.set(w, all[0]); });
  });
  IRREGULAR.forEach(function (base) { BASES.add(stem(base)); });

  // lunr's English stop words, but for "say", "says", "said" and "wants": with them in its
  // pipeline the index held no "says" (only "says," and the like), so "official says" found
  // "A US official says ..." by "official" alone
  var STOP = new Set(("a able about across after all almost also am among an and any are as at be " +
    "because been but by can cannot could dear did do does either else ever every for from get got " +
    "had has have he her hers him his how however i if in into is it its just least let like " +
    "likely may me might most must my neither no nor not of off often on only or other our own " +
    "rather she should since so some than that the their them then there these they this tis to " +
    "too twas us was we were what when where which while who whom why will with would yet you " +
    "your").split(" "));

  function stem(word) {
    var w = word.replace(/['\u2019]s$/, "");
    if (names && names.has(w)) return w;  // "williams" is not "william"
    w = IRREGULAR.get(w) || w;  // "said" -> "say"
    if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
    if (/i(?:es|ed)$/.test(w) && w.length > 4) w = w.slice(0, -3) + "y";
    else if (/(?:ch|sh|ss|x|z)es$/.test(w)) w = w.slice(0, -2);
    else if (/eed$/.test(w) && w.length > 5) w = w.slice(0, -1);  // agreed -> agree
    else if (/(?:ed|ing)$/.test(w) && w.length > 5) {
      w = w.replace(/(?:ed|ing)$/, "");
      if (/([b-df-hj-km-np-rtv-z])\1$/.test(w)) w = w.slice(0, -1);  // stopped -> stop
    } else if (/[^isu]s$/.test(w)) w = w.slice(0, -1);  // not "analysis", "status", "press"
    if (w.length > 3 && /[^aeiou]e$/.test(w)) w = w.slice(0, -1);  // dispute -> disput
    if (w.length > 3 && /[^aeiou]y$/.test(w)) w = w.slice(0, -1) + "i";  // deny -> deni
    return w;
  }

  // an actor's page (its entry, not a section) and the kind it opens with: "<p>person</p>"
  var PERSON_PAGE = /^actors\/[^\/#?]+(?:\/|\.html)$/, PERSON_KIND = /^<p>person(?:<| )/;

  // the words of the index, grouped by stem: read in slices between other work once the
  // reader is in the search box (the 100-briefing story's 9,543 entries: 0.3-0.6 s of
  // script read whole, under 0.1 s with each identical text read once), finished at once if
  // a search comes first
  var built = null;  // {at: the next entry to read, seen: words, texts: texts read}
  function grow(all) {
    if (forms || !docs) return;
    built = built || { at: 0, seen: new Set(), texts: new Set(), low: new Set(),
                       people: new Set() };
    var split = new RegExp(separator, "g");
    var end = all ? docs.length : Math.min(built.at + 500, docs.length);
    for (; built.at < end; built.at++) {
      if (PERSON_PAGE.test(docs[built.at].location || "")
          && PERSON_KIND.test(docs[built.at].text || "")) {
        docs[built.at].title.split(split).forEach(function (w) {
          built.people.add(bare(w).replace(/['\u2019]s$/, "").toLowerCase());
        });
      }
      [docs[built.at].title, docs[built.at].text].forEach(function (text) {
        if (!text || built.texts.has(text)) return;  // the same words, once
        built.texts.add(text);
        text.replace(/<[^>]*>/g, " ").split(split).forEach(function (w) {
          if (!w) return;
          var lower = trimmed ? trim(w.toLowerCase()) : w.toLowerCase(), letters = bare(w);
          if (lower) built.seen.add(lower);
          if (letters && letters[0] !== letters[0].toUpperCase()) {
            built.low.add(letters.replace(/['\u2019]s$/, "").toLowerCase());
          }
        });
      });
    }
    if (built.at < docs.length) { setTimeout(grow, 0); return; }
    // the index keeps a word's punctuation ("disputed," is a word of its own: Material's
    // English pipeline has no trimmer), so the words are grouped by their letters
    var given = new Set();  // the stems of the words of people's names ("edward")
    built.people.forEach(function (w) { if (w) given.add(stem(w)); });
    names = new Set();
    built.people.forEach(function (w) { if (w && !built.low.has(w)) names.add(w); });
    // and a word never written lowercase of the same stem, a surname no actor has: "Edwards"
    // in a quote is not the plural of Edward Howell's "Edward"
    built.seen.forEach(function (w) {
      var b = bare(w).replace(/['\u2019]s$/, "");
      if (b && !names.has(b) && !built.low.has(b) && given.has(stem(b))) names.add(b);
    });
    var found = new Map();
    built.seen.forEach(function (w) {
      if (/["*~^:+]/.test(w)) return;  // not a word Material's query syntax can name
      var s = stem(bare(w));
      if (s.length > 3 || BASES.has(s)) (found.get(s) || found.set(s, []).get(s)).push(w);
    });
    forms = found;
    built = null;
  }

  // lunr's trimmer, as the index ran it on each word: "said." and "said" are one word there
  function trim(word) { return word.replace(/^\W+/, "").replace(/\W+$/, ""); }

  function bare(word) { return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); }

  // a word is searched as typed (Material adds "*": "dispute" finds "disputed") and by each
  // other form of it the index holds that this does not find, as that word alone ("^1", a
  // boost of one, keeps Material from adding "*": "korea's" finds "korea", not "korean")
  function clauses(word) {
    return [word].concat((forms.get(stem(bare(word))) || []).filter(function (w) {
      return w.indexOf(word) !== 0;
    }).sort());
  }

  function widen(query) {
    if (/["*~^:]|(?:^|\s)[+\-]/.test(query)) return null;  // Material's syntax: as typed
    grow(true);
    // no prototype: "constructor" and "__proto__" are words typed, not already in it
    var typed = Object.create(null), words = [];
    var all = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    // an index without lunr's stop word filter holds "the": a search leaves it out, as the
    // filter did, unless it is all that is typed
    var kept = trimmed ? all.filter(function (w) { return !STOP.has(trim(w)); }) : all;
    (kept.length ? kept : all).forEach(function (word) {
      // a trimmed index holds "josé" as "jos", which the word as typed would not find
      var sent = clauses(trimmed && trim(word) ? trim(word) : word);
      sent.forEach(function (c, i) {
        if (c in typed) return;
        typed[c] = word;
        // the word as typed counts twice a form of it: "denied" shows the claim "Denied by
        // North Korea" before the summary's "both governments deny"
        words.push(i ? c + "^1" : sent.length > 1 ? c + " " + c : c);
      });
    });
    return { query: words.join(" "), typed: typed };
  }

  // a result's words as typed: the forms it holds (so its link marks them on the page), or
  // the word typed when it holds none ("Missing: disputes")
  function told(terms, typed) {
    var out = Object.create(null), holds = Object.create(null);
    Object.keys(terms).forEach(function (c) {
      var word = typed[c] || c;
      if (terms[c]) { out[c] = true; holds[word] = true; }
    });
    Object.keys(terms).forEach(function (c) {
      var word = typed[c] || c;
      if (!terms[c] && !holds[word]) out[word] = false;
    });
    return out;
  }

  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("input.md-search__input")) grow(false);
  });
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === SETUP && message.data && message.data.docs) {
      material = this;
      docs = message.data.docs;
      separator = (message.data.config && message.data.config.separator) || separator;
      trimmed = !!(message.data.config && message.data.config.pipeline
                   && message.data.config.pipeline.indexOf("trimmer") >= 0);
      forms = built = names = null;
    } else if (this === material && message && message.type === QUERY
               && typeof message.data === "string") {
      var wide = null;
      try { wide = widen(message.data); } catch (e) { wide = null; }
      asked.push(wide && wide.typed);
      if (wide && wide.query) args[0] = { type: QUERY, data: wide.query };
    }
    return post.apply(this, args);
  };

  // Material's worker is made, and listened to, before this script runs: its answers are
  // read where every reader of them reads them, the data of their message event
  Object.defineProperty(MessageEvent.prototype, "data", {
    configurable: true, enumerable: data.enumerable,
    get: function () {
      var value = data.get.call(this);
      if (!material || this.target !== material || !value || value.type !== RESULT) return value;
      if (read.has(this)) return read.get(this);
      var typed = asked.length ? asked.shift() : null;
      if (typed && value.data && value.data.items) {
        value.data.items.forEach(function (group) {
          group.forEach(function (item) { item.terms = told(item.terms || {}, typed); });
        });
      }
      read.set(this, value);
      return value;
    }
  });
})();
