/* vc dashboard, part 3 of 8: the hotspots screen — controls, map (areas and grid), the table of areas. */

VC.SHADES = ['#fff5eb', '#fdd0a2', '#fdae6b', '#f16913', '#a63603', '#5a1a02'];
VC.GRID_COLOURS = { persistent: '#67001f', emerging: '#d6604d', former: '#4393c3', intermittent: '#9e86c8', none: '#d9e2ec' };
// Emerging hot-spot categories, in the order of grid.ehsa.categories: reds for the eight hot, blues
// for the eight cold (darker = more sustained), as ArcGIS shows them; 'no pattern' is not drawn.
VC.EHSA_COLOURS = ['#fc9272', '#ef3b2c', '#a50f15', '#cb181d', '#fcbba1', '#fb6a4a', '#e7298a', '#67000d',
  '#9ecae1', '#4292c6', '#08306b', '#2171b5', '#c6dbef', '#6baed6', '#756bb1', '#08519c', '#d9e2ec'];
VC.COUNT_COLOURS = ['#f7fcf0', '#ccebc5', '#7bccc4', '#43a2ca', '#0868ac', '#06305c'];
VC.sel = null;
VC.mapDrawn = new Map();      // level name -> Set of area indexes with a polygon
VC.mapBase = null;            // level whose polygons are drawn

VC.registerMaps = function () {
  const g = VC.D.geometry || {};
  for (const l of VC.levels) {
    const fc = g[l.level];
    if (!fc || !fc.features || !fc.features.length) continue;
    const drawn = new Set();
    const features = [];
    for (const f of fc.features) {
      const i = f.properties && f.properties.i;
      if (typeof i !== 'number' || !f.geometry) continue;
      drawn.add(i);
      features.push({ type: 'Feature', properties: { name: String(i) }, geometry: f.geometry });
    }
    echarts.registerMap('vc-' + VC.level(l.level).index, { type: 'FeatureCollection', features });
    VC.mapDrawn.set(l.level, drawn);
  }
};

VC.buildHotspots = function () {
  const $ = VC.$, D = VC.D;
  VC.registerMaps();
  const years = VC.periodsOf('year');
  VC.sel = { level: (VC.levels.find(l => VC.mapDrawn.has(l.level)) || VC.levels[0] || {}).level,
    typology: 'ALL', periodType: 'year', period: Math.max(0, years.length - 1), measure: 'events', compare: 'none',
    grid: false, gridColour: 'class' };
  VC.options($('ctl-level'), VC.levels.map(l => [l.level, l.level + (VC.mapDrawn.has(l.level) ? '' : ' (no polygons)')]), VC.sel.level);
  VC.options($('ctl-typology'), VC.TY.map(t => [t, VC.tyName(t)]), 'ALL');
  VC.options($('ctl-period-type'), (D.period_types || ['year']).map(t => [t, VC.PERIOD_NAMES[t] || t]), 'year');
  VC.fillPeriods($('ctl-period'), 'year', VC.sel.period);
  const grid = $('ctl-grid');
  if (!D.grid || !D.grid.ehsa) {
    const o = $('ctl-grid-colour').querySelector('option[value="ehsa"]');
    if (o) o.remove();
  }
  if (!D.grid || !D.grid.cells || !D.grid.cells.length) {
    grid.disabled = true;
    grid.parentNode.appendChild(VC.el('span', { class: 'note' }, ' (no grid: no located crimes)'));
    $('ctl-grid-colour').disabled = true;
  }
  const on = (id, f) => $(id).addEventListener('change', f);
  on('ctl-level', e => { VC.sel.level = e.target.value; VC.updateHotspots(true); });
  on('ctl-typology', e => { VC.sel.typology = e.target.value; VC.updateHotspots(); });
  on('ctl-period-type', e => {
    const old = VC.periodsOf(VC.sel.periodType)[VC.sel.period];
    VC.sel.periodType = e.target.value;
    VC.sel.period = VC.matchPeriod(old, VC.sel.periodType);
    VC.fillPeriods($('ctl-period'), VC.sel.periodType, VC.sel.period);
    VC.updateHotspots();
  });
  on('ctl-period', e => { VC.sel.period = Math.max(0, VC.periodsOf(VC.sel.periodType).indexOf(e.target.value)); VC.updateHotspots(); });
  on('ctl-measure', e => { VC.sel.measure = e.target.value; VC.updateHotspots(); });
  on('ctl-compare', e => { VC.sel.compare = e.target.value; VC.updateHotspots(); });
  on('ctl-grid', e => { VC.sel.grid = e.target.checked; VC.updateHotspots(); });
  on('ctl-grid-colour', e => { VC.sel.gridColour = e.target.value; VC.updateHotspots(); });
  $('area-close').addEventListener('click', () => { $('area-panel').hidden = true; });
  $('map-table-more').addEventListener('click', () => VC.renderMapTable(VC.mapTableShown + 1000));
  VC.updateHotspots(true);
};

