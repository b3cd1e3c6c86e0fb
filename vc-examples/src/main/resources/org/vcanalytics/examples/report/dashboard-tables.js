/* vc dashboard, part 7 of 8: the networks screen, contributing factors and the bias review. */

VC.buildNetworks = function () {
  const N = VC.D.network, $ = VC.$, el = VC.el;
  VC.indexPeople();
  if (!N) { VC.append(VC.clear($('screen-networks')), [el('h2', null, 'Networks'), el('p', null, 'No network in this dashboard.')]); return; }
  const id = v => N.nodes[v] === undefined ? String(v) : N.nodes[v];
  const cat = v => N.node_category[v] || 'NONE';
  const personRow = (v, cells) => ({ attrs: { data: { person: id(v) }, tabindex: 0, class: 'clickable' }, cells });
  VC.table($('components-table'), [{ text: '#', cls: 'num' }, { text: 'people', cls: 'num' }, { text: 'in a category', cls: 'num' }, 'first person'],
    (N.components || []).map((c, k) => personRow(c.node, [{ cls: 'num', text: k + 1 }, { cls: 'num', text: VC.int(c.size) },
      { cls: 'num', text: VC.int(c.people_in_category) }, el('span', null, el('span', { class: 'id' }, id(c.node)), ' ', VC.badge(cat(c.node)))])),
    { caption: 'Connected groups of people, largest first' + (N.component_count ? ' (' + VC.int(N.component_count) + ' in all' + ((N.components || []).length < N.component_count ? ', the ' + (N.components || []).length + ' largest listed' : '') + ')' : '') });
  if (N.communities && N.communities.length) {
    VC.table($('communities-table'), [{ text: '#', cls: 'num' }, { text: 'people', cls: 'num' }, 'a person in it'],
      N.communities.map((c, k) => personRow(c.node, [{ cls: 'num', text: k + 1 }, { cls: 'num', text: VC.int(c.size) },
        el('span', null, el('span', { class: 'id' }, id(c.node)), ' ', VC.badge(cat(c.node)))])),
      { caption: 'Communities (densely linked groups), largest first' });
  } else $('communities-wrap').appendChild(el('p', { class: 'note' }, 'Communities were not computed for this run.'));
  VC.table($('top-degree-table'), ['person', 'category', { text: 'linked people', cls: 'num' }],
    (N.top_degree || []).map(([v, d]) => personRow(v, [{ cls: 'id', text: id(v) }, { node: VC.badge(cat(v)) }, { cls: 'num', text: VC.int(d) }])));
  if (N.top_betweenness && N.top_betweenness.length) {
    VC.table($('top-betweenness-table'), ['person', 'category', { text: 'betweenness', cls: 'num' }],
      N.top_betweenness.map(([v, b]) => personRow(v, [{ cls: 'id', text: id(v) }, { node: VC.badge(cat(v)) }, { cls: 'num', text: VC.f4(b) }])),
      { caption: 'How often a person lies on the shortest paths between others (a broker), not how bad they are' });
  } else {
    $('top-betweenness-table').remove();
    $('betweenness-wrap').appendChild(el('p', { class: 'note' }, 'Betweenness was not computed for this run.'));
  }
  VC.table($('vulnerable-table'), ['person', 'category', 'why'],
    (N.vulnerable || []).map(([v, why]) => personRow(v, [{ cls: 'id', text: id(v) }, { node: VC.badge(cat(v)) }, why])),
    { caption: (N.vulnerable || []).length ? 'Click a row to open the person.' : 'No vulnerable people recorded.' });
};

// ---- factors and bias ---------------------------------------------------------------------------------------------
VC.ofShare = function (n, of, share) {
  if (n === null || n === undefined) return 'suppressed';
  if (share === null || share === undefined || !of) return VC.ofText(n, of);
  return VC.int(n) + ' of ' + VC.int(of) + ' (' + (100 * share).toFixed(1) + ' %)';
};

VC.buildFactors = function () {
  const $ = VC.$, el = VC.el, D = VC.D, F = D.factors;
  if (F && F.by_category && F.by_category.length) {
    const order = g => (VC.CATS.indexOf(g.group) < 0 ? 99 : VC.CATS.indexOf(g.group));
    const groups = F.by_category.slice().sort((x, y) => order(x) - order(y));
    VC.table($('factors-category-table'), ['factor'].concat(groups.map(g => g.group)),
      F.names.map((f, i) => ({ attrs: { data: { factor: f } }, cells: [{ th: true, text: f }].concat(groups.map(g => ({ cls: 'num', data: { group: g.group },
        node: VC.bar(g.counts[i], g.of) }))) })),
      { caption: 'People with each factor recorded, per category: count of people (percentage)' });
  } else {
    $('factors-category-table').replaceWith(el('p', { class: 'note', id: 'factors-category-table' }, 'No factors per category in this dashboard.'));
  }
  const levels = F && F.by_area ? VC.levels.filter(l => F.by_area[l.level]) : [];
  if (levels.length) {
    VC.options($('fa-level'), levels.map(l => [l.level, l.level]), (VC.sel && F.by_area[VC.sel.level]) ? VC.sel.level : levels[0].level);
    $('fa-level').addEventListener('change', () => VC.renderFactorAreas(200));
    $('factors-area-more').addEventListener('click', () => VC.renderFactorAreas(VC.faShown + 200));
    VC.renderFactorAreas(200);
  } else {
    $('fa-level').closest('form').hidden = true;
    VC.setText($('factors-area-note'), 'No factors per area in this dashboard.');
  }
  VC.buildBias();
};

