// A browser opening the index with ?key=… cannot send a bearer header, so each report link carries the same key.
(function () {
  const key = new URLSearchParams(window.location.search).get('key');
  if (!key) { return; }
  document.querySelectorAll('a.report-link').forEach(function (a) {
    a.href = a.getAttribute('href') + '?key=' + encodeURIComponent(key);
  });
})();