VC.fillPeriods = function (sel, pt, p) {
  const ps = VC.periodsOf(pt);
  VC.options(sel, ps.map(l => [l, l]).reverse(), ps[p]);
};
/** The period of another type holding the end of an old label (e.g. 2024 -> 2024-12, FY2024/25). */
VC.matchPeriod = function (old, pt) {
  const ps = VC.periodsOf(pt);
  if (!old) return ps.length - 1;
  const asOf = VC.D.as_of || '';
  let date = asOf;
  const y = /^(\d{4})$/.exec(old), fy = /^FY(\d{4})/.exec(old), q = /^(\d{4})-Q(\d)$/.exec(old), m = /^(\d{4})-(\d{2})$/.exec(old);
  if (y) date = y[1] + '-12-31';
  else if (fy) date = (Number(fy[1]) + 1) + '-03-31';
  else if (q) date = q[1] + '-' + String(Number(q[2]) * 3).padStart(2, '0') + '-28';
  else if (m) date = m[1] + '-' + m[2] + '-28';
  if (asOf && date > asOf) date = asOf;
  const i = ps.indexOf(VC.periodOfDate(date, pt));
  return i >= 0 ? i : ps.length - 1;
};

VC.selection = function () {
  const s = VC.sel;
  if (!s) return null;
  return { level: s.level, typology: s.typology, periodType: s.periodType, period: VC.periodsOf(s.periodType)[s.period], measure: s.measure };
};

/** Value of the measure in a figures row (null = suppressed or no population; 0 for no row). */
VC.measureOf = function (r, measure, lv, a) {
  if (!r) {
    if (measure === 'rate') {
      const ar = VC.level(lv).areas[a];
      return ar && ar.population ? 0 : null;
    }
    return 0;
  }
  const v = r[VC.MEASURE_COL[measure]];
  return v === undefined ? null : v;
};
VC.comparePeriod = function (s) {
  if (s.compare === 'previous') return s.period > 0 ? s.period - 1 : null;
  if (s.compare === 'start') return s.period > 0 ? 0 : null;
  return null;
};
VC.changeText = function (now, before) {
  if (now === null || before === null) return 'suppressed';
  const d = now - before;
  const ds = (d > 0 ? '+' : d < 0 ? '−' : '±') + VC.nice(Math.abs(d));
  if (!before) return ds + (now ? ' (none before)' : '');
  return ds + ' (' + (d > 0 ? '+' : d < 0 ? '−' : '±') + (Math.abs(100 * d / before)).toFixed(1) + ' %)';
};

