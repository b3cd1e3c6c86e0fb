/* vc dashboard, part 1 of 8: opens the one IIFE; helpers, the data and its indexes.
 * Concatenate in this order: dashboard-util.js, dashboard-home.js, dashboard-map.js, dashboard-area.js,
 * dashboard-events.js, dashboard-people.js, dashboard-tables.js, dashboard-main.js (which closes the IIFE).
 * Every data value goes into the page as text (textContent, text nodes) or through esc() in ECharts
 * formatters; nothing from the data is ever parsed as HTML. */
(function () {
'use strict';

const VC = {};                         // the parts share this object (private to the IIFE)
const D = JSON.parse(document.getElementById('vc-data').textContent);
VC.D = D;
VC.internal = D.mode !== 'shared';
// Data with no people (a police.uk download) has no people or networks screens.
VC.people = VC.internal && D.source !== 'police-uk';
VC.charts = [];

// ---- escaping and DOM -------------------------------------------------------------------------------
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** The one escape for text that ECharts will treat as HTML (tooltip formatters). */
function esc(v) { return String(v === null || v === undefined ? '' : v).replace(/[&<>"']/g, c => ESC[c]); }
VC.esc = esc;

/** el('td', {class: 'x', data: {area: id}}, 'text', child…): children that are not nodes become text nodes. */
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const k of Object.keys(attrs)) {
      const v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'data') for (const dk of Object.keys(v)) e.dataset[dk] = String(v[dk]);
      else if (k === 'on') for (const ev of Object.keys(v)) e.addEventListener(ev, v[ev]);
      else if (k === 'text') e.textContent = String(v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(e, kids);
  return e;
}
function append(e, kids) {
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) append(e, k);
    else e.appendChild(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return e;
}
function $(id) { return document.getElementById(id); }
function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
function setText(e, t) { if (e) e.textContent = t === null || t === undefined ? '' : String(t); return e; }
VC.el = el; VC.$ = $; VC.clear = clear; VC.setText = setText; VC.append = append;

/** A table from a header list and row arrays (cells: text, node, or {text|node, class, data}). */
function table(t, head, rows, opts) {
  clear(t);
  if (opts && opts.caption) t.appendChild(el('caption', null, opts.caption));
  if (head) t.appendChild(el('thead', null, el('tr', null, head.map(h => el('th', { scope: 'col', class: h && h.cls }, h && h.text !== undefined ? h.text : h)))));
  const tb = el('tbody');
  for (const r of rows) tb.appendChild(row(r));
  t.appendChild(tb);
  return tb;
}
function row(r) {
  const cells = Array.isArray(r) ? r : r.cells;
  const tr = el('tr', Array.isArray(r) ? null : r.attrs);
  for (const c of cells) {
    if (c !== null && typeof c === 'object' && !(c instanceof Node) && !Array.isArray(c)) {
      tr.appendChild(el(c.th ? 'th' : 'td', { class: c.cls, scope: c.th ? 'row' : null, data: c.data }, c.node || c.text));
    } else tr.appendChild(el('td', null, c));
  }
  return tr;
}
VC.table = table; VC.row = row;

function options(sel, list, value) {   // list: [[value, label]]
  clear(sel);
  for (const [v, l] of list) sel.appendChild(el('option', { value: v }, l));
  if (value !== undefined && list.some(o => String(o[0]) === String(value))) sel.value = String(value);
  return sel;
}
VC.options = options;

// ---- numbers ----------------------------------------------------------------------------------------
const nf = new Intl.NumberFormat('en-GB');
VC.int = v => (v === null || v === undefined ? 'suppressed' : nf.format(v));
VC.f4 = v => (v === null || v === undefined ? '' : Number(v).toFixed(4));
VC.f1 = v => (v === null || v === undefined ? '' : (Math.round(v * 10) / 10).toFixed(1));
// Whole numbers (counts, steps) as they are; harm, rates and weights as the CSV files write them
// (four decimals); both with thousands separators.
const nf4 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 4, maximumFractionDigits: 4 });
VC.nice = v => (v === null || v === undefined ? 'suppressed' : Number.isInteger(v) ? nf.format(v) : nf4.format(v));
/** "12 of 79 (15.2 %)" */
VC.ofText = (n, of) => {
  if (n === null || n === undefined) return 'suppressed';
  if (!of) return n + ' of ' + (of === null || of === undefined ? '?' : of) + ' (—)';
  return nf.format(n) + ' of ' + nf.format(of) + ' (' + (100 * n / of).toFixed(1) + ' %)';
};
VC.pct = s => (s === null || s === undefined ? '' : (100 * s).toFixed(1) + ' %');

// ---- the data, indexed once ---------------------------------------------------------------------------
VC.TY = D.typologies || ['ALL'];
VC.levels = D.levels || [];
VC.levelByName = new Map(VC.levels.map((l, i) => [l.level, Object.assign({ index: i }, l)]));
VC.level = name => VC.levelByName.get(name);
VC.areaIndex = new Map();            // level -> Map(area id -> index)
for (const l of VC.levels) VC.areaIndex.set(l.level, new Map(l.areas.map((a, i) => [a.id, i])));
VC.areaId = (lv, a) => { const l = VC.level(lv); return a >= l.areas.length ? 'UNASSIGNED' : l.areas[a].id; };
VC.areaName = (lv, a) => { const l = VC.level(lv); return a >= l.areas.length ? 'UNASSIGNED (no area of the level)' : (l.areas[a].name || l.areas[a].id); };
VC.hasPopulation = lv => VC.level(lv).areas.some(a => a.population !== null && a.population !== undefined);
VC.periodsOf = t => (D.periods && D.periods[t]) || [];
VC.PERIOD_NAMES = { month: 'month', quarter: 'quarter', year: 'calendar year', fy: 'financial year' };
VC.CAT_COLOURS = { HIGH_HARM: '#c0392b', INVOLVED: '#e67e22', CONNECTED: '#2e86c1', NONE: '#9aa5b1' };
VC.CATS = ['HIGH_HARM', 'INVOLVED', 'CONNECTED', 'NONE'];
VC.tyName = t => (t === 'ALL' ? 'ALL violent crime' : t);

/** Figures of one level / typology / period type, indexed lazily: byPeriod[p] = rows, byArea = Map(a -> rows). */
const figCache = new Map();
VC.fig = function (lv, ty, pt) {
  const key = lv + '\u0000' + ty + '\u0000' + pt;
  let f = figCache.get(key);
  if (f) return f;
  const rows = (((D.figures || {})[lv] || {})[ty] || {})[pt] || [];
  const n = VC.periodsOf(pt).length;
  const byPeriod = Array.from({ length: n }, () => []);
  const byArea = new Map();
  for (const r of rows) {
    if (r[1] >= 0 && r[1] < n) byPeriod[r[1]].push(r);
    let l = byArea.get(r[0]);
    if (!l) byArea.set(r[0], (l = []));
    l.push(r);
  }
  f = { rows, byPeriod, byArea };
  figCache.set(key, f);
  return f;
};
/** One area-period row or null. */
VC.figRow = function (lv, ty, pt, a, p) {
  const l = VC.fig(lv, ty, pt).byArea.get(a);
  if (!l) return null;
  for (const r of l) if (r[1] === p) return r;
  return null;
};
/** Total violent crimes for a selection (areas of the level, UNASSIGNED included); null when suppressed. */
VC.total = function (lv, ty, pt, p) {
  let s = 0;
  for (const r of VC.fig(lv, ty, pt).byPeriod[p] || []) {
    if (r[2] === null) return null;
    s += r[2];
  }
  return s;
};
VC.MEASURE_COL = { events: 2, harm: 3, rate: 6 };

/** Per-level lists keyed by area index: build a Map(a -> [rows]) once. */
const keyedCache = new Map();
VC.keyed = function (name, lv, rows, col) {
  const key = name + '\u0000' + lv;
  let m = keyedCache.get(key);
  if (m) return m;
  m = new Map();
  for (const r of rows || []) {
    const a = r[col || 0];
    let l = m.get(a);
    if (!l) m.set(a, (l = []));
    l.push(r);
  }
  keyedCache.set(key, m);
  return m;
};

/** Date "2023-04-22" -> the period label of a type, matching the labels of D.periods. */
const fyLabel = new Map();
for (const lab of VC.periodsOf('fy')) {
  const m = /^FY(\d{4})/.exec(lab);
  if (m) fyLabel.set(Number(m[1]), lab);
}
VC.periodOfDate = function (date, pt) {
  const y = Number(date.slice(0, 4)), m = Number(date.slice(5, 7));
  if (pt === 'month') return date.slice(0, 7);
  if (pt === 'quarter') return y + '-Q' + (Math.floor((m - 1) / 3) + 1);
  if (pt === 'year') return String(y);
  const fy = m >= 4 ? y : y - 1;
  return fyLabel.get(fy) || ('FY' + fy + '/' + String((fy + 1) % 100).padStart(2, '0'));
};

// ---- ECharts --------------------------------------------------------------------------------------------
VC.chart = function (node) {
  const old = echarts.getInstanceByDom(node);
  if (old) return old;
  const c = echarts.init(node, null, { renderer: 'canvas' });
  VC.charts.push(c);
  return c;
};
VC.tipStyle = { confine: true, backgroundColor: '#ffffff', borderColor: '#9fb3c8', textStyle: { color: '#1f2933', fontSize: 12 },
  extraCssText: 'max-width:360px;white-space:normal;' };
/** tooltip html from [label, value] pairs and a bold title; every piece escaped. */
VC.tipHtml = function (title, pairs) {
  let h = '<b>' + esc(title) + '</b>';
  for (const [k, v] of pairs) h += '<br>' + esc(k) + ': ' + esc(v);
  return h;
};

function notify(msg) { console.warn('vc dashboard: ' + msg); }
VC.notify = notify;
