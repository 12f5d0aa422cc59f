// Runs before every script of the page (HtmlUnitScripts puts it first in <head>, joined into one line so the page's
// lines keep their numbers: only whole-line comments like these, and every statement ended by a semicolon).
(function () {
  var p = CSSStyleSheet.prototype;
  // marks the style sheets a script changes through the object model, to write them back before serializing
  ['insertRule', 'deleteRule', 'addRule', 'removeRule', 'replaceSync', 'replace'].forEach(function (n) {
    var f = p[n];
    if (typeof f === 'function') { p[n] = function () { this.nianbaoChanged = true; return f.apply(this, arguments); }; }
  });
  // HtmlUnit's style objects ignore Object.assign (Chrome sets each property): set them one by one
  var a = Object.assign;
  Object.assign = function (t) {
    if (t instanceof CSSStyleDeclaration) {
      for (var i = 1; i < arguments.length; i++) {
        var s = arguments[i];
        if (s) { for (var k in s) { if (Object.prototype.hasOwnProperty.call(s, k)) { t[k] = s[k]; } } }
      }
      return t;
    }
    return a.apply(Object, arguments);
  };
  // HtmlUnit's setProperty may not set what Chrome sets
  var sp = CSSStyleDeclaration.prototype.setProperty;
  CSSStyleDeclaration.prototype.setProperty = function (n, v, q) {
    try { sp.apply(this, arguments); } catch (e) { }
    if (String(n).indexOf('--') !== 0) { this[String(n).replace(/-([a-z])/g, function (m, x) { return x.toUpperCase(); })] = v; }
  };
  // A call whose result here may not be Chrome's (a format intl.js does not know): told to the run, which doubts every
  // cell the page's scripts changed (ScriptRun.unfollowed); a format it knows is never told
  var unfollowed = [];
  window.__nianbaoUnfollowed = function (what) {
    if (unfollowed.indexOf(what) < 0) { unfollowed.push(String(what)); }
  };
  window.__nianbaoUnfollowedCalls = function () {
    return unfollowed.slice(0, 3).join('; ') + (unfollowed.length > 3 ? '; and ' + (unfollowed.length - 3) + ' more' : '');
  };
  // The page's clock: the run fires timers ahead of the wall clock (VirtualTime), and moves this clock on by as
  // much, so a script timing itself by Date or performance sees the time its timers say has passed.
  var ahead = 0, RealDate = Date, realNow = Date.now;
  window.__nianbaoAdvance = function (ms) { ahead += ms; };
  var now = function () { return realNow.call(RealDate) + ahead; };
  // V8 reads dates HtmlUnit's engine calls invalid as local times: '2020-1-1', '2020-01-01 00:00:00',
  // '2020.01.01', '2020-01-31 23:59:59.123456' (any number of fraction digits, as Python's str(datetime) writes);
  // a page counting its months by such dates would count none here and write a valid 0.
  var LOCAL_DATE = /^\s*(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*$/;
  var localTime = function (s) {
    var m = typeof s === 'string' ? LOCAL_DATE.exec(s) : null;
    return m ? new RealDate(+m[1], m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0), +((m[7] || '') + '000').slice(0, 3)).getTime() : NaN;
  };
  // a date string that neither this engine nor the fallback reads (a zone name or offset after the time, a month without its day, English month names,
  // two spaces: V8 reads many more than are listed here) may be a date in Chrome: the cells the scripts change after
  // it are doubted (ScriptRun.unfollowed), not read as a count that missed it
  var parse = function (s) {
    var t = RealDate.parse(s);
    t = isNaN(t) ? localTime(s) : t;
    if (isNaN(t) && typeof s === 'string' && /\d/.test(s)) { window.__nianbaoUnfollowed('Date.parse(' + JSON.stringify(s) + ')'); }
    return t;
  };
  var PageDate = function () {
    if (!(this instanceof PageDate)) { return new RealDate(now()).toString(); }
    if (arguments.length === 0) { return new RealDate(now()); }
    if (arguments.length === 1 && typeof arguments[0] === 'string') { return new RealDate(parse(arguments[0])); }
    var args = [null];
    for (var i = 0; i < arguments.length; i++) { args.push(arguments[i]); }
    return new (Function.prototype.bind.apply(RealDate, args))();
  };
  PageDate.prototype = RealDate.prototype;
  PageDate.now = now;
  PageDate.UTC = RealDate.UTC;
  PageDate.parse = parse;
  window.Date = PageDate;
  var perf = window.performance, perfNow = perf && perf.now;
  if (typeof perfNow === 'function') { perf.now = function () { return perfNow.call(perf) + ahead; }; }
  var stamp = function () { return typeof perfNow === 'function' ? perf.now() : now(); };
  // HtmlUnit never fires animation frames: a frame every 16 ms, given the frame's time
  window.requestAnimationFrame = function (f) { return setTimeout(function () { f(stamp()); }, 16); };
  window.cancelAnimationFrame = function (h) { clearTimeout(h); };
  // HtmlUnit lacks requestIdleCallback: Chromium calls it once the page is idle after loading, with time to spare
  if (!('requestIdleCallback' in window)) {
    window.requestIdleCallback = function (f) {
      return setTimeout(function () {
        var end = now() + 50;
        f({ didTimeout: false, timeRemaining: function () { return Math.max(0, end - now()); } });
      }, 1);
    };
    window.cancelIdleCallback = function (h) { clearTimeout(h); };
  }
  // HtmlUnit's IntersectionObserver never reports: every element observed is reported in view, as it is once the
  // reader has scrolled to it (a table filled lazily is filled for whoever reads it)
  window.IntersectionObserver = function (callback, options) {
    this.callback = callback;
    this.targets = [];
    this.root = (options && options.root) || null;
    this.rootMargin = (options && options.rootMargin) || '0px';
    this.thresholds = [0];
  };
  window.IntersectionObserver.prototype.observe = function (el) {
    var self = this;
    self.targets.push(el);
    setTimeout(function () {
      if (self.targets.indexOf(el) < 0) { return; }
      var r = el.getBoundingClientRect();
      self.callback([{ target: el, isIntersecting: true, intersectionRatio: 1, boundingClientRect: r,
        intersectionRect: r, rootBounds: null, time: stamp() }], self);
    }, 0);
  };
  window.IntersectionObserver.prototype.unobserve = function (el) {
    var i = this.targets.indexOf(el);
    if (i >= 0) { this.targets.splice(i, 1); }
  };
  window.IntersectionObserver.prototype.disconnect = function () { this.targets = []; };
  window.IntersectionObserver.prototype.takeRecords = function () { return []; };
  // HtmlUnit's MutationObserver reports attributes and character data only, never a child added or removed: an
  // observer asking for childList is also told when what it watches has changed, each time the run asks
  // (__nianbaoMutations, after every script, timer and callback), as Chrome tells it at the end of the task
  var NativeObserver = window.MutationObserver, watching = [];
  var shape = function (w) {
    if (w.subtree) { return w.node.innerHTML; }
    return Array.prototype.slice.call(w.node.childNodes);
  };
  var same = function (x, y) {
    if (typeof x === 'string') { return x === y; }
    if (x.length !== y.length) { return false; }
    for (var i = 0; i < x.length; i++) { if (x[i] !== y[i]) { return false; } }
    return true;
  };
  var PageObserver = function (callback) {
    var self = this;
    self.callback = callback;
    self.watches = [];
    self.native = new NativeObserver(function (records) { callback.call(self, records, self); });
  };
  PageObserver.prototype.observe = function (node, options) {
    var o = options || {};
    if (o.attributes || o.characterData || o.attributeFilter || o.attributeOldValue || o.characterDataOldValue) {
      this.native.observe(node, o);
    }
    if (o.childList) {
      var w = { node: node, subtree: !!o.subtree };
      w.last = shape(w);
      this.watches.push(w);
      if (watching.indexOf(this) < 0) { watching.push(this); }
    }
  };
  PageObserver.prototype.disconnect = function () {
    this.native.disconnect();
    this.watches = [];
    var i = watching.indexOf(this);
    if (i >= 0) { watching.splice(i, 1); }
  };
  PageObserver.prototype.takeRecords = function () { return this.native.takeRecords(); };
  window.MutationObserver = PageObserver;
  window.WebKitMutationObserver = PageObserver;
  window.__nianbaoMutations = function () {
    var told = 0, all = watching.slice();
    for (var i = 0; i < all.length; i++) {
      var o = all[i], records = [];
      for (var j = 0; j < o.watches.length; j++) {
        var w = o.watches[j], s = shape(w);
        if (!same(w.last, s)) {
          w.last = s;
          records.push({ type: 'childList', target: w.node, addedNodes: [], removedNodes: [], previousSibling: null,
            nextSibling: null, attributeName: null, attributeNamespace: null, oldValue: null });
        }
      }
      if (records.length > 0) { told++; o.callback.call(o, records, o); }
    }
    return told;
  };
})();