VC.updateHotspots = function (levelChanged) {
  const s = VC.sel, $ = VC.$;
  if (!s || !s.level) { VC.setText($('map-note'), 'No areas in the data.'); return; }
  const lv = VC.level(s.level);
  const hasPop = VC.hasPopulation(s.level);
  const rateOpt = $('ctl-measure').querySelector('option[value="rate"]');
  rateOpt.disabled = !hasPop;
  if (!hasPop && s.measure === 'rate') { s.measure = 'events'; $('ctl-measure').value = 'events'; }
  const f = VC.fig(s.level, s.typology, s.periodType);
  const rows = f.byPeriod[s.period] || [];
  const n = lv.areas.length;
  const drawn = VC.mapDrawn.get(s.level);
  let unassigned = 0, noPolygon = 0, suppressed = 0;
  for (const r of rows) {
    if (r[2] === null) { suppressed++; continue; }
    if (r[0] >= n) unassigned += r[2];
    else if (!drawn || !drawn.has(r[0])) noPolygon += r[2];
  }
  const label = VC.periodsOf(s.periodType)[s.period] || '';
  const notes = [];
  const total = VC.total(s.level, s.typology, s.periodType, s.period);
  notes.push(VC.tyName(s.typology) + ', ' + (VC.PERIOD_NAMES[s.periodType] || s.periodType) + ' ' + label + ': ' +
    (total === null ? VC.int(rows.reduce((t, r) => t + (r[2] || 0), 0)) + ' violent crimes in the areas whose figures are not suppressed'
      : VC.int(total) + ' violent crimes') + ' at level ' + s.level + '.');
  notes.push(VC.int(unassigned) + (total === null ? ' (not suppressed)' : ' of them') + ' have no area of the level (UNASSIGNED): counted in the table, never drawn.');
  if (noPolygon && drawn) notes.push(VC.int(noPolygon) + ' carry an area code with no polygon: in the table, not on the map.');
  if (!hasPop) notes.push('No population is given for the areas of this level, so there is no rate per 1,000.');
  else if (s.measure === 'rate') notes.push('Rates only where the area file gives a population; other areas are grey. Residents are not the people at risk in a city centre.');
  if (s.measure === 'harm') notes.push(VC.D.source === 'police-uk'
    ? 'Harm is an approximation here: police.uk gives no offence code, so each crime type has one weight (the median Crime Severity Score weight of the codes it covers).'
    : 'Harm: the crimes weighed by their harm weights (Crime Severity Score by default) and added up.');
  if (!drawn) notes.push(VC.mapBase ? 'This level has no polygons: the map shows the areas of ' + VC.mapBase + ' unshaded; the table has the figures.'
    : 'This level has no polygons: the table has the figures.');
  const conc = (VC.D.concentration || []).find(c => c.level === s.level && c.typology === s.typology);
  if (conc) notes.push('Concentration: the busiest 5 % of the areas hold ' + VC.pct(conc.top5) + ' and the busiest 10 % hold ' + VC.pct(conc.top10) + ' of the located violent crimes.');
  if (suppressed) notes.push(suppressed + ' area figures are suppressed (fewer than the threshold) and shown as "suppressed".');
  const part = VC.periodsOf(s.periodType).length - 1 === s.period && VC.D.as_of && !/-12-31$/.test(VC.D.as_of) ? ' This period is cut short by the as-of date.' : '';
  VC.setText($('map-note'), notes.join(' ') + part);
  VC.drawMap(levelChanged);
  VC.setText($('map-table-title'), 'Areas of ' + s.level + ' with violent crime — ' + VC.tyName(s.typology) + ', ' + label);
  VC.renderMapTable(1000);
  if (VC.openAreaId !== undefined && !$('area-panel').hidden) {
    if (VC.openAreaId === 'UNASSIGNED' || VC.areaIndex.get(s.level).has(VC.openAreaId)) VC.openArea(VC.openAreaId, { keepScroll: true });
    else $('area-panel').hidden = true;
  }
};

// ---- the map -------------------------------------------------------------------------------------------------
VC.mapValueList = function () {
  const s = VC.sel, out = new Map();
  const drawn = VC.mapDrawn.get(s.level);
  if (!drawn) return out;
  const byArea = VC.fig(s.level, s.typology, s.periodType).byArea;
  for (const a of drawn) {
    let r = null;
    const l = byArea.get(a);
    if (l) for (const x of l) if (x[1] === s.period) { r = x; break; }
    out.set(a, { r, v: VC.measureOf(r, s.measure, s.level, a) });
  }
  return out;
};

