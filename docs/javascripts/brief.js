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
     URL (?actor=X&from=2022), so a view can be shared, reloaded, and undone with Back. */
  function facets(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    form.hidden = false;
    var scope = form.parentElement;
    var items = Array.prototype.slice.call(form.dataset.briefFacets === "sanctions"
      ? scope.querySelectorAll("table.brief-sanctions tbody tr") : scope.querySelectorAll(".brief-event"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-brief-filter]"));
    var out = form.querySelector("output");
    function values(item, name) {
      var v = item.getAttribute("data-f-" + name);
      return v ? v.split("|") : [];
    }
    function chosen() {
      var w = {};
      selects.forEach(function (s) { if (s.value) w[s.dataset.briefFilter] = s.value; });
      return w;
    }
    function matches(item, w, skip) {
      var year = values(item, "year")[0] || "";
      for (var name in w) {
        if (name === skip) continue;
        if (name === "from") { if (!year || year < w.from) return false; }
        else if (name === "to") { if (!year || year > w.to) return false; }
        else if (values(item, name).indexOf(w[name]) < 0) return false;
      }
      return true;
    }
    function apply(record) {
      var w = chosen(), shown = 0;
      items.forEach(function (item) {
        var ok = matches(item, w);
        item.hidden = !ok;
        if (ok) shown += 1;
      });
      selects.forEach(function (s) {
        var name = s.dataset.briefFilter;
        if (name === "from" || name === "to") return;
        Array.prototype.forEach.call(s.options, function (o) {
          if (!o.value) return;
          var n = 0;
          items.forEach(function (item) { if (matches(item, w, name) && values(item, name).indexOf(o.value) >= 0) n += 1; });
          o.textContent = o.dataset.label + " (" + n + ")";
        });
      });
      form.dataset.shown = shown;
      out.textContent = shown + " of " + items.length + " shown";
      // a year's heading shows only while an entry under it does
      scope.querySelectorAll("h2").forEach(function (h) {
        var any = false;
        for (var el = h.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) {
          if (el.classList.contains("brief-event") && !el.hidden) { any = true; break; }
          if (!el.classList.contains("brief-event")) { any = true; break; }
        }
        h.hidden = !any;
      });
      if (record) {
        var params = new URLSearchParams(location.search);
        selects.forEach(function (s) {
          if (s.value) params.set(s.dataset.briefFilter, s.value); else params.delete(s.dataset.briefFilter);
        });
        var query = params.toString();
        history.pushState(null, "", location.pathname + (query ? "?" + query : ""));
      }
    }
    function fromUrl() {
      var params = new URLSearchParams(location.search);
      selects.forEach(function (s) {
        var v = params.get(s.dataset.briefFilter) || "";
        s.value = Array.prototype.some.call(s.options, function (o) { return o.value === v; }) ? v : "";
      });
    }
    selects.forEach(function (s) { s.addEventListener("change", function () { apply(true); }); });
    window.addEventListener("popstate", function () { fromUrl(); apply(false); });
    fromUrl();
    apply(false);
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
