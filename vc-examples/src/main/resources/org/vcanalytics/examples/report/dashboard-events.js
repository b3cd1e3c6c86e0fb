/* vc dashboard, part 5 of 8: the violent crime events screen (internal mode). */

VC.ev = { typology: 'ALL', level: null, area: 'ALL', periodType: 'year', period: 'ALL', rows: [], shown: 0 };

VC.buildEvents = function () {
  const $ = VC.$, D = VC.D, ev = VC.ev;
  ev.level = VC.sel ? VC.sel.level : (VC.levels[0] || {}).level;
  if (!ev.level) {
    VC.setText($('events-note'), 'No areas or figures in this dashboard, so there is no list of events to filter; events.csv has every violent crime.');
    for (const id of ['ev-typology', 'ev-level', 'ev-area', 'ev-period-type', 'ev-period']) $(id).disabled = true;
    return;
  }
  if (VC.sel) { ev.typology = VC.sel.typology; ev.periodType = VC.sel.periodType; ev.period = VC.periodsOf(VC.sel.periodType)[VC.sel.period]; }
  else { const ys = VC.periodsOf('year'); ev.period = ys[ys.length - 1]; }
  VC.options($('ev-typology'), VC.TY.map(t => [t, VC.tyName(t)]), ev.typology);
  VC.options($('ev-level'), VC.levels.map(l => [l.level, l.level]), ev.level);
  VC.options($('ev-period-type'), (D.period_types || ['year']).map(t => [t, VC.PERIOD_NAMES[t] || t]), ev.periodType);
  VC.fillEvAreas();
  VC.fillEvPeriods();
  const on = (id, f) => $(id).addEventListener('change', e => { f(e.target.value); VC.updateEvents(); });
  on('ev-typology', v => { ev.typology = v; });
  on('ev-level', v => { ev.level = v; ev.area = 'ALL'; VC.fillEvAreas(); });
  on('ev-area', v => { ev.area = v; });
  on('ev-period-type', v => {
    const old = ev.period === 'ALL' ? null : ev.period;
    ev.periodType = v;
    ev.period = old === null ? 'ALL' : VC.periodsOf(v)[VC.matchPeriod(old, v)];
    VC.fillEvPeriods();
  });
  on('ev-period', v => { ev.period = v; });
  $('events-more').addEventListener('click', () => VC.renderEventRows(ev.shown + 100));
  const t = $('events-table');
  VC.table(t, VC.EV_HEAD, []);
  VC.updateEvents();
};
VC.EV_HEAD = ['crime', 'date', 'offence', { text: 'harm weight', cls: 'num' }, 'typologies', 'reasons'];

VC.fillEvAreas = function () {
  const ev = VC.ev, lv = VC.level(ev.level);
  const list = [['ALL', 'all areas']].concat(lv.areas.map(a => [a.id, (a.name && a.name !== a.id ? a.name + ' (' + a.id + ')' : a.id)]));
  if (lv.unassigned !== false) list.push(['UNASSIGNED', 'UNASSIGNED (no area of the level)']);
  VC.options(VC.$('ev-area'), list, ev.area);
};
VC.fillEvPeriods = function () {
  const ev = VC.ev, ps = VC.periodsOf(ev.periodType);
  VC.options(VC.$('ev-period'), [['ALL', 'all ten years']].concat(ps.map(l => [l, l]).reverse()), ev.period);
  ev.period = VC.$('ev-period').value;
};

/** The count for the filter, from the figures (equal to the map's count of the same selection). */
VC.eventsCount = function () {
  const ev = VC.ev, lv = VC.level(ev.level), n = lv.areas.length;
  const f = VC.fig(ev.level, ev.typology, ev.periodType);
  const a = ev.area === 'ALL' ? null : ev.area === 'UNASSIGNED' ? n : VC.areaIndex.get(ev.level).get(ev.area);
  const p = ev.period === 'ALL' ? null : VC.periodsOf(ev.periodType).indexOf(ev.period);
  let s = 0;
  const add = r => { if (r[2] === null) s = null; else if (s !== null) s += r[2]; };
  if (a === null) {
    if (p === null) for (const r of f.rows) add(r);
    else for (const r of f.byPeriod[p] || []) add(r);
  } else {
    for (const r of f.byArea.get(a) || []) if (p === null || r[1] === p) add(r);
  }
  return s;
};