VC.drawMap = function (levelChanged) {
  const s = VC.sel, node = VC.$('map');
  const base = VC.mapDrawn.has(s.level) ? s.level : (VC.levels.find(l => VC.mapDrawn.has(l.level)) || {}).level;
  const grid = VC.D.grid;
  const showGrid = s.grid && grid && grid.cells && grid.cells.length;
  if (!base && !showGrid) {
    node.hidden = true;
    VC.renderLegend(null);
    return;
  }
  node.hidden = false;
  const chart = VC.chart(node);
  const shaded = base === s.level;
  const values = VC.mapValueList();
  const data = [];
  for (const [a, o] of values) {
    data.push({ name: String(a), value: o.v === null ? NaN : o.v });
  }
  const col = VC.MEASURE_COL[s.measure];
  const series = [];
  series.push({ id: 'areas', type: 'map', geoIndex: 0, data: shaded ? data : [] });
  if (showGrid) series.push(VC.gridSeries());
  else series.push({ id: 'grid', type: 'custom', coordinateSystem: 'geo', data: [], renderItem: () => null });
  const visualMap = [Object.assign({ id: 'vm', type: 'piecewise', seriesIndex: 0, pieces: VC.mapPieces(data.map(d => d.value)),
    outOfRange: { color: '#c3cad3' }, orient: 'vertical', left: 8, bottom: 12, itemWidth: 14, itemHeight: 10, itemGap: 4,
    textStyle: { color: '#243b53', fontSize: 11 }, show: shaded, selectedMode: false, hoverLink: true })];
  const opt = {
    animation: false,
    tooltip: Object.assign({ trigger: 'item' }, VC.tipStyle),
    visualMap,
    series
  };
  if (levelChanged || base !== VC.mapBase) {
    opt.geo = { id: 'geo', map: base ? 'vc-' + VC.level(base).index : undefined, roam: true, aspectScale: 1,
      layoutCenter: ['50%', '50%'], layoutSize: '96%', silent: false,
      itemStyle: { areaColor: '#eef1f4', borderColor: '#ffffff', borderWidth: 0.4 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: null, borderColor: '#102a43', borderWidth: 1.5 } },
      select: { disabled: true }, label: { show: false }, tooltip: { show: true, formatter: VC.areaTip } };
    if (!base) opt.geo = VC.gridOnlyGeo();
    VC.mapBase = base;
    chart.setOption(opt, { notMerge: true });
    chart.off('click');
    chart.on('click', p => {
      const isArea = p.seriesId === 'areas' || p.componentType === 'geo';
      if (isArea && /^\d+$/.test(String(p.name)) && VC.mapBase === VC.sel.level) VC.openArea(VC.areaId(VC.sel.level, Number(p.name)));
    });
  } else {
    chart.setOption(opt, { replaceMerge: ['series'] });
  }
  chart.setOption({ series: [{ id: 'areas', itemStyle: { opacity: showGrid ? 0.55 : 1 } }] });
  VC.renderLegend(showGrid ? s.gridColour : null, col);
};

