/* The timeline's and the sanctions table's facets; sorting the table by any column; the review
   queue's copy buttons. Without JavaScript every entry shows, unsorted, the filters hidden. */
(function () {
  function setup(root) {
    root.querySelectorAll("form[data-brief-facets]").forEach(facets);
    root.querySelectorAll("table[data-brief-sortable]").forEach(function (table) {
      if (table.dataset.sortReady) return;
      table.dataset.sortReady = "1";
      table.querySelectorAll("thead th").forEach(function (th, col) {
        th.tabIndex = 0;
        th.setAttribute("aria-sort", "none");
        function sort() {
          var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
          table.querySelectorAll("thead th").forEach(function (o) { o.setAttribute("aria-sort", "none"); });
          th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = sortKey(a.cells[col]), y = sortKey(b.cells[col]);
            // what has no value (an undated measure) goes last, whichever way the column is sorted
            if (x === "" || y === "") return (x === "") - (y === "");
            return x.localeCompare(y, undefined, { numeric: true }) * dir;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        }
        th.addEventListener("click", sort);
        th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
      });
    });
    /* the review queue: a button copies a decision's YAML (without JavaScript, select the text) */
    root.querySelectorAll("button[data-brief-copy]").forEach(function (button) {
      if (button.dataset.copyReady) return;
      button.dataset.copyReady = "1";
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = button.parentElement.querySelector("pre").textContent;
        function done() { button.textContent = "Copied"; button.dataset.copied = text; }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
        } else { fallback(text); done(); }
      });
    });
  }
  /* Facets (render/facets.py): the chosen values, combined with AND, hide the entries that lack
     them; each option's count is of the entries the other choices leave; the choice lives in the
     URL (?actor=X&from=2022), so a view can be shared, reloaded, and undone with Back.
     A brief paged by period: on its index the form filters the periods, counting each one's
     matching entries from the facet index (a script, loaded on the first choice); each period's
     link carries the choice to that page, whose own form applies it. */
  function facets(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    form.hidden = false;
    var scope = form.parentElement;
    var kind = form.dataset.briefFacets;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-brief-filter]"));
    var names = selects.map(function (s) { return s.dataset.briefFilter; });
    var out = form.querySelector("output");
    var periods = form.dataset.briefIndex ? scope.querySelector("table[data-brief-periods]") : null;
    var items = periods ? null : Array.prototype.slice.call(kind === "sanctions"
      ? scope.querySelectorAll("table.brief-sanctions tbody tr") : scope.querySelectorAll(".brief-event"))
      .map(function (el) {
        var v = {};
        names.concat(["year"]).forEach(function (n) {
          var a = el.getAttribute("data-f-" + n);
          v[n] = a ? a.split("|") : [];
        });
        return { el: el, v: v, n: 1 };
      });
    var loading = false;
    function load(then) {
      // the facet index of every period: a script, so that it loads from disk (file://) too
      var have = window.briefFacetIndex && window.briefFacetIndex[kind];
      if (have) { fromIndex(have); then(); return; }
      if (loading) return;
      loading = true;
      out.textContent = "Loading…";
      var script = document.createElement("script");
      script.src = form.dataset.briefIndex;
      script.onload = function () { fromIndex(window.briefFacetIndex[kind]); then(); };
      script.onerror = function () { out.textContent = "The filters could not load their index."; };
      document.head.appendChild(script);
    }
    function fromIndex(index) {
      if (items) return;
      items = index.rows.map(function (row) {
        var v = {};
        index.facets.forEach(function (n, i) {
          v[n] = row[2 + i].map(function (k) { return index.values[n][k]; });
        });
        return { page: row[0], v: v, n: row[1] };
      });
    }
    function chosen() {
      var w = {};
      selects.forEach(function (s) { if (s.value) w[s.dataset.briefFilter] = s.value; });
      return w;
    }
    function matches(item, w, skip) {
      var year = item.v.year[0] || "";
      for (var name in w) {
        if (name === skip) continue;
        if (name === "from") { if (!year || year < w.from) return false; }
        else if (name === "to") { if (!year || year > w.to) return false; }
        else if (item.v[name].indexOf(w[name]) < 0) return false;
      }
      return true;
    }
    function query() {
      var params = new URLSearchParams(location.search);
      selects.forEach(function (s) {
        if (s.value) params.set(s.dataset.briefFilter, s.value); else params.delete(s.dataset.briefFilter);
      });
      var q = params.toString();
      return q ? "?" + q : "";
    }
    function apply(record) {
      var w = chosen(), any = Object.keys(w).length > 0;
      if (periods && !items) {
        if (any) load(function () { apply(record); });
        return;
      }
      var shown = 0, total = 0, perPage = {};
      items.forEach(function (item) {
        var ok = matches(item, w);
        if (item.el) item.el.hidden = !ok;
        total += item.n;
        if (ok) { shown += item.n; perPage[item.page] = (perPage[item.page] || 0) + item.n; }
      });
      selects.forEach(function (s) {
        var name = s.dataset.briefFilter;
        if (name === "from" || name === "to") return;
        Array.prototype.forEach.call(s.options, function (o) {
          if (!o.value) return;
          var n = 0;
          items.forEach(function (item) { if (item.v[name].indexOf(o.value) >= 0 && matches(item, w, name)) n += item.n; });
          o.textContent = o.dataset.label + " (" + n + ")";
        });
      });
      form.dataset.shown = shown;
      var q = query();
      out.textContent = shown + " of " + total + (periods ? " entries match, in the periods listed below" : " shown");
      if (periods) showPeriods(perPage, any, q);
      else showHeadings();
      if (form.dataset.briefEvery && any) {
        // the same choice across every period of a paged brief
        var link = document.createElement("a");
        link.href = form.dataset.briefEvery + q;
        link.textContent = "in every period";
        out.appendChild(document.createTextNode(" · "));
        out.appendChild(link);
      }
      if (record) history.pushState(null, "", location.pathname + q);
    }
    function showPeriods(perPage, any, q) {
      periods.querySelectorAll("tr[data-brief-page]").forEach(function (tr) {
        var n = perPage[tr.dataset.briefPage] || 0, cell = tr.querySelector("[data-brief-count]");
        var a = tr.querySelector("a");
        if (!a.dataset.base) a.dataset.base = a.getAttribute("href");
        a.setAttribute("href", a.dataset.base + (any ? q : ""));
        tr.hidden = any && !n;
        cell.textContent = any ? n + " of " + cell.dataset.briefCount : cell.dataset.briefCount;
      });
    }
    function showHeadings() {
      // a year's heading shows only while an entry under it does
      scope.querySelectorAll("h2").forEach(function (h) {
        var any = false;
        for (var el = h.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) {
          if (el.classList.contains("brief-event") && !el.hidden) { any = true; break; }
          if (!el.classList.contains("brief-event")) { any = true; break; }
        }
        h.hidden = !any;
        // and its line in the page's table of contents
        if (/^[\w-]+$/.test(h.id)) {
          document.querySelectorAll('.md-nav--secondary a[href="#' + h.id + '"]').forEach(function (a) {
            a.parentElement.hidden = !any;
          });
        }
      });
    }
    function fromUrl() {
      var params = new URLSearchParams(location.search);
      selects.forEach(function (s) {
        var v = params.get(s.dataset.briefFilter) || "";
        s.value = Array.prototype.some.call(s.options, function (o) { return o.value === v; }) ? v : "";
      });
    }
    selects.forEach(function (s) { s.addEventListener("change", function () { apply(true); }); });
    window.addEventListener("popstate", function () { fromUrl(); apply(null); });
    fromUrl();
    apply(null);
  }
  function sortKey(cell) {
    return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  }
  // the visual timeline opens on its newest years (without JavaScript it opens on the oldest)
  function newestFirst(root) {
    root.querySelectorAll(".brief-visual__scroll").forEach(function (box) {
      if (box.dataset.scrolled) return;
      box.dataset.scrolled = "1";
      box.scrollLeft = box.scrollWidth;
    });
  }
  // Material's search dialog has no name of its own: a screen reader announces "Search"
  function nameSearch(root) {
    root.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach(function (d) {
      d.setAttribute("aria-label", "Search");
    });
  }
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* the text stays selectable on the page */ }
    document.body.removeChild(area);
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { setup(document); nameSearch(document); newestFirst(document); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setup(document); nameSearch(document); newestFirst(document); });
  } else {
    setup(document);
    nameSearch(document);
    newestFirst(document);
  }
})();