VC.updateEvents = function () {
  const ev = VC.ev, E = VC.D.events, $ = VC.$;
  const lv = VC.level(ev.level), li = lv.index, n = lv.areas.length;
  const ti = VC.TY.indexOf(ev.typology);
  const bit = ti > 0 ? 1 << (ti - 1) : 0;
  const a = ev.area === 'ALL' ? null : ev.area === 'UNASSIGNED' ? n : VC.areaIndex.get(ev.level).get(ev.area);
  const ps = VC.periodsOf(ev.periodType);
  const label = ev.period === 'ALL' ? null : ev.period;
  const inRange = new Set(ps);
  const out = [];
  for (const r of E.rows) {
    if (bit && !(r[4] & bit)) continue;
    if (a !== null && r[6][li] !== a) continue;
    const p = VC.periodOfDate(r[1], ev.periodType);
    if (label === null ? !inRange.has(p) : p !== label) continue;
    out.push(r);
  }
  ev.rows = out;
  const count = VC.eventsCount();
  VC.setText($('events-count'), count === null ? 'suppressed' : String(count));
  VC.setText($('events-count-note'), ' violent crimes: ' + VC.tyName(ev.typology) + ', ' +
    (a === null ? 'all areas of ' + ev.level : VC.areaName(ev.level, a)) + ', ' + (label === null ? 'the ten years' : label) +
    ' (counted from the hotspot figures, as on the map).');
  const capped = E.shown < E.total;
  const notes = [];
  if (capped) notes.push('The list is capped: it holds the ' + VC.int(E.shown) + ' most recent of the ' + VC.int(E.total) +
    ' violent crimes, so it can show fewer rows than the count (events.csv has them all).');
  notes.push(VC.int(out.length) + ' listed crimes match the filter.');
  if (count !== null && out.length !== count && !capped) notes.push('The list and the count differ (crimes outside the ten-year figures).');
  VC.setText($('events-note'), notes.join(' '));
  VC.$('events-note').dataset.capped = capped ? 'true' : 'false';
  VC.renderEventRows(100);
};

VC.renderEventRows = function (limit) {
  const ev = VC.ev, E = VC.D.events, t = VC.$('events-table'), el = VC.el;
  let tb = t.tBodies[0];
  if (!tb || limit <= 100) tb = VC.table(t, VC.EV_HEAD, []);
  const end = Math.min(limit, ev.rows.length);
  const frag = document.createDocumentFragment();
  for (let k = limit <= 100 ? 0 : ev.shown; k < end; k++) {
    const r = ev.rows[k];
    const off = E.offences[r[2]] || ['?', ''];
    const tys = [];
    for (let b = 0; b < VC.TY.length - 1; b++) if (r[4] & (1 << b)) tys.push(VC.TY[b + 1]);
    const reasons = el('ul', { class: 'reasons' });
    for (const ri of r[5] || []) reasons.appendChild(el('li', null, E.reasons[ri] === undefined ? '' : E.reasons[ri]));
    frag.appendChild(VC.row({ attrs: { data: { crime: r[0] } }, cells: [
      { cls: 'id', text: r[0] }, { cls: 'date', text: VC.D.source === 'police-uk' ? r[1].slice(0, 7) : r[1] },   // police.uk: the month only { cls: 'offence', node: el('span', null, el('code', null, off[0]), ' ', off[1]) },
      { cls: 'num', text: VC.nice(r[3]) }, { cls: 'typologies', node: el('span', null, tys.map(t => el('span', { class: 'tag' }, t))) },
      { cls: 'reasons', node: reasons }] }));
  }
  tb.appendChild(frag);
  ev.shown = end;
  const more = VC.$('events-more');
  more.hidden = end >= ev.rows.length;
  VC.setText(more, 'Show the next ' + Math.min(100, ev.rows.length - end) + ' (' + VC.int(end) + ' of ' + VC.int(ev.rows.length) + ' shown)');
};