/** Classes as in the static report: each value its own class when five or fewer, else quintiles of the areas above 0. */
VC.mapPieces = function (values, colours) {
  const SH = colours || VC.SHADES;
  const pos = values.filter(v => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  const pieces = [{ value: 0, label: '0 or none', color: SH[0] }];
  const distinct = [...new Set(pos)];
  const fmt = v => VC.nice(v);
  if (!pos.length) return pieces;
  if (distinct.length <= 5) {
    distinct.forEach((v, k) => pieces.push({ value: v, label: fmt(v), color: SH[k + 1] }));
    return pieces;
  }
  const cuts = [];
  for (const q of [0.2, 0.4, 0.6, 0.8]) {
    const c = pos[Math.min(pos.length - 1, Math.ceil(q * pos.length) - 1)];
    if (!cuts.length || c > cuts[cuts.length - 1]) cuts.push(c);
  }
  const ints = pos.every(Number.isInteger);
  const range = (lo, hi) => (ints ? (lo + 1 === hi ? fmt(hi) : fmt(lo + 1) + '–' + fmt(hi)) : '> ' + fmt(lo) + ' – ' + fmt(hi));
  let lo = 0;
  cuts.forEach((c, k) => { pieces.push({ gt: lo, lte: c, label: range(lo, c), color: SH[k + 1] }); lo = c; });
  if (pos[pos.length - 1] > lo) pieces.push({ gt: lo, label: range(lo, pos[pos.length - 1]), color: SH[cuts.length + 1] });
  return pieces;
};

/** With no polygons at all, a geo of the grid's own extent, so the cells still have a coordinate system. */
VC.gridOnlyGeo = function () {
  const g = VC.D.grid, h = g.cell_size / 2;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const c of g.cells) { x0 = Math.min(x0, c[2] - h); x1 = Math.max(x1, c[2] + h); y0 = Math.min(y0, c[3] - h); y1 = Math.max(y1, c[3] + h); }
  echarts.registerMap('vc-grid-extent', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'extent' },
    geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] } }] });
  return { id: 'geo', map: 'vc-grid-extent', roam: true, aspectScale: 1, layoutCenter: ['50%', '50%'], layoutSize: '96%',
    itemStyle: { areaColor: '#f5f7fa', borderColor: '#d9e2ec' }, emphasis: { disabled: true }, select: { disabled: true }, silent: true };
};

VC.areaTip = function (p) {
  const s = VC.sel, a = Number(p.name);
  if (!Number.isInteger(a)) return '';
  if (VC.mapBase !== s.level) {
    const b = VC.level(VC.mapBase).areas[a] || {};
    return VC.tipHtml(b.name || b.id || '', [[VC.mapBase, b.id], ['figures', 'level ' + s.level + ' has no polygons: see the table']]);
  }
  const lv = s.level;
  const r = VC.figRow(lv, s.typology, s.periodType, a, s.period);
  const area = VC.level(lv).areas[a] || {};
  const pairs = [['id', area.id], ['violent crimes', r ? VC.int(r[2]) : '0'], ['harm', r ? (r[3] === null ? 'suppressed' : VC.nice(r[3])) : '0'],
    ['rate per 1,000', r && r[6] !== null ? VC.nice(r[6]) : (area.population ? (r ? 'suppressed' : '0') : 'no population')],
    ['rank', r && r[8] !== null ? r[8] : '—'], ['share of the level', r ? VC.pct(r[7]) : '0 %']];
  const cp = VC.comparePeriod(s);
  if (cp !== null) {
    const before = VC.figRow(lv, s.typology, s.periodType, a, cp);
    pairs.push(['change ' + (s.compare === 'previous' ? 'from ' : 'from the start, ') + VC.periodsOf(s.periodType)[cp],
      VC.changeText(VC.measureOf(r, s.measure, lv, a), VC.measureOf(before, s.measure, lv, a))]);
  }
  return VC.tipHtml(area.name || area.id, pairs) + '<br><i>' + VC.esc('click for the area panel') + '</i>';
};

