// Chrome's date and number formats for the locales and options report pages use (zh-CN, zh, en-US; ICU's patterns as
// Chromium formats them), in place of HtmlUnit's, which ignore every option (2020/01/05 for {year:'numeric'}): a page
// counting its months by the formatted year would count none here. A call outside what is known here is formatted
// as HtmlUnit formats it and told to the run (__nianbaoUnfollowed, prelude.js), which doubts the cells the scripts changed.
// Joined into one line like the prelude: only whole-line comments, every statement ended by a semicolon.
(function () {
  var RealFormat = Intl.DateTimeFormat, RealNumber = Intl.NumberFormat, proto = Date.prototype;
  var realDate = proto.toLocaleDateString, realString = proto.toLocaleString, realTime = proto.toLocaleTimeString;
  var realNumberString = Number.prototype.toLocaleString;
  var unfollowed = function (what) {
    if (typeof window.__nianbaoUnfollowed === 'function') { window.__nianbaoUnfollowed(what); }
  };
  var show = function (v) {
    try { return JSON.stringify(v); } catch (e) { return String(v); }
  };
  // Chrome refuses a locale that is no BCP 47 tag (a Java-style zh_CN, an empty string) and null locales or options,
  // and the page's script stops there: so must it here, or it writes what no reader of the page sees
  var TAG = /^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;
  var checkTags = function (locales) {
    if (locales === null) { throw new TypeError('Cannot convert undefined or null to object'); }
    var tags = Array.isArray(locales) ? locales : locales === undefined ? [] : [locales];
    for (var i = 0; i < tags.length; i++) {
      if (typeof tags[i] === 'string' && !TAG.test(tags[i])) { throw new RangeError('Incorrect locale information provided'); }
    }
  };
  var checkOptions = function (options) {
    if (options === null) { throw new TypeError('Cannot convert undefined or null to object'); }
  };
  // 'zh' or 'en' for the locales known here; null for any other. None given is the reader's own, taken as zh-CN: the
  // dates it writes are told as unfollowed all the same (readerDate), a time alone is not
  var localeOf = function (locales) {
    checkTags(locales);
    var l = Array.isArray(locales) ? locales[0] : locales;
    if (l === undefined) { return 'zh'; }
    if (l === null) { return null; }
    l = String(l).toLowerCase();
    if (/^zh(?:-hans)?(?:-cn)?$/.test(l)) { return 'zh'; }
    if (/^en(?:-us)?$/.test(l)) { return 'en'; }
    return null;
  };
  var TEXT_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  var EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  var ZH_DAYS = ['日', '一', '二', '三', '四', '五', '六'];
  var EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  var FIELDS = { year: ['numeric', '2-digit'], month: ['numeric', '2-digit', 'long', 'short'], day: ['numeric', '2-digit'],
    weekday: ['long', 'short'], hour: ['numeric', '2-digit'], minute: ['numeric', '2-digit'], second: ['numeric', '2-digit'] };
  // the options known here, or null: a field, hour12, a time zone whose clock is the page's own or UTC, a dateStyle
  var optionsOf = function (options) {
    var o = { zone: 'local' }, k;
    checkOptions(options);
    if (options === undefined) { return o; }
    if (typeof options !== 'object') { return null; }
    for (k in options) {
      if (!Object.prototype.hasOwnProperty.call(options, k) || options[k] === undefined) { continue; }
      var v = options[k];
      if (FIELDS.hasOwnProperty(k)) {
        if (FIELDS[k].indexOf(v) < 0) { return null; }
        o[k] = v;
      } else if (k === 'hour12') {
        o.hour12 = !!v;
      } else if (k === 'timeZone') {
        var z = String(v).toLowerCase();
        if (z === 'asia/shanghai' || z === 'prc' || z === 'asia/chongqing') { o.zone = 'local'; } else if (z === 'utc' || z === 'etc/utc') { o.zone = 'utc'; } else { return null; }
      } else if (k === 'dateStyle') {
        if (v !== 'long' && v !== 'short') { return null; }
        o.dateStyle = v;
      } else if (k !== 'localeMatcher' && k !== 'formatMatcher') {
        return null;
      }
    }
    if (o.dateStyle && (o.year || o.month || o.day || o.weekday || o.hour || o.minute || o.second)) { return null; }
    return o;
  };
  // what a call asks for when it names no field: the date (format, toLocaleDateString), the time, or both
  var withDefaults = function (o, which) {
    var date = o.year || o.month || o.day || o.weekday || o.dateStyle, time = o.hour || o.minute || o.second, d = {}, k;
    for (k in o) { if (o.hasOwnProperty(k)) { d[k] = o[k]; } }
    if ((which === 'date' || which === 'any' || which === 'both') && !date && !time || which === 'dateOnly' && !date) {
      d.year = 'numeric'; d.month = 'numeric'; d.day = 'numeric';
    }
    if ((which === 'both' && !date && !time) || which === 'timeOnly' && !time) {
      d.hour = 'numeric'; d.minute = 'numeric'; d.second = 'numeric';
    }
    return d;
  };
  var pad = function (n) { return (n < 10 ? '0' : '') + n; };
  var part = function (type, value) { return { type: type, value: String(value) }; };
  var lit = function (value) { return part('literal', value); };
  // the parts of the date's fields in the locale, as Chromium gives them; null for a combination not known here
  var dateParts = function (loc, o, t) {
    var y = o.year, m = o.month, d = o.day, out = [];
    var Y = y === '2-digit' ? pad(t.y % 100) : t.y, D = d === '2-digit' ? pad(t.d) : t.d;
    var text = m === 'long' || m === 'short', M = m === '2-digit' ? pad(t.m + 1) : t.m + 1;
    if (o.dateStyle) {
      if (o.dateStyle === 'long') { y = 'numeric'; m = 'long'; d = 'numeric'; text = true; } else { y = loc === 'en' ? '2-digit' : 'numeric'; m = 'numeric'; d = 'numeric'; text = false; }
      Y = y === '2-digit' ? pad(t.y % 100) : t.y; D = t.d; M = t.m + 1;
    }
    if (y && d && !m) { return null; }
    if (loc === 'zh') {
      if (y && m && d) { out = text ? [part('year', Y), lit('年'), part('month', M), lit('月'), part('day', D), lit('日')] : [part('year', Y), lit('/'), part('month', M), lit('/'), part('day', D)]; } else if (y && m) { out = text || m === '2-digit' ? [part('year', Y), lit('年'), part('month', t.m + 1), lit('月')] : [part('year', Y), lit('/'), part('month', M)]; } else if (m && d) { out = text ? [part('month', M), lit('月'), part('day', D), lit('日')] : [part('month', M), lit('/'), part('day', D)]; } else if (y) { out = [part('year', Y), lit('年')]; } else if (m) { out = m === 'long' ? [part('month', TEXT_MONTHS[t.m] + '月')] : m === 'short' ? [part('month', M + '月')] : [part('month', M), lit('月')]; } else if (d) { out = [part('day', D), lit('日')]; }
    } else {
      var N = m === 'long' ? EN_MONTHS[t.m] : m === 'short' ? EN_MONTHS[t.m].substring(0, 3) : M;
      if (y && m && d) { out = text ? [part('month', N), lit(' '), part('day', D), lit(', '), part('year', Y)] : [part('month', N), lit('/'), part('day', D), lit('/'), part('year', Y)]; } else if (y && m) { out = text ? [part('month', N), lit(' '), part('year', Y)] : [part('month', N), lit('/'), part('year', Y)]; } else if (m && d) { out = text ? [part('month', N), lit(' '), part('day', D)] : [part('month', N), lit('/'), part('day', D)]; } else if (y) { out = [part('year', Y)]; } else if (m) { out = [part('month', N)]; } else if (d) { out = [part('day', D)]; }
    }
    if (o.weekday) {
      var w = loc === 'zh' ? (o.weekday === 'long' ? '星期' : '周') + ZH_DAYS[t.w] : o.weekday === 'long' ? EN_DAYS[t.w] : EN_DAYS[t.w].substring(0, 3);
      if (out.length === 0) { return [part('weekday', w)]; }
      if (!text) { return null; }
      return loc === 'zh' ? out.concat([part('weekday', w)]) : [part('weekday', w), lit(', ')].concat(out);
    }
    return out;
  };
  // the parts of the time's fields; null for a combination not known here (a minute or second without the hour)
  var timeParts = function (loc, o, t) {
    if (!o.hour) { return o.minute || o.second ? null : []; }
    if (o.second && !o.minute) { return null; }
    var twelve = o.hour12 === undefined ? loc === 'en' : o.hour12, h = twelve ? (t.h % 12 === 0 ? 12 : t.h % 12) : t.h;
    // a 24-hour clock pads the hour when the minute is numeric (09:07), not when it is 2-digit (9:07)
    if (!twelve && o.hour === 'numeric' && o.minute === '2-digit' && loc === 'en') { return null; }
    var H = o.hour === '2-digit' || !twelve && o.minute === 'numeric' ? pad(h) : h, out = [part('hour', H)];
    if (!o.minute) {
      if (loc === 'zh') { return (twelve ? [part('dayPeriod', t.h < 12 ? '上午' : '下午')] : []).concat([part('hour', H), lit('时')]); }
      if (!twelve) { return [part('hour', pad(h))]; }
    }
    if (o.minute) { out.push(lit(':')); out.push(part('minute', pad(t.mi))); }
    if (o.second) { out.push(lit(':')); out.push(part('second', pad(t.s))); }
    if (!twelve) { return out; }
    if (loc === 'zh') { return [part('dayPeriod', t.h < 12 ? '上午' : '下午')].concat(out); }
    return out.concat([lit(' '), part('dayPeriod', t.h < 12 ? 'AM' : 'PM')]);
  };
  // the date's parts in the locale with the options (defaults added), or null when not known here
  var partsOf = function (loc, o, date) {
    var v = date.getTime(), u = o.zone === 'utc';
    var t = { y: u ? date.getUTCFullYear() : date.getFullYear(), m: u ? date.getUTCMonth() : date.getMonth(),
      d: u ? date.getUTCDate() : date.getDate(), w: u ? date.getUTCDay() : date.getDay(), h: u ? date.getUTCHours() : date.getHours(),
      mi: u ? date.getUTCMinutes() : date.getMinutes(), s: u ? date.getUTCSeconds() : date.getSeconds() };
    if (isNaN(v) || t.y < 1000 || t.y > 9999) { return null; }
    var dp = dateParts(loc, o, t), tp = timeParts(loc, o, t);
    if (dp === null || tp === null) { return null; }
    if (dp.length === 0) { return tp; }
    if (tp.length === 0) { return dp; }
    var textual = o.month === 'long' || o.month === 'short' || o.dateStyle === 'long';
    return merged(dp.concat([lit(loc === 'zh' ? ' ' : textual ? ' at ' : ', ')]).concat(tp));
  };
  // literals side by side are one part, as Chrome gives them ('日 ' between the day and the hour)
  var merged = function (parts) {
    var out = [];
    for (var i = 0; i < parts.length; i++) {
      var last = out[out.length - 1];
      if (last && last.type === 'literal' && parts[i].type === 'literal') { last.value += parts[i].value; } else { out.push(parts[i]); }
    }
    return out;
  };
  // a date formatted in the reader's own locale, which is not known (Chromium headless writes 1/5/2020, a Chinese
  // reader's Chrome 2020/1/5): a page counting by it may count otherwise; a time of day alone (a footer clock) is let be
  var readerDate = function (locales, o) {
    return (locales === undefined || Array.isArray(locales) && locales.length === 0)
      && !!(o.year || o.month || o.day || o.weekday || o.dateStyle);
  };
  var joined = function (parts) {
    var s = '';
    for (var i = 0; i < parts.length; i++) { s += parts[i].value; }
    return s;
  };
  var dateOf = function (d) {
    if (d === undefined) { return new Date(); }
    return d instanceof proto.constructor || Object.prototype.toString.call(d) === '[object Date]' ? d : new Date(Number(d));
  };
  var PageFormat = function (locales, options) {
    if (!(this instanceof PageFormat)) { return new PageFormat(locales, options); }
    this.loc = localeOf(locales);
    this.opts = optionsOf(options);
    this.asked = 'Intl.DateTimeFormat(' + show(locales) + ', ' + show(options) + ')';
    this.reader = this.opts !== null && readerDate(locales, withDefaults(this.opts, 'date'));
    this.real = new RealFormat(locales, options);
  };
  PageFormat.prototype.formatToParts = function (d) {
    var date = dateOf(d);
    if (isNaN(date.getTime())) { throw new RangeError('Invalid time value'); }
    var parts = this.loc && this.opts ? partsOf(this.loc, withDefaults(this.opts, 'date'), date) : null;
    if (parts === null) {
      unfollowed(this.asked);
      return [part('literal', this.real.format(date))];
    }
    if (this.reader) { unfollowed(this.asked + ' (the reader\'s own locale)'); }
    return parts;
  };
  PageFormat.prototype.format = function (d) { return joined(this.formatToParts(d)); };
  PageFormat.prototype.resolvedOptions = function () {
    var r = { locale: this.loc === 'zh' ? 'zh-CN' : this.loc === 'en' ? 'en-US' : 'zh-CN', calendar: 'gregory', numberingSystem: 'latn',
      timeZone: this.opts && this.opts.zone === 'utc' ? 'UTC' : 'Asia/Shanghai' }, o = this.opts ? withDefaults(this.opts, 'date') : {}, k;
    for (k in FIELDS) { if (FIELDS.hasOwnProperty(k) && o[k]) { r[k] = o[k]; } }
    return r;
  };
  PageFormat.supportedLocalesOf = function (l) { return RealFormat.supportedLocalesOf ? RealFormat.supportedLocalesOf(l) : []; };
  Intl.DateTimeFormat = PageFormat;
  // toLocale*String as Chrome gives them: the options, with the date's, the time's or both's fields when none is named
  var localeString = function (real, which, name) {
    return function (locales, options) {
      if (isNaN(this.getTime())) { return 'Invalid Date'; }
      var loc = localeOf(locales), o = optionsOf(options);
      if (o && which === 'timeOnly' && (o.year || o.month || o.day || o.weekday || o.dateStyle)) { o = null; }
      var parts = loc && o ? partsOf(loc, withDefaults(o, which), this) : null;
      var asked = 'Date.prototype.' + name + '(' + show(locales) + (options === undefined ? '' : ', ' + show(options)) + ')';
      if (parts === null) {
        unfollowed(asked);
        return real.apply(this, arguments);
      }
      if (readerDate(locales, withDefaults(o, which))) { unfollowed(asked + ' (the reader\'s own locale)'); }
      return joined(parts);
    };
  };
  proto.toLocaleDateString = localeString(realDate, 'dateOnly', 'toLocaleDateString');
  proto.toLocaleString = localeString(realString, 'both', 'toLocaleString');
  proto.toLocaleTimeString = localeString(realTime, 'timeOnly', 'toLocaleTimeString');
  // numbers: the digits grouped by three and rounded half away from zero on their shortest decimal form, as ICU does;
  // zh-CN and en-US write them alike, and so does a call naming no locale
  var NUMBER_OPTIONS = { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 1, style: 1, localeMatcher: 1 };
  var numberOptionsOf = function (locales, options) {
    var loc = Array.isArray(locales) && locales.length === 0 ? 'zh' : localeOf(locales);
    checkOptions(options);
    if (!loc) { return null; }
    var o = { min: 0, max: 3, group: true }, k;
    if (options === undefined) { return o; }
    if (typeof options !== 'object') { return null; }
    for (k in options) {
      if (!Object.prototype.hasOwnProperty.call(options, k) || options[k] === undefined) { continue; }
      if (!NUMBER_OPTIONS.hasOwnProperty(k)) { return null; }
    }
    if (options.style !== undefined && options.style !== 'decimal') { return null; }
    if (options.useGrouping !== undefined) { o.group = !!options.useGrouping; }
    var min = options.minimumFractionDigits, max = options.maximumFractionDigits;
    if (min !== undefined) { min = Number(min); if (!(min >= 0 && min <= 20 && min % 1 === 0)) { return null; } o.min = min; o.max = Math.max(3, min); }
    if (max !== undefined) { max = Number(max); if (!(max >= 0 && max <= 20 && max % 1 === 0)) { return null; } o.max = max; if (min === undefined) { o.min = 0; } }
    if (o.min > o.max) { return null; }
    return o;
  };
  var numberText = function (o, x) {
    if (isNaN(x)) { return 'NaN'; }
    if (!isFinite(x)) { return x < 0 ? '-∞' : '∞'; }
    var negative = x < 0 || (x === 0 && 1 / x < 0), s = String(Math.abs(x));
    if (/e/i.test(s)) { return null; }
    var dot = s.indexOf('.'), whole = dot < 0 ? s : s.substring(0, dot), frac = dot < 0 ? '' : s.substring(dot + 1);
    if (frac.length > o.max) {
      var up = frac.charAt(o.max) >= '5', digits = (whole + frac.substring(0, o.max)).split(''), i = digits.length - 1;
      frac = frac.substring(0, o.max);
      if (up) {
        while (i >= 0 && digits[i] === '9') { digits[i] = '0'; i--; }
        if (i < 0) { digits.unshift('1'); } else { digits[i] = String(Number(digits[i]) + 1); }
        whole = digits.slice(0, digits.length - o.max).join('');
        frac = digits.slice(digits.length - o.max).join('');
      }
    }
    while (frac.length > o.min && frac.charAt(frac.length - 1) === '0') { frac = frac.substring(0, frac.length - 1); }
    while (frac.length < o.min) { frac += '0'; }
    if (o.group) { whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
    var text = whole + (frac.length > 0 ? '.' + frac : '');
    return negative ? '-' + text : text;
  };
  var PageNumber = function (locales, options) {
    if (!(this instanceof PageNumber)) { return new PageNumber(locales, options); }
    this.opts = numberOptionsOf(locales, options);
    this.asked = 'Intl.NumberFormat(' + show(locales) + ', ' + show(options) + ')';
    this.real = new RealNumber(locales, options);
  };
  PageNumber.prototype.format = function (x) {
    var text = this.opts ? numberText(this.opts, Number(x)) : null;
    if (text === null) {
      unfollowed(this.asked);
      return this.real.format(x);
    }
    return text;
  };
  PageNumber.prototype.resolvedOptions = function () {
    return { locale: 'zh-CN', numberingSystem: 'latn', style: 'decimal', minimumIntegerDigits: 1,
      minimumFractionDigits: this.opts ? this.opts.min : 0, maximumFractionDigits: this.opts ? this.opts.max : 3,
      useGrouping: this.opts ? this.opts.group : true };
  };
  PageNumber.supportedLocalesOf = function (l) { return RealNumber.supportedLocalesOf ? RealNumber.supportedLocalesOf(l) : []; };
  Intl.NumberFormat = PageNumber;
  Number.prototype.toLocaleString = function (locales, options) {
    var o = numberOptionsOf(locales, options), text = o ? numberText(o, Number(this)) : null;
    if (text === null) {
      unfollowed('Number.prototype.toLocaleString(' + show(locales) + (options === undefined ? '' : ', ' + show(options)) + ')');
      return realNumberString.apply(this, arguments);
    }
    return text;
  };
})();
