/* vc dashboard, part 4 of 8: the area panel (trend, rank and share, origins, schools, factors, people). */

VC.openArea = function (areaId, opts) {
  const $ = VC.$, el = VC.el, D = VC.D;
  if (!VC.sel) { VC.show('hotspots'); }
  if (VC.current !== 'hotspots') VC.show('hotspots');
  const s = VC.sel;
  if (!s || !s.level) return false;
  areaId = String(areaId);
  if (areaId !== 'UNASSIGNED' && !VC.areaIndex.get(s.level).has(areaId)) {   // an area of another level: switch to it
    const other = VC.levels.find(l => VC.areaIndex.get(l.level).has(areaId));
    if (!other) return false;
    s.level = other.level;
    $('ctl-level').value = other.level;
    VC.updateHotspots(true);
  }
  const lvName = s.level, lv = VC.level(lvName), n = lv.areas.length;
  const a = areaId === 'UNASSIGNED' ? n : VC.areaIndex.get(lvName).get(areaId);
  if (a === undefined) return false;
  VC.openAreaId = areaId;
  const panel = $('area-panel');
  panel.hidden = false;
  const area = a < n ? lv.areas[a] : { id: 'UNASSIGNED', name: 'UNASSIGNED', population: null };
  VC.setText(panel.querySelector('h3.area-name'), area.name || area.id);
  panel.dataset.area = area.id;

  // the current selection: figures, rank and share
  const label = VC.periodsOf(s.periodType)[s.period];
  const r = VC.figRow(lvName, s.typology, s.periodType, a, s.period);
  const fp = VC.clear(panel.querySelector('.area-figures'));
  VC.append(fp, ['Level ', lvName, ', id ', el('code', null, area.id),
    area.population ? ', population ' + VC.int(area.population) : ', no population given', '. ',
    VC.tyName(s.typology) + ', ' + label + ': ',
    el('strong', null, r ? VC.int(r[2]) : '0'), ' violent crimes, harm ', r ? (r[3] === null ? 'suppressed' : VC.nice(r[3])) : '0',
    r && r[6] !== null && r[6] !== undefined ? ', rate ' + VC.nice(r[6]) + ' per 1,000' : '',
    ', rank ', r && r[8] !== null && r[8] !== undefined ? String(r[8]) + ' of ' + n : (a >= n ? '— (UNASSIGNED is not ranked)' : '—'),
    ', share of the level ', r ? VC.pct(r[7]) : '0 %', '.',
    a >= n ? ' UNASSIGNED crimes have no area of the level; they are counted, never drawn.' : '']);

  VC.areaTrend(lvName, a);
  VC.areaOrigins(lvName, a);
  VC.areaSchools(lvName, a);
  VC.areaFactors(lvName, a);
  if (VC.people) VC.areaPeople(lvName, a);
  if (!opts || !opts.keepScroll) {
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: 'start' });
  }
  return true;
};