VC.gridSeries = function () {
  const g = VC.D.grid, s = VC.sel, h = g.cell_size / 2;
  const classes = g.classes || [];
  const byClass = s.gridColour === 'class';
  const byEhsa = s.gridColour === 'ehsa' && g.ehsa;
  const ehsa = byEhsa ? g.ehsa.categories : [];
  let cells = g.cells;
  if (byEhsa) cells = cells.filter(c => c.length > 8 && ehsa[c[8]] !== 'no pattern');
  else if (byClass) cells = cells.filter(c => classes[c[7]] !== 'none');
  else cells = cells.filter(c => c[4] > 0);
  const pieces = byClass || byEhsa ? [] : VC.mapPieces(cells.map(c => c[4]), VC.COUNT_COLOURS).slice(1);
  VC.gridPieces = pieces;
  const colourOf = c => {
    if (byEhsa) return VC.EHSA_COLOURS[c[8]] || '#829ab1';
    if (byClass) return VC.GRID_COLOURS[classes[c[7]]] || '#829ab1';
    const v = c[4];
    for (const p of pieces) if (p.value === v || (p.value === undefined && v > p.gt && (p.lte === undefined || v <= p.lte))) return p.color;
    return VC.COUNT_COLOURS[VC.COUNT_COLOURS.length - 1];
  };
  return {
    id: 'grid', type: 'custom', coordinateSystem: 'geo', geoIndex: 0, z: 5, progressive: 0, animation: false,
    data: cells.map(c => ({ value: [c[2], c[3], c[4], c[5], c[6], c[0], c[1], c[7], c.length > 8 ? c[8] : -1], itemStyle: { color: colourOf(c) } })),
    renderItem: (params, api) => {
      const e = api.value(0), n = api.value(1);
      const p1 = api.coord([e - h, n + h]), p2 = api.coord([e + h, n - h]);
      return { type: 'rect', shape: { x: p1[0], y: p1[1], width: Math.max(1, p2[0] - p1[0]), height: Math.max(1, p2[1] - p1[1]) },
        style: { fill: api.visual('color'), opacity: 0.85 } };
    },
    tooltip: { formatter: p => {
      const v = p.value;
      return VC.tipHtml('Grid cell ' + v[5] + ', ' + v[6], [['centre (easting, northing)', v[0] + ', ' + v[1]],
        ['violent crimes (all periods)', v[2]], ['Gi*', v[3]], ['p', v[4]], ['class', classes[v[7]] || ''],
        ['emerging hot-spot category', g.ehsa && v[8] >= 0 ? g.ehsa.categories[v[8]] : 'not worked out']]);
    } }
  };
};

VC.renderLegend = function (gridMode) {
  const box = VC.clear(VC.$('map-legend')), el = VC.el, s = VC.sel;
  if (VC.mapBase === s.level) {
    box.appendChild(el('p', null, el('strong', null, 'Areas: '), ({ events: 'violent crimes', harm: 'harm', rate: 'rate per 1,000 residents' })[s.measure] +
      ' — classes at the bottom left of the map: each value its own class when there are five or fewer, otherwise quintiles of the areas with any; grey = suppressed, or no population for a rate.'));
  }
  if (!gridMode) return;
  const g = VC.D.grid;
  const present = new Set(g.cells.map(c => (c.length > 8 ? c[8] : -1)));
  const items = gridMode === 'ehsa' && g.ehsa
    ? g.ehsa.categories.map((c, i) => [VC.EHSA_COLOURS[i], c, i]).filter(x => x[1] !== 'no pattern' && present.has(x[2]))
    : gridMode === 'class'
      ? (g.classes || []).filter(c => c !== 'none').map(c => [VC.GRID_COLOURS[c] || '#829ab1', c])
      : (VC.gridPieces || []).map(p => [p.color, p.label]);
  const ul = el('ul', { class: 'swatches' });
  for (const [c, t] of items) ul.appendChild(el('li', null, el('span', { class: 'swatch', style: 'background:' + c }), t));
  box.appendChild(el('p', null, el('strong', null, 'Grid cells (' + g.cell_size + ' m): '),
    gridMode === 'ehsa' && g.ehsa ? 'emerging hot-spot category over the ' + g.ehsa.periods.length + ' periods (' + VC.PERIOD_NAMES[g.ehsa.period_type] + 's ' + g.ehsa.periods[0] + ' to ' + g.ehsa.periods[g.ehsa.periods.length - 1] + '; Gi* per period, Mann–Kendall trend; cells with no pattern not drawn; ehsa.csv)'
    : gridMode === 'class' ? 'hot-spot class over the periods (cells of class none not drawn)' : 'violent crimes over all periods (each value its own class when five or fewer, else quintiles of the cells with any; empty cells not drawn)'));
  box.appendChild(ul);
};

