/* The sanctions table: filter rows by imposer, type and status; sort by any column.
   Without JavaScript the whole table shows, unsorted filters hidden. */
(function () {
  function setup(root) {
    root.querySelectorAll("form.brief-filters").forEach(function (form) {
      var table = form.parentElement.querySelector("table[data-brief-sortable]");
      if (!table || form.dataset.ready) return;
      form.dataset.ready = "1";
      form.hidden = false;
      var selects = form.querySelectorAll("select[data-brief-filter]");
      function apply() {
        var want = {};
        selects.forEach(function (s) { want[s.dataset.briefFilter] = s.value; });
        var shown = 0;
        table.querySelectorAll("tbody tr").forEach(function (tr) {
          var ok = (!want.imposer || tr.dataset.imposer === want.imposer) &&
                   (!want.type || tr.dataset.type === want.type) &&
                   (!want.status || tr.dataset.status === want.status);
          tr.hidden = !ok;
          if (ok) shown += 1;
        });
        form.dataset.shown = shown;
        var out = form.querySelector("output");
        if (!out) { out = document.createElement("output"); form.appendChild(out); }
        out.textContent = shown + " shown";
      }
      selects.forEach(function (s) { s.addEventListener("change", apply); });
      apply();
    });
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
