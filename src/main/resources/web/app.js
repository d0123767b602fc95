// Xunlu newsroom page: sends an article to /api/extract and shows what came back.
// Plain script, no build step, no third-party code: the server's Content-Security-Policy allows
// nothing but this origin.
(function () {
  'use strict';

  // One entry per field of the contract's article, in the order the side panel lists them.
  var FIELDS = [
    { key: 'officials', label: 'Officials', zh: '\u5b98\u5458' },
    { key: 'people', label: 'People', zh: '\u4eba\u7269' },
    { key: 'organizations', label: 'Organizations', zh: '\u673a\u6784' },
    { key: 'places', label: 'Places', zh: '\u5730\u70b9' },
    { key: 'projects', label: 'Projects', zh: '\u9879\u76ee' },
    { key: 'amounts', label: 'Amounts', zh: '\u6570\u989d' },
    { key: 'counts', label: 'Counts', zh: '\u8ba1\u6570' },
    { key: 'dates', label: 'Dates', zh: '\u65e5\u671f' },
    { key: 'documents', label: 'Documents', zh: '\u6587\u4ef6' }
  ];
  var FIELD_BY_KEY = {};
  FIELDS.forEach(function (f) { FIELD_BY_KEY[f.key] = f; });

  var state = { raw: null, doc: null, text: '', fileName: null };
  var el = {};

  document.addEventListener('DOMContentLoaded', function () {
    ['article-input', 'file-input', 'file-name', 'published', 'format', 'status', 'download-button',
      'extract-button', 'error-banner', 'results', 'summary', 'cards', 'side-panel', 'engine-info']
      .forEach(function (id) { el[id] = document.getElementById(id); });
    el['extract-button'].addEventListener('click', extract);
    el['download-button'].addEventListener('click', download);
    el['file-input'].addEventListener('change', openFile);
    el['article-input'].addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); extract(); }
    });
    el['article-input'].addEventListener('input', function () { state.fileName = null; el['file-name'].textContent = ''; });
    fetch('api/health').then(function (r) { return r.json(); }).then(function (h) {
      if (h && h.engine) el['engine-info'].textContent = 'engine ' + h.engine.version + ' \u00b7 HanLP ' + h.engine.hanlp;
    }).catch(function () { /* the page works without it */ });
  });

  // ---------- input ----------

  function openFile() {
    var file = el['file-input'].files[0];
    if (!file) return;
    file.arrayBuffer().then(function (buf) {
      el['article-input'].value = decodeBytes(new Uint8Array(buf));
      state.fileName = file.name;
      el['file-name'].textContent = file.name;
      el['format'].value = /\.x?html?$/i.test(file.name) ? 'html' : 'auto';
      el['file-input'].value = '';
    });
  }

  // Chinese newsroom files are UTF-8 or GB18030; try the strict one first.
  function decodeBytes(bytes) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (notUtf8) {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }

  function extract() {
    var text = el['article-input'].value;
    if (!text.trim()) { showError('Nothing to extract', 'Paste an article or open a file first.'); return; }
    var body = {
      text: text,
      format: el['format'].value,
      published: el['published'].value || null,
      name: state.fileName || 'pasted.txt'
    };
    setBusy(true);
    hideError();
    var started = performance.now();
    fetch('api/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (raw) { return { response: response, raw: raw }; });
    }).then(function (r) {
      var doc = null;
      try { doc = parseExact(r.raw); } catch (e) { doc = null; }
      if (!r.response.ok || !doc || doc.error) {
        var err = doc && doc.error ? doc.error : { code: 'http.' + r.response.status, message: r.raw.slice(0, 300) };
        showError(err.code + ' (HTTP ' + r.response.status + ')', err.message);
        setStatus('');
        return;
      }
      state.raw = r.raw;
      // Offsets point into the source text: the extracted text for HTML, else exactly what was sent.
      render(doc, doc.source && typeof doc.source.text === 'string' ? doc.source.text : text);
      var ms = Math.round(performance.now() - started);
      var n = (doc.articles || []).length;
      setStatus(countItems(doc) + ' items found in ' + n + (n === 1 ? ' article' : ' articles') + ' \u00b7 ' + ms + ' ms');
    }).catch(function (e) {
      showError('The server did not answer', String(e));
      setStatus('');
    }).then(function () { setBusy(false); });
  }

  // Keeps numbers that do not survive a double (huge money, long decimals) as their exact digits.
  function parseExact(raw) {
    return JSON.parse(raw, function (key, value, context) {
      if (typeof value === 'number' && context && typeof context.source === 'string' &&
          String(value) !== context.source && !/e/i.test(context.source)) {
        return context.source;
      }
      return value;
    });
  }

  function download() {
    if (!state.raw) return;
    var name = (state.doc && state.doc.source && state.doc.source.name) || 'article';
    var blob = new Blob([state.raw], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name.replace(/\.[A-Za-z0-9]{1,5}$/, '') + '.xunlu.json';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // ---------- rendering ----------

  // Renders a contract document over its source text. Exposed for tests and embedding.
  function render(doc, text) {
    state.doc = doc;
    state.text = text;
    if (state.raw === null) state.raw = JSON.stringify(doc, null, 2);
    var offsets = new OffsetMap(text);
    var articles = doc.articles || [];
    var mismatches = 0;

    el['cards'].textContent = '';
    articles.forEach(function (article, ai) {
      var spans = collectSpans(article, ai, offsets);
      spans.forEach(function (s) { if (s.text != null && text.slice(s.start, s.end) !== s.text) mismatches++; });
      el['cards'].appendChild(renderCard(article, ai, text, offsets, spans));
    });
    renderSummary(doc, articles, mismatches);
    renderSidePanel(doc, articles);
    el['results'].hidden = false;
    el['download-button'].disabled = false;
  }

  // Converts code point offsets to UTF-16 indices when a span lacks startUtf16/endUtf16.
  function OffsetMap(text) {
    var table = null;
    this.u16 = function (item, which) {
      var twin = item[which + 'Utf16'];
      if (typeof twin === 'number') return twin;
      var cp = item[which];
      if (typeof cp !== 'number') return null;
      if (table === null) {
        table = [];
        for (var i = 0; i < text.length; i++) {
          table.push(i);
          var c = text.charCodeAt(i);
          if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) i++;
        }
        table.push(text.length);
      }
      return table[Math.min(cp, table.length - 1)];
    };
  }

  function list(x) { return Array.isArray(x) ? x : []; }

  function itemKey(ai, field, i) { return 'a' + ai + '-' + field + '-' + i; }

  // Every highlightable span of one article: {start, end, field, keys, tip, variant, text}.
  function collectSpans(article, ai, offsets) {
    var spans = [];
    function add(item, field, keys, tip, variant) {
      var s = offsets.u16(item, 'start'), e = offsets.u16(item, 'end');
      if (s === null || e === null || e <= s) return;
      spans.push({ start: s, end: e, field: field, keys: keys, tip: tip, variant: variant || '', text: item.text });
    }
    list(article.officials).forEach(function (o, i) {
      var k = itemKey(ai, 'officials', i);
      var tip = 'Official: ' + o.name + (list(o.titles).length ? ' \u2014 ' + o.titles.join('\u3001') : '');
      list(o.mentions).forEach(function (m) { add(m, 'officials', [k], tip + rule(m)); });
      list(o.titleMentions).forEach(function (m) { add(m, 'officials', [k], 'Title of ' + o.name + ': ' + (m.text || '') + rule(m), 'title'); });
    });
    list(article.people).forEach(function (p, i) {
      var k = itemKey(ai, 'people', i);
      list(p.mentions).forEach(function (m) { add(m, 'people', [k], 'Person: ' + p.name + (p.role ? ' (' + p.role + ')' : '') + rule(m)); });
    });
    ['organizations', 'places'].forEach(function (field) {
      list(article[field]).forEach(function (x, i) {
        var k = itemKey(ai, field, i);
        var label = field === 'places' ? 'Place: ' : 'Organization: ';
        list(x.mentions).forEach(function (m) { add(m, field, [k], label + x.name + rule(m)); });
      });
    });
    list(article.projects).forEach(function (p, i) {
      var k = itemKey(ai, 'projects', i);
      var tip = 'Project: ' + p.name + (p.status ? ' \u00b7 ' + p.status : '') + (p.investor ? ' \u00b7 investor ' + p.investor : '');
      list(p.mentions).forEach(function (m) { add(m, 'projects', [k], tip + rule(m)); });
    });
    list(article.amounts).forEach(function (a, i) {
      add(a, 'amounts', [itemKey(ai, 'amounts', i)],
        'Amount: ' + amountValue(a) + (a.kind ? ' \u00b7 ' + a.kind : '') + (a.attribute ? ' \u00b7 ' + a.attribute : '') + rule(a));
    });
    list(article.counts).forEach(function (c, i) {
      var k = itemKey(ai, 'counts', i);
      add(c, 'counts', [k], 'Count: ' + (c.subject || '') + ' ' + num(c.value) + (c.measure || '') + consistency(c) + rule(c));
      list(c.parts).forEach(function (p, j) {
        add(p, 'counts', [k, k + '-p' + j], 'Part of ' + (c.subject || 'count') + ': ' + (p.subject || '') + ' ' + num(p.value) + (p.measure || ''), 'part');
      });
    });
    list(article.dates).forEach(function (d, i) {
      add(d, 'dates', [itemKey(ai, 'dates', i)], 'Date: ' + (d.value || 'unresolved') + (d.kind ? ' \u00b7 ' + d.kind : '') + rule(d));
    });
    list(article.documents).forEach(function (d, i) {
      var k = itemKey(ai, 'documents', i);
      var tip = 'Document: ' + d.title + (list(d.issuers).length ? ' \u2014 ' + d.issuers.join('\u3001') : '');
      list(d.mentions).forEach(function (m) { add(m, 'documents', [k], tip + rule(m)); });
    });
    list(article.bylines).forEach(function (b) {
      add(b, 'bylines', [], 'Byline: ' + (b.role || '') + ' ' + (b.name || ''), 'byline');
    });
    return spans;
  }

  function rule(x) { return x && x.rule ? '\nrule: ' + x.rule : ''; }

  function renderCard(article, ai, text, offsets, spans) {
    var card = node('article', 'card');
    card.id = 'card-' + ai;
    var head = node('header', 'card-head');
    var meta = node('div', 'card-meta');
    meta.appendChild(node('span', 'badge badge-' + (article.kind || 'article'), article.kind || 'article'));
    meta.appendChild(node('span', 'card-index', '#' + (article.index != null ? article.index : ai)));
    if (article.dateline) meta.appendChild(node('span', 'dateline', article.dateline));
    if (article.region) {
      // the division the item speaks from, with how it was found (text, dateline, option)
      var region = node('span', 'region', article.region.name + ' ' + article.region.code);
      region.title = article.region.level + ', from the ' + article.region.basis;
      meta.appendChild(region);
    }
    FIELDS.forEach(function (f) {
      var n = list(article[f.key]).length;
      if (n) {
        var chip = node('span', 'mini-chip chip-' + f.key, n + ' ' + f.label.toLowerCase());
        meta.appendChild(chip);
      }
    });
    head.appendChild(meta);
    head.appendChild(node('h2', 'headline', article.headline || (article.kind === 'photo' ? 'Photo caption' : 'Untitled item')));
    list(article.subheadlines).forEach(function (s) { head.appendChild(node('p', 'subheadline', s)); });
    if (list(article.bylines).length) {
      var by = node('p', 'bylines');
      article.bylines.forEach(function (b, i) {
        if (i) by.appendChild(document.createTextNode('  \u00b7  '));
        by.appendChild(node('span', 'byline-role', b.role || ''));
        by.appendChild(document.createTextNode(' ' + (b.name || '')));
      });
      head.appendChild(by);
    }
    card.appendChild(head);

    var from = offsets.u16(article, 'start'), to = offsets.u16(article, 'end');
    if (from === null || to === null || to < from) { from = 0; to = text.length; }
    var body = node('div', 'card-text');
    highlight(body, text, from, to, spans);
    card.appendChild(body);
    return card;
  }

  // Splits [from, to) at every span boundary; each piece is marked with the innermost span over
  // it (its colour) and lists every span over it in data-keys, so nested items stay clickable.
  function highlight(container, text, from, to, spans) {
    var inside = spans.filter(function (s) { return s.end > from && s.start < to; }).map(function (s) {
      return { start: Math.max(s.start, from), end: Math.min(s.end, to), span: s };
    });
    var cuts = [from, to];
    inside.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts.sort(function (a, b) { return a - b; });
    var starts = inside.slice().sort(function (a, b) { return a.start - b.start; });
    var active = [];
    var next = 0;
    var frag = document.createDocumentFragment();
    for (var c = 0; c < cuts.length - 1; c++) {
      var a = cuts[c], b = cuts[c + 1];
      if (b <= a) continue;
      active = active.filter(function (s) { return s.end > a; });
      while (next < starts.length && starts[next].start <= a) {
        if (starts[next].end > a) active.push(starts[next]);
        next++;
      }
      var piece = text.slice(a, b);
      if (!active.length) { appendPlain(frag, piece); continue; }
      var inner = active.reduce(function (best, s) {
        return (s.end - s.start) < (best.end - best.start) ? s : best;
      });
      var mark = document.createElement('mark');
      var cls = ['hl', 'hl-' + inner.span.field];
      if (inner.span.variant) cls.push('hl-' + inner.span.variant);
      var outer = active.filter(function (s) { return s !== inner && s.span.field !== inner.span.field; });
      if (outer.length) cls.push('under-' + outer[0].span.field);
      mark.className = cls.join(' ');
      mark.dataset.field = inner.span.field;
      var keys = [];
      var tips = [];
      active.forEach(function (s) {
        s.span.keys.forEach(function (k) { if (keys.indexOf(k) < 0) keys.push(k); });
        if (tips.indexOf(s.span.tip) < 0) tips.push(s.span.tip);
      });
      mark.dataset.keys = keys.join(' ');
      mark.title = tips.join('\n\n');
      mark.textContent = piece;
      if (keys.length) mark.addEventListener('click', onMarkClick);
      frag.appendChild(mark);
    }
    container.appendChild(frag);
  }

  // Plain text; runs of blank lines (page layouts have many) are kept, in a small font, so the
  // text stays the source text character for character.
  function appendPlain(parent, piece) {
    var re = /\n[ \t\u3000]*\n(?:[ \t\u3000]*\n)*/g;
    var last = 0, m;
    while ((m = re.exec(piece)) !== null) {
      if (m.index > last) parent.appendChild(document.createTextNode(piece.slice(last, m.index + 1)));
      parent.appendChild(node('span', 'gap', piece.slice(m.index + 1, m.index + m[0].length)));
      last = m.index + m[0].length;
    }
    if (last < piece.length) parent.appendChild(document.createTextNode(piece.slice(last)));
  }

  function renderSummary(doc, articles, mismatches) {
    var box = el['summary'];
    box.textContent = '';
    var src = doc.source || {};
    var line = node('div', 'summary-line');
    line.appendChild(node('strong', null, src.name || 'article'));
    line.appendChild(node('span', 'muted', ' \u00b7 ' + (src.format || '') + ' \u00b7 ' + (src.encoding || '') +
      ' \u00b7 ' + (src.chars != null ? src.chars + ' chars' : '') +
      (src.published ? ' \u00b7 published ' + src.published : '') + ' \u00b7 ' + articles.length + (articles.length === 1 ? ' article' : ' articles')));
    box.appendChild(line);
    var legend = node('div', 'legend');
    FIELDS.forEach(function (f) {
      var n = 0;
      articles.forEach(function (a) { n += list(a[f.key]).length; });
      var chip = node('span', 'legend-chip chip-' + f.key + (n ? '' : ' empty'));
      chip.appendChild(node('span', 'swatch swatch-' + f.key));
      chip.appendChild(document.createTextNode(f.label + ' ' + n));
      chip.title = f.zh + ' \u00b7 ' + n + ' found';
      legend.appendChild(chip);
    });
    box.appendChild(legend);
    if (mismatches) {
      box.appendChild(node('div', 'warning-line', mismatches + ' span(s) did not match the text at their offsets'));
    }
  }

  function renderSidePanel(doc, articles) {
    var panel = el['side-panel'];
    panel.textContent = '';
    var many = articles.length > 1;
    var empty = [];
    FIELDS.forEach(function (f) {
      var rows = [];
      articles.forEach(function (a, ai) {
        list(a[f.key]).forEach(function (item, i) { rows.push({ ai: ai, i: i, item: item }); });
      });
      if (!rows.length) { empty.push(f.label); return; }
      var section = node('section', 'field-section field-' + f.key);
      section.dataset.field = f.key;
      var h = node('h3', 'field-title');
      h.appendChild(node('span', 'swatch swatch-' + f.key));
      h.appendChild(document.createTextNode(f.label + ' '));
      h.appendChild(node('span', 'zh', f.zh));
      h.appendChild(node('span', 'count', String(rows.length)));
      section.appendChild(h);
      var table = node('table', 'field-table');
      var cols = COLUMNS[f.key];
      var thead = node('thead');
      var tr = node('tr');
      if (many) tr.appendChild(node('th', 'col-art', '#'));
      cols.forEach(function (c) { tr.appendChild(node('th', null, c.title)); });
      thead.appendChild(tr);
      table.appendChild(thead);
      var tbody = node('tbody');
      rows.forEach(function (r) {
        var key = itemKey(r.ai, f.key, r.i);
        tbody.appendChild(row(key, r.ai, many, cols.map(function (c) { return c.value(r.item); }), ''));
        if (f.key === 'counts') {
          list(r.item.parts).forEach(function (p, j) {
            var cells = ['\u21b3 ' + (p.subject || ''), num(p.value) + (p.measure ? ' ' + p.measure : ''), ''];
            tbody.appendChild(row(key + '-p' + j, r.ai, many, cells, 'part-row'));
          });
        }
      });
      table.appendChild(tbody);
      section.appendChild(table);
      panel.appendChild(section);
    });
    if (empty.length) panel.appendChild(node('p', 'empty-fields', 'Nothing found for: ' + empty.join(' \u00b7 ')));
    var warnings = list(doc.warnings);
    if (warnings.length) {
      var w = node('details', 'warnings');
      w.appendChild(node('summary', null, warnings.length + ' layout note(s)'));
      var ul = node('ul');
      warnings.forEach(function (x) { ul.appendChild(node('li', null, x.code + ' @' + x.start + ': ' + x.message)); });
      w.appendChild(ul);
      panel.appendChild(w);
    }
  }

  function row(key, ai, many, cells, extraClass) {
    var tr = node('tr', 'item-row' + (extraClass ? ' ' + extraClass : ''));
    tr.dataset.key = key;
    tr.tabIndex = 0;
    if (many) tr.appendChild(node('td', 'col-art', String(ai)));
    cells.forEach(function (c) { tr.appendChild(node('td', null, c)); });
    tr.addEventListener('click', function () { focusItem(key, tr); });
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); focusItem(key, tr); } });
    return tr;
  }

  // What each field's table shows: the normalized values first, the surface text beside them.
  var COLUMNS = {
    officials: [
      { title: 'Name', value: function (o) { return o.name; } },
      { title: 'Titles', value: function (o) { return list(o.titles).join('\u3001'); } },
      // each title with its place, and the division code it resolved to (national posts say so)
      { title: 'Posts', value: function (o) {
        return list(o.posts).map(function (p) {
          var d = p.division;
          return p.full + (d ? ' (' + (d.code || d.level) + ')' : '');
        }).join('\u3001');
      } },
      { title: 'Mentions', value: function (o) { return '\u00d7' + list(o.mentions).length; } }
    ],
    people: [
      { title: 'Name', value: function (p) { return p.name; } },
      { title: 'Role', value: function (p) { return p.role || ''; } },
      { title: 'Mentions', value: function (p) { return '\u00d7' + list(p.mentions).length; } }
    ],
    organizations: [
      { title: 'Name', value: function (x) { return x.name; } },
      { title: 'Mentions', value: function (x) { return '\u00d7' + list(x.mentions).length; } }
    ],
    places: [
      { title: 'Name', value: function (x) { return x.name; } },
      { title: 'Mentions', value: function (x) { return '\u00d7' + list(x.mentions).length; } }
    ],
    projects: [
      { title: 'Name', value: function (p) { return p.name; } },
      { title: 'Status', value: function (p) { return [p.status, p.investor, p.location].filter(Boolean).join(' \u00b7 '); } },
      { title: 'Facts', value: function (p) {
        return list(p.facts).map(function (f) { return (f.attribute ? f.attribute + ' ' : '') + (f.amount ? amountValue(f.amount) : ''); }).join('; ');
      } }
    ],
    amounts: [
      { title: 'Text', value: function (a) { return a.text; } },
      { title: 'Value', value: function (a) { return amountValue(a); } },
      { title: 'Kind', value: function (a) { return [a.kind, a.attribute].filter(Boolean).join(' \u00b7 '); } }
    ],
    counts: [
      { title: 'Subject', value: function (c) { return c.subject || c.text; } },
      { title: 'Value', value: function (c) { return num(c.value) + (c.measure ? ' ' + c.measure : ''); } },
      { title: 'Parts', value: function (c) {
        return list(c.parts).length ? '\u03a3 ' + num(c.partsSum) + consistency(c) : '';
      } }
    ],
    dates: [
      { title: 'Text', value: function (d) { return d.text; } },
      { title: 'Value', value: function (d) { return d.value || '\u2014'; } },
      { title: 'Kind', value: function (d) { return d.kind || ''; } }
    ],
    documents: [
      { title: 'Title', value: function (d) { return d.title; } },
      { title: 'Issuers', value: function (d) { return list(d.issuers).join('\u3001'); } },
      { title: 'Mentions', value: function (d) { return '\u00d7' + list(d.mentions).length; } }
    ]
  };

  // 8000000000 CNY; ≈ for approximate, ≥ / ≤ for bounds, low–high for ranges.
  function amountValue(a) {
    if (!a || a.value == null) return '\u2014';
    var v = num(a.value);
    if (a.bound === 'range' && a.high != null) v = v + '\u2013' + num(a.high);
    var prefix = (a.approximate ? '\u2248' : '') + (a.bound === 'min' ? '\u2265' : a.bound === 'max' ? '\u2264' : '');
    return prefix + v + (a.unit ? ' ' + a.unit : '');
  }

  function consistency(c) {
    if (!list(c.parts).length) return '';
    if (c.consistent === true) return ' \u2713';
    if (c.consistent === false) return ' \u2717 exceeds total';
    return ' (partial)';
  }

  function num(v) { return v == null ? '' : String(v); }

  // ---------- interaction ----------

  function focusItem(key, sourceRow) {
    var marks = document.querySelectorAll('mark[data-keys~="' + key + '"]');
    selectRow(sourceRow);
    if (!marks.length) { setStatus('No highlight for this item (no offsets)'); return; }
    marks[0].scrollIntoView({ behavior: 'smooth', block: 'center' });
    marks.forEach(function (m) {
      m.classList.remove('flash');
      void m.offsetWidth; // restart the animation when clicked twice
      m.classList.add('flash');
    });
    setTimeout(function () { marks.forEach(function (m) { m.classList.remove('flash'); }); }, 1800);
  }

  function onMarkClick(e) {
    var keys = e.currentTarget.dataset.keys.split(' ');
    var row = null;
    for (var i = keys.length - 1; i >= 0 && !row; i--) row = document.querySelector('tr[data-key="' + keys[i] + '"]');
    if (row) {
      row.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
      selectRow(row);
    }
  }

  function selectRow(row) {
    document.querySelectorAll('tr.selected').forEach(function (r) { r.classList.remove('selected'); });
    if (row) row.classList.add('selected');
  }

  // ---------- small helpers ----------

  function countItems(doc) {
    var n = 0;
    list(doc.articles).forEach(function (a) { FIELDS.forEach(function (f) { n += list(a[f.key]).length; }); });
    return n;
  }

  function node(tag, className, text) {
    var n = document.createElement(tag);
    if (className) n.className = className;
    if (text != null) n.textContent = text;
    return n;
  }

  function setBusy(busy) {
    el['extract-button'].disabled = busy;
    el['extract-button'].textContent = busy ? 'Extracting\u2026' : 'Extract';
    if (busy) setStatus('');
  }

  function setStatus(s) { el['status'].textContent = s; }

  function showError(title, message) {
    var b = el['error-banner'];
    b.textContent = '';
    b.appendChild(node('strong', null, title));
    b.appendChild(node('span', null, ' ' + (message || '')));
    b.hidden = false;
  }

  function hideError() { el['error-banner'].hidden = true; }

  window.xunluPage = {
    render: function (doc, text) { state.raw = null; render(doc, text); },
    fields: FIELDS.map(function (f) { return f.key; })
  };
})();