// ---- the table of areas -----------------------------------------------------------------------------------------
VC.mapTableShown = 0;
VC.renderMapTable = function (limit) {
  const s = VC.sel, t = VC.$('map-table');
  const lv = VC.level(s.level), n = lv.areas.length;
  const rows = (VC.fig(s.level, s.typology, s.periodType).byPeriod[s.period] || []).slice();
  const col = VC.MEASURE_COL[s.measure];
  const val = r => (r[col] === null || r[col] === undefined ? -1 : r[col]);
  rows.sort((x, y) => ((x[0] >= n) - (y[0] >= n)) || (val(y) - val(x)) || (x[0] - y[0]));
  const cp = VC.comparePeriod(s);
  const head = [{ text: 'area', cls: 'name' }, { text: 'id' }, { text: 'violent crimes', cls: 'num' },
    { text: VC.D.source === 'police-uk' ? 'harm (approximate)' : 'harm', cls: 'num' },
    { text: 'offenders', cls: 'num' }, { text: 'victims', cls: 'num' }, { text: 'rate per 1,000', cls: 'num' },
    { text: 'rank', cls: 'num' }, { text: 'share', cls: 'num' },
    { text: cp === null ? 'change' : 'change in ' + s.measure + ' from ' + VC.periodsOf(s.periodType)[cp] }];
  const sup = v => (v === null ? 'suppressed' : String(v));
  const out = [];
  const shown = Math.min(limit, rows.length);
  for (let k = 0; k < shown; k++) {
    const r = rows[k], a = r[0];
    const id = VC.areaId(s.level, a);
    let change = '';
    if (cp !== null) change = VC.changeText(VC.measureOf(r, s.measure, s.level, a),
      VC.measureOf(VC.figRow(s.level, s.typology, s.periodType, a, cp), s.measure, s.level, a));
    else if (s.compare !== 'none') change = '— (no earlier period)';
    out.push({ attrs: { data: { area: id }, tabindex: 0, class: 'clickable' + (a >= n ? ' unassigned' : '') },
      cells: [{ cls: 'name', text: VC.areaName(s.level, a) }, { cls: 'id', text: id }, { cls: 'events num', text: sup(r[2]) },
        { cls: 'harm num', text: r[3] === null ? 'suppressed' : VC.f4(r[3]) }, { cls: 'num', text: sup(r[4]) }, { cls: 'num', text: sup(r[5]) },
        { cls: 'rate num', text: r[6] === null || r[6] === undefined ? (a < n && lv.areas[a].population && r[2] === null ? 'suppressed' : '') : VC.f4(r[6]) },
        { cls: 'rank num', text: r[8] === null || r[8] === undefined ? '' : String(r[8]) },
        { cls: 'share num', text: VC.f4(r[7]) }, { cls: 'change', text: change }] });
  }
  VC.table(t, head, out);
  if (!t.dataset.wired) {
    t.addEventListener('click', ev => { const tr = ev.target.closest('tr[data-area]'); if (tr) VC.openArea(tr.dataset.area); });
    t.addEventListener('keydown', ev => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const tr = ev.target.closest('tr[data-area]');
      if (tr) { ev.preventDefault(); VC.openArea(tr.dataset.area); }
    });
    t.dataset.wired = '1';
  }
  VC.mapTableShown = shown;
  VC.setText(VC.$('map-table-note'), rows.length ? 'Showing ' + shown + ' of ' + rows.length + ' areas with violent crime, most first; UNASSIGNED last. ' +
    'Click a row (or press Enter) to open the area.' : 'No violent crime in this selection.');
  VC.$('map-table-more').hidden = shown >= rows.length;
};

VC.mapValues = function () {
  const s = VC.sel, out = {};
  if (!s || !VC.mapDrawn.has(s.level)) return out;
  for (const [a, o] of VC.mapValueList()) out[VC.areaId(s.level, a)] = o.v;
  return out;
};
