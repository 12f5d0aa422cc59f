// Shared by the browser tests' harness pages: results as <li data-k="name">value</li>, one per array
// item, for the test to read with jsoup from Chromium's --dump-dom.
function put(name, value) {
  (Array.isArray(value) ? value : [value]).forEach(function (v) {
    var li = document.createElement('li'); li.dataset.k = name; li.textContent = String(v);
    document.getElementById('result').appendChild(li);
  });
}
function report(out) {
  Object.keys(out).forEach(function (k) { put(k, out[k]); });
  put('done', 'yes');
}
