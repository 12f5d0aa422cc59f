// nianbao audit pages. Plain script, no libraries, nothing fetched: the data is in the page
// (<script id="data">) and the images beside it. Text from documents is always set as text, never as HTML.
(function () {
  'use strict';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // ---------- index: sort and filter ----------
  function index() {
    var table = document.getElementById('documents');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var status = document.getElementById('f-status');
    var rule = document.getElementById('f-rule');
    var agency = document.getElementById('f-agency');
    var shown = document.getElementById('shown');

    function filter() {
      var n = 0;
      rows.forEach(function (r) {
        var ok = (!status.value || r.dataset.status === status.value)
          && (!rule.value || (' ' + r.dataset.rules + ' ').indexOf(' ' + rule.value + ' ') >= 0)
          && (!agency.value || r.dataset.agency.indexOf(agency.value.trim()) >= 0);
        r.hidden = !ok;
        if (ok) { n++; }
      });
      shown.textContent = n + ' of ' + rows.length + ' shown';
    }
    [status, rule].forEach(function (s) { s.addEventListener('change', filter); });
    agency.addEventListener('input', filter);
    document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });

    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, col) {
      function sort() {
        var asc = !th.classList.contains('asc');
        heads.forEach(function (h) { h.classList.remove('asc', 'desc'); });
        th.classList.add(asc ? 'asc' : 'desc');
        var numeric = th.dataset.sort === 'number';
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent, c;
          if (numeric) { c = (parseFloat(x) || 0) - (parseFloat(y) || 0); } else { c = x.localeCompare(y, 'zh'); }
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
    });
    filter();
  }

  // ---------- document page ----------
  function documentPage() {
    var data = JSON.parse(document.getElementById('data').textContent);
    var source = data.source || { kind: 'none', problem: 'no source data' };
    var info = document.getElementById('cell-info');
    var view = document.getElementById('source-view');
    var editor = document.getElementById('editor');
    var storeKey = 'nianbao-corrections-' + data.sha256;
    var corrections = load();
    var selected = null;

    function load() {
      try { return JSON.parse(window.localStorage.getItem(storeKey) || '{}'); } catch (e) { return {}; }
    }
    function save() {
      try { window.localStorage.setItem(storeKey, JSON.stringify(corrections)); } catch (e) { /* file: pages may have no storage */ }
    }
    function td(key) { return document.querySelector('td[data-key="' + key + '"]'); }
    // scrolls the source view only (never the page) so the marked place is in the middle of it
    function showInPanel(e) {
      var panel = view;
      var off = e.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
      panel.scrollTop = Math.max(0, off - panel.clientHeight / 2 + e.getBoundingClientRect().height / 2);
    }

    // raw text with its spaces made visible: padding is part of what the source says
    function rawText(raw) {
      var span = el('span', { 'class': 'raw' });
      if (raw === '') { span.appendChild(el('span', { 'class': 'ws' }, '(empty)')); return span; }
      raw.split(/([\s\u3000\u00a0]+)/).forEach(function (part) {
        if (part === '') { return; }
        if (/^[\s\u3000\u00a0]+$/.test(part)) {
          span.appendChild(el('span', { 'class': 'ws' }, part.replace(/\n/g, '↵\n').replace(/\u3000/g, '□')
            .replace(/\t/g, '→').replace(/ /g, '·').replace(/\u00a0/g, '°')));
        } else { span.appendChild(document.createTextNode(part)); }
      });
      return span;
    }

    function select(key, scroll) {
      var cell = data.cells[key];
      if (!cell) { return; }
      if (selected) { selected.classList.remove('selected'); }
      selected = td(key);
      if (selected) {
        selected.classList.add('selected');
        if (scroll) { selected.scrollIntoView({ block: 'center' }); }
      }
      document.querySelector('#panel .hint').hidden = true;
      showInfo(key, cell);
      showSource(cell);
      showEditor(key, cell);
      if (window.history && window.history.replaceState) { window.history.replaceState(null, '', '#cell=' + key); }
    }

    function showInfo(key, cell) {
      info.textContent = '';
      info.appendChild(el('h2', {}, key));
      var dl = el('dl');
      function row(name, value) { dl.appendChild(el('dt', {}, name)); var dd = el('dd'); dl.appendChild(dd);
        if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = value; } return dd; }
      row('label', cell.label);
      row('state', cell.state).className = 'state-' + cell.state;
      row('value', cell.state === 'missing' ? '(not in the output)' : (cell.value === '' ? '(blank)' : cell.value));
      row('raw', rawText(cell.raw));
      row('location', cell.location || '(none)');
      info.appendChild(dl);
      if (cell.findings.length) {
        var ul = el('ul', { 'class': 'cell-findings' });
        cell.findings.forEach(function (n) {
          var f = data.findings[n];
          var li = el('li', { 'class': f.severity });
          var a = el('a', { href: '#finding-' + n }, f.severity + ' ' + f.rule);
          li.appendChild(a);
          li.appendChild(document.createTextNode(': ' + f.message));
          ul.appendChild(li);
        });
        info.appendChild(ul);
      } else {
        info.appendChild(el('p', {}, 'No finding concerns this cell.'));
      }
    }

    function showSource(cell) {
      view.textContent = '';
      if (source.kind === 'none') { view.appendChild(el('p', { 'class': 'error' }, source.problem)); return; }
      var src = cell.src;
      if (!src) {
        view.appendChild(el('p', {}, cell.state === 'missing' ? 'The document gave no value for this cell.'
          : 'This cell has no place in the source to show.'));
        return;
      }
      if (src.views) { pdf(src); } else if (src.table) { grid(src); } else if (src.line) { lines(src.line, cell.raw); }
    }

    function pdf(src) {
      var target = null;
      src.views.forEach(function (v) {
        var page = source.pages[String(v.page)];
        var box = v.box;
        view.appendChild(el('p', {}, 'page ' + v.page + ', box ' + box.map(function (x) { return x.toFixed(1); }).join(', ') + ' pt'));
        var div = el('div', { 'class': 'pdf-page' });
        var img = el('img', { src: page.img, alt: 'page ' + v.page });
        var mark = el('div', { 'class': 'box' });
        var pad = 1.5; // points around the box, so a thin cell stays visible
        mark.style.left = ((box[0] - pad) / page.w * 100) + '%';
        mark.style.top = ((box[1] - pad) / page.h * 100) + '%';
        mark.style.width = ((box[2] - box[0] + 2 * pad) / page.w * 100) + '%';
        mark.style.height = ((box[3] - box[1] + 2 * pad) / page.h * 100) + '%';
        div.appendChild(img);
        div.appendChild(mark);
        view.appendChild(div);
        target = target || mark;
        img.addEventListener('load', function () { if (mark === target) { showInPanel(mark); } });
      });
    }

    function grid(src) {
      var rows = source.tables[String(src.table)];
      view.appendChild(el('p', {}, 'table ' + src.table + ', row ' + src.row + ', column ' + src.col
        + ' (as the reader numbers them, spans expanded)'));
      var t = el('table', { 'class': 'source-grid' });
      var head = el('tr', { 'class': 'cn' });
      head.appendChild(el('td', {}, ''));
      (rows[0] || []).forEach(function (_, c) { head.appendChild(el('td', {}, c + 1)); });
      t.appendChild(head);
      var target = null;
      rows.forEach(function (r, i) {
        var tr = el('tr');
        tr.appendChild(el('td', { 'class': 'rn' }, i + 1));
        r.forEach(function (c, j) {
          var d = el('td', {}, c ? c[0] : '');
          if (c && c[1]) { d.className = 'spanned'; d.textContent = '⋯'; }
          if (!c) { d.className = 'spanned'; }
          if (i + 1 === src.row && j + 1 === src.col) { d.classList.add('target'); target = d; }
          tr.appendChild(d);
        });
        t.appendChild(tr);
      });
      view.appendChild(t);
      if (target) { showInPanel(target); }
    }

    function lines(line, raw) {
      view.appendChild(el('p', {}, 'line ' + line + ' of the ' + (data.format === 'text' ? 'decoded text'
        : 'page source') + ', with the lines around it'));
      var pre = el('pre', { 'class': 'source-lines' });
      var first = raw.split('\n').map(function (s) { return s.trim(); }).filter(function (s) { return s; })[0] || '';
      var target = null;
      for (var i = line - 8; i <= line + 8; i++) {
        var text = source.lines[String(i)];
        if (text === undefined) { continue; }
        var span = el('span', i === line ? { 'class': 'target' } : {});
        span.appendChild(el('span', { 'class': 'ln' }, i));
        var at = i === line && first ? text.indexOf(first) : -1;
        if (at >= 0) {
          span.appendChild(document.createTextNode(text.substring(0, at)));
          span.appendChild(el('mark', {}, first));
          span.appendChild(document.createTextNode(text.substring(at + first.length)));
        } else { span.appendChild(document.createTextNode(text)); }
        pre.appendChild(span);
        pre.appendChild(document.createTextNode('\n'));
        if (i === line) { target = span; }
      }
      view.appendChild(pre);
      if (target) { showInPanel(target); }
    }

    // ---------- corrections recorded on the page ----------
    function showEditor(key, cell) {
      editor.textContent = '';
      var form = el('form', { id: 'correct-form' });
      var had = corrections[key];
      form.appendChild(el('label', { 'for': 'c-value' }, 'Correct value (plain number; empty for a blank cell)'));
      var value = el('input', { id: 'c-value', type: 'text', inputmode: 'decimal' });
      value.value = had ? had.value : cell.value;
      form.appendChild(value);
      form.appendChild(el('label', { 'for': 'c-reason' }, 'Reason'));
      var reason = el('input', { id: 'c-reason', type: 'text' });
      reason.value = had ? had.reason : '';
      form.appendChild(reason);
      var msg = el('p', { 'class': 'error', id: 'c-message' });
      form.appendChild(el('button', { type: 'submit', id: 'c-record' }, 'Record correction'));
      if (had) {
        var undo = el('button', { type: 'button', id: 'c-remove' }, 'Remove correction');
        undo.addEventListener('click', function () { delete corrections[key]; save(); refresh(); showEditor(key, cell); });
        form.appendChild(undo);
      }
      form.appendChild(msg);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var v = value.value.trim();
        if (v !== '' && !/^-?\d+(\.\d+)?$/.test(v)) { msg.textContent = 'Not a plain decimal number: ' + v; return; }
        if (!reason.value.trim()) { msg.textContent = 'Say why: the reason goes into the finding.'; return; }
        corrections[key] = { value: v, reason: reason.value.trim() };
        save();
        refresh();
        showEditor(key, cell);
      });
      editor.appendChild(form);
    }

    function refresh() {
      Array.prototype.forEach.call(document.querySelectorAll('td.v.edited'), function (d) {
        d.classList.remove('edited');
        d.textContent = data.cells[d.dataset.key].value;
      });
      var keys = Object.keys(corrections);
      keys.forEach(function (k) { var d = td(k); if (d) { d.classList.add('edited'); d.textContent = corrections[k].value; } });
      document.getElementById('correction-count').textContent = keys.length + ' correction' + (keys.length === 1 ? '' : 's');
      document.getElementById('download').disabled = keys.length === 0;
    }

    function csvField(s) { return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
    function correctionsCsv() {
      var out = 'sha256,table,row,column,value,reason\n';
      Object.keys(corrections).forEach(function (k) {
        var p = k.split('/');
        out += [data.sha256, p[0], p[1], p[2], corrections[k].value, corrections[k].reason].map(csvField).join(',') + '\n';
      });
      return out;
    }
    document.getElementById('download').addEventListener('click', function () {
      var a = el('a', { download: 'corrections.csv' });
      a.href = URL.createObjectURL(new Blob([correctionsCsv()], { type: 'text/csv;charset=utf-8' }));
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
    window.nianbaoCorrectionsCsv = correctionsCsv; // for the browser tests and the console

    // ---------- wiring ----------
    Array.prototype.forEach.call(document.querySelectorAll('td[data-key]'), function (d) {
      d.addEventListener('click', function () { select(d.dataset.key, false); });
      d.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(d.dataset.key, false); }
      });
    });
    document.body.addEventListener('click', function (e) {
      var a = e.target.closest('a[data-goto], a[data-scope]');
      if (!a) { return; }
      e.preventDefault();
      Array.prototype.forEach.call(document.querySelectorAll('td.hit'), function (d) { d.classList.remove('hit'); });
      if (a.dataset.goto) { select(a.dataset.goto, true); return; }
      var s = a.dataset.scope.split('/');
      var first = null;
      Object.keys(data.cells).forEach(function (k) {
        var p = k.split('/');
        if ((!s[0] || s[0] === p[0]) && (!s[1] || s[1] === p[1]) && (!s[2] || s[2] === p[2])) {
          var d = td(k);
          if (d) { d.classList.add('hit'); first = first || k; }
        }
      });
      if (first) { select(first, true); }
    });
    refresh();
    var m = /#cell=(.+)$/.exec(window.location.hash);
    if (m) { select(decodeURIComponent(m[1]), false); }
  }

  if (document.body.classList.contains('index-page')) { index(); } else { documentPage(); }
}());