VC.bar = function (n, of) {
  const span = VC.el('span', { class: 'ofbar' });
  if (n !== null && n !== undefined && of) {
    span.appendChild(VC.el('span', { class: 'bar', 'aria-hidden': 'true', style: 'width:' + Math.round(40 * n / of) + 'px' }));
  }
  span.appendChild(document.createTextNode(VC.ofText(n, of)));
  return span;
};

VC.faShown = 0;
VC.renderFactorAreas = function (limit) {
  const F = VC.D.factors, lvName = VC.$('fa-level').value;
  const rows = (F.by_area[lvName] || []).slice().sort((x, y) => (y[1] || 0) - (x[1] || 0) || x[0] - y[0]);
  const shown = Math.min(limit, rows.length);
  VC.table(VC.$('factors-area-table'), ['area', { text: 'people', cls: 'num' }].concat(F.names),
    rows.slice(0, shown).map(r => ({ attrs: { data: { area: VC.areaId(lvName, r[0]) } },
      cells: [{ th: true, text: VC.areaName(lvName, r[0]) }, { cls: 'num', text: VC.int(r[1]) }].concat(F.names.map((f, i) => ({ cls: 'num', text: VC.ofText(r[2][i], r[1]) }))) })));
  VC.faShown = shown;
  VC.setText(VC.$('factors-area-note'), 'People of each area\'s violent crimes (offenders, suspects, victims) with each factor recorded. ' +
    'Showing ' + shown + ' of ' + rows.length + ' areas, most people first.');
  VC.$('factors-area-more').hidden = shown >= rows.length;
};

VC.buildBias = function () {
  const $ = VC.$, el = VC.el, D = VC.D, B = D.bias;
  if (!B || !B.rows || !B.rows.length) {
    $('bias-table').replaceWith(el('p', { class: 'note', id: 'bias-table' }, 'No bias review in this dashboard.'));
    $('bias-areas-table').remove();
    return;
  }
  // rows are objects, or arrays named by B.columns (bias.csv's columns, values as text)
  const num = v => (v === null || v === undefined || v === '' ? null : Number(v));
  const rowsOf = B.columns ? B.rows.map(r => Object.fromEntries(B.columns.map((c, i) => [c, r[i]]))) : B.rows;
  const rows = rowsOf.map(r => Object.assign({}, r, { people: num(r.people), share_of_category: num(r.share_of_category),
    people_in_data: num(r.people_in_data), share_of_data: num(r.share_of_data),
    category_total: num(r.category_total), data_total: num(r.data_total) }));
  const cats = [];
  for (const r of rows) if (!cats.includes(r.category)) cats.push(r.category);
  const keys = [], byKey = new Map();
  for (const r of rows) {
    const k = r.dimension + '\u0000' + r.value;
    if (!byKey.has(k)) { byKey.set(k, { dim: r.dimension, value: r.value, cells: new Map(), all: r }); keys.push(k); }
    byKey.get(k).cells.set(r.category, r);
  }
  const catTotal = D.categories || {};
  const everyone = Object.keys(catTotal).reduce((s, k) => s + (catTotal[k] || 0), 0);
  VC.table($('bias-table'), ['dimension', 'value'].concat(cats, ['everyone in the data']),
    keys.map(k => {
      const o = byKey.get(k);
      return { attrs: { data: { dimension: o.dim, value: o.value } }, cells: [{ th: true, text: o.dim }, o.value].concat(
        cats.map(c => { const r = o.cells.get(c); return { cls: 'num', data: { category: c }, text: r ? VC.ofShare(r.people, r.category_total !== null ? r.category_total : catTotal[c], r.share_of_category) : '—' }; }),
        [{ cls: 'num', text: VC.ofShare(o.all.people_in_data, o.all.data_total !== null ? o.all.data_total : (everyone || null), o.all.share_of_data) }]) };
    }),
    { caption: 'Each category by recorded sex and age band on the as-of date, beside everyone in the data: count of people (share of the category)' });
  const A = B.areas || [];
  if (A.length) {
    const cols = Object.keys(A[0]);
    VC.table($('bias-areas-table'), cols.map(c => c.replace(/_/g, ' ')),
      A.map(r => cols.map(c => (r[c] === null ? 'suppressed' : typeof r[c] === 'number' ? VC.nice(r[c]) : String(r[c])))),
      { caption: 'People of each category by the area of their home point, and per 1,000 residents' });
  } else $('bias-areas-table').remove();
};
