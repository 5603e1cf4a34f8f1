/* Material fetches the whole search index on every page load, whether or not the reader
   searches: at 3,000 sources that is ~30 MB before a page is usable. This script, loaded in the
   head before Material's bundle, holds that one request back until the reader asks for search
   (focuses the box, opens it, presses a search key, or opens a ?q= link), as mdBook does. If
   Material ever fetches the index another way, nothing is held back and search works as before. */
(function () {
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  var held = [], wanted = false;
  var INDEX = /\/search\/search_index\.json(\?|#|$)/;
  function want() {
    if (wanted) return;
    wanted = true;
    held.forEach(function (h) { send.apply(h[0], h[1]); });
    held = [];
  }
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__briefSearchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__briefSearchIndex && !wanted) { held.push([this, arguments]); return; }
    return send.apply(this, arguments);
  };
  document.addEventListener("focusin", function (e) {
    if (e.target && e.target.classList && e.target.classList.contains("md-search__input")) want();
  });
  document.addEventListener("click", function (e) {
    if (e.target && e.target.closest && e.target.closest('label[for="__search"]')) want();
  });
  document.addEventListener("keydown", function (e) {
    // Material's keys that open search
    if (e.key === "/" || e.key === "s" || e.key === "S" || e.key === "f" || e.key === "F") want();
  });
  if (/[?&]q=/.test(location.search)) want();
  window.briefSearchIndexWanted = function () { return wanted; };
})();