VC.areaTrend = function (lvName, a) {
  const el = VC.el, years = VC.periodsOf('year');
  const tys = VC.D.trend_typologies || VC.TY;
  const val = {};
  for (const t of tys) {
    const arr = years.map(() => 0);
    for (const r of VC.fig(lvName, t, 'year').byArea.get(a) || []) if (r[1] < arr.length) arr[r[1]] = r[2];
    val[t] = arr;
  }
  const chart = VC.chart(VC.$('area-trend'));
  chart.setOption({
    animation: false,
    color: ['#102a43', '#c0392b', '#7d3c98', '#e67e22', '#117a65', '#2e86c1', '#b7950b', '#7f8c8d'],
    tooltip: Object.assign({ trigger: 'axis', formatter: ps => {
      if (!ps.length) return '';
      return VC.tipHtml(ps[0].axisValue, ps.map(p => [p.seriesName, p.value === null || p.value === '-' ? 'suppressed' : p.value]));
    } }, VC.tipStyle),
    legend: { type: 'scroll', top: 0, textStyle: { fontSize: 11 } },
    grid: { left: 44, right: 16, top: 34, bottom: 28 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', minInterval: 1, name: 'violent crimes', nameTextStyle: { fontSize: 11, align: 'left' } },
    series: tys.map(t => ({ name: t, type: 'line', data: val[t].map(v => (v === null ? '-' : v)), symbolSize: 5,
      lineStyle: { width: t === 'ALL' ? 3 : 1.5 } }))
  }, { notMerge: true });
  const head = [{ text: 'year' }].concat(tys.map(t => ({ text: t, cls: 'num' })));
  const rows = years.map((y, i) => ({ attrs: { data: { period: y } },
    cells: [{ th: true, text: y }].concat(tys.map(t => ({ cls: 'num', data: { typology: t }, text: val[t][i] === null ? 'suppressed' : String(val[t][i]) }))) }));
  VC.table(VC.$('area-panel').querySelector('table.area-trend-table'), head, rows,
    { caption: 'Violent crimes per calendar year and typology' + (VC.D.as_of && !/-12-31$/.test(VC.D.as_of) ? ' (the last year is cut short by the as-of date)' : '') });
  void el;
};

VC.areaOrigins = function (lvName, a) {
  const box = VC.clear(VC.$('area-origins')), el = VC.el, tr = VC.D.travel;
  box.appendChild(el('h4', null, 'Where its offenders live'));
  if (!tr || !tr.origins || !tr.origins[lvName]) { box.appendChild(el('p', { class: 'note' }, 'No offender travel for this level.')); return; }
  const o = (VC.keyed('origins', lvName, tr.origins[lvName]).get(a) || [])[0];
  if (!o) box.appendChild(el('p', { class: 'note' }, 'No offenders or suspects with a recorded home for this area.'));
  else {
    box.appendChild(el('p', null, VC.int(o[1]) + (o[1] === 1 ? ' offender or suspect; ' : ' offenders and suspects; ') + VC.ofText(o[2], o[1] - (o[4] || 0)) +
      ' with a known home live outside the area' + (o[4] ? '; ' + VC.int(o[4]) + ' have no home recorded' : '') + '.'));
  }
  const flows = (VC.keyed('flows', lvName, (tr.flows || {})[lvName]).get(a) || []).slice().sort((x, y) => y[2] - x[2] || x[1] - y[1]).slice(0, 10);
  if (flows.length) {
    VC.table(box.appendChild(el('table', { class: 'origins-table' })), ['home area', 'offenders', 'journeys'],
      flows.map(f => [VC.areaName(lvName, f[1]) + (f[1] === a ? ' (this area)' : ''), { cls: 'num', text: VC.int(f[3]) }, { cls: 'num', text: VC.int(f[2]) }]),
      { caption: 'Top home areas' });
  }
  const q = tr.distance_quartiles_m;
  if (q) box.appendChild(el('p', { class: 'note' }, 'Home-to-crime distance, all offenders: quartiles ' + q.map(v => VC.int(Math.round(v)) + ' m').join(', ') + '.'));
};

VC.areaSchools = function (lvName, a) {
  const box = VC.clear(VC.$('area-schools')), el = VC.el, sc = VC.D.schools;
  const dist = sc && sc.distance_m;
  box.appendChild(el('h4', null, 'Schools within ' + (dist ? VC.int(dist) + ' m' : 'the distance')));
  if (!sc || !sc.near || !sc.near[lvName]) { box.appendChild(el('p', { class: 'note' }, 'No school data for this level.')); return; }
  const list = (VC.keyed('schools', lvName, sc.near[lvName]).get(a) || []).slice().sort((x, y) => x[3] - y[3]);
  if (!list.length) { box.appendChild(el('p', { class: 'note' }, 'None.')); return; }
  VC.table(box.appendChild(el('table')), ['URN', 'school', 'distance'],
    list.map(s => [s[1], s[2], { cls: 'num', text: VC.int(Math.round(s[3])) + ' m' }]));
};

VC.areaFactors = function (lvName, a) {
  const box = VC.clear(VC.$('area-factors')), el = VC.el, fa = VC.D.factors;
  box.appendChild(el('h4', null, 'Contributing factors of the people of its violent crimes'));
  if (!fa || !fa.by_area || !fa.by_area[lvName]) { box.appendChild(el('p', { class: 'note' }, 'No factors for this level.')); return; }
  const r = (VC.keyed('factors', lvName, fa.by_area[lvName]).get(a) || [])[0];
  if (!r) { box.appendChild(el('p', { class: 'note' }, 'No people recorded on its violent crimes.')); return; }
  VC.table(box.appendChild(el('table')), ['factor', 'people'],
    fa.names.map((f, i) => [f, VC.ofText(r[2][i], r[1])]),
    { caption: 'Of the ' + VC.int(r[1]) + ' people; a factor not recorded is unknown, not absent.' });
};

VC.areaPeople = function (lvName, a) {
  const box = VC.clear(VC.$('area-people')), el = VC.el, P = VC.D.people;
  box.appendChild(el('h4', null, 'People in a category tied to its violent crimes'));
  const ap = P && P.area_people && P.area_people[lvName];
  const list = ap ? ((VC.keyed('area_people', lvName, ap).get(a) || [])[0] || [null, []])[1] : [];
  if (!list.length) { box.appendChild(el('p', { class: 'note' }, 'None in the dashboard.')); return; }
  const rows = list.map(i => P.rows[i]).filter(Boolean);
  rows.sort((x, y) => VC.CATS.indexOf(x[1]) - VC.CATS.indexOf(y[1]) || y[4] - x[4]);
  const shown = rows.slice(0, 300);
  VC.table(box.appendChild(el('table', { class: 'area-people-table' })), ['person', 'category', 'harm with recency'],
    shown.map(p => ({ attrs: { data: { person: p[0] }, tabindex: 0, class: 'clickable' },
      cells: [el('a', { href: '#people', class: 'person-link' }, p[0]), { node: VC.badge(p[1]) }, { cls: 'num', text: VC.nice(p[4]) }] })),
    { caption: rows.length + ' people (offender, suspect or victim); click one to open the person.' + (rows.length > shown.length ? ' The first 300 are listed.' : '') });
};

/** Rows with data-person anywhere open the person (networks tables, area people). */
VC.wirePersonRows = function () {
  const open = ev => {
    const tr = ev.target.closest && ev.target.closest('tr[data-person]');
    if (!tr) return false;
    ev.preventDefault();
    VC.openPerson(tr.dataset.person);
    return true;
  };
  document.addEventListener('click', ev => { open(ev); });
  document.addEventListener('keydown', ev => { if (ev.key === 'Enter') open(ev); });
};
