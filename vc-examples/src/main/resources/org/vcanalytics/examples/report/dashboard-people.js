/* vc dashboard, part 6 of 8: the people screen — categories, one person, the ego network (internal mode). */

VC.personIndex = null;   // id -> row index of people.rows
VC.nodeIndex = null;     // id -> node index of network.nodes
VC.adj = null;           // node -> [link index]

VC.indexPeople = function () {
  if (VC.personIndex) return;
  const P = VC.D.people || { rows: [] }, N = VC.D.network || { nodes: [], links: [] };
  VC.personIndex = new Map(P.rows.map((r, i) => [r[0], i]));
  VC.nodeIndex = new Map(N.nodes.map((id, i) => [id, i]));
  VC.adj = Array.from({ length: N.nodes.length }, () => []);
  N.links.forEach((l, k) => {
    if (VC.adj[l[0]]) VC.adj[l[0]].push(k);
    if (VC.adj[l[1]]) VC.adj[l[1]].push(k);
  });
};

VC.buildPeople = function () {
  const $ = VC.$, el = VC.el, D = VC.D, P = D.people || { rows: [], shown: 0, total_in_category: 0 };
  VC.indexPeople();
  const cats = D.categories || {};
  const box = VC.clear($('category-counts'));
  const ul = box.appendChild(el('ul', { class: 'cards' }));
  for (const c of VC.CATS) {
    if (!(c in cats)) continue;
    ul.appendChild(el('li', { class: 'card', data: { category: c } }, VC.badge(c), el('span', { class: 'big' }, VC.int(cats[c])), el('span', { class: 'note' }, (D.category_meanings || {})[c] || '')));
  }
  const dl = $('person-ids');
  const frag = document.createDocumentFragment();
  for (const r of P.rows.slice(0, 5000)) frag.appendChild(el('option', { value: r[0] }));
  dl.appendChild(frag);
  const go = () => { const v = $('person-search').value.trim(); if (v) VC.openPerson(v); };
  $('person-form').addEventListener('submit', ev => { ev.preventDefault(); go(); });
  $('person-go').addEventListener('click', ev => { ev.preventDefault(); go(); });
  $('ego-depth').addEventListener('change', () => { if (VC.personOpen !== undefined) VC.drawEgo(VC.personOpen); });
  $('people-more').addEventListener('click', () => VC.renderPeopleRows(VC.peopleShown + 100));
  VC.setText($('people-note'), VC.int(P.shown) + ' of the ' + VC.int(P.total_in_category) + ' people in a category are in the dashboard' +
    (P.shown < P.total_in_category ? ' (capped: people.csv has them all)' : '') + ', High Harm first, then by harm with recency. Click a row to open the person.');
  VC.renderPeopleRows(100);
};

VC.peopleShown = 0;
VC.renderPeopleRows = function (limit) {
  const P = VC.D.people, t = VC.$('people-table');
  const head = ['person', 'category', { text: 'violent crimes', cls: 'num' }, { text: 'harm', cls: 'num' }, { text: 'harm with recency', cls: 'num' }, 'RFG', { text: 'links', cls: 'num' }];
  let tb = t.tBodies[0];
  const from = limit <= 100 || !tb ? 0 : VC.peopleShown;
  if (from === 0) tb = VC.table(t, head, []);
  const end = Math.min(limit, P.rows.length);
  const frag = document.createDocumentFragment();
  for (let k = from; k < end; k++) {
    const r = P.rows[k];
    frag.appendChild(VC.row({ attrs: { data: { person: r[0] }, tabindex: 0, class: 'clickable' },
      cells: [{ cls: 'id', text: r[0] }, { node: VC.badge(r[1]) }, { cls: 'num', text: VC.int(r[2]) }, { cls: 'num', text: VC.nice(r[3]) },
        { cls: 'num', text: VC.nice(r[4]) }, r[5] || '—', { cls: 'num', text: r[8] === null || r[8] === undefined ? '—' : VC.int(r[8]) }] }));
  }
  tb.appendChild(frag);
  VC.peopleShown = end;
  VC.$('people-more').hidden = end >= P.rows.length;
};

VC.openPerson = function (id) {
  if (!VC.people) return false;
  const $ = VC.$, el = VC.el, D = VC.D, P = D.people;
  VC.show('people');
  VC.indexPeople();
  id = String(id);
  $('person-search').value = id;
  const i = VC.personIndex.get(id);
  const ni = VC.nodeIndex.get(id);
  const panel = $('person-panel'), miss = $('person-missing');
  if (i === undefined && ni === undefined) {
    panel.hidden = true;
    miss.hidden = false;
    let why;
    if (P.shown < P.total_in_category) {
      why = id + ' is not in the dashboard: either not in a category, or beyond the cap (the dashboard holds ' + VC.int(P.shown) +
        ' of the ' + VC.int(P.total_in_category) + ' people in a category). See people.csv.';
    } else {
      why = id + ' is not in the dashboard: no person in a category has this id, and it is not linked to one ' +
        '(a person outside every category, or an unknown id). See people.csv.';
    }
    VC.setText(miss, why);
    VC.personOpen = undefined;
    VC.egoIds = [];
    return false;
  }
  miss.hidden = true;
  panel.hidden = false;
  VC.personOpen = id;
  panel.dataset.person = id;
  const r = i === undefined ? null : P.rows[i];
  const cat = r ? r[1] : (D.network.node_category[ni] || 'NONE');
  const dash = v => (v === null || v === undefined ? '—' : v);
  VC.setText(panel.querySelector('.person-id'), id);
  const pc = panel.querySelector('.person-category');
  VC.setText(pc, cat);
  pc.className = 'person-category badge cat-' + String(cat).toLowerCase().replace(/[^a-z_]/g, '');
  const ex = panel.querySelector('.explanation');
  VC.setText(ex, r ? (r[10] || '') : id + ' is not in a category (' + cat + '). The dashboard holds only their links to ' +
    'people in a category; their harm, factors and explanation are in people.csv.');
  let tg = $('explanation-toggle');
  if (!tg) {
    tg = el('button', { type: 'button', id: 'explanation-toggle', class: 'more', 'aria-controls': 'person-explanation' });
    ex.id = 'person-explanation';
    ex.after(tg);
    tg.addEventListener('click', () => {
      const folded = ex.classList.toggle('folded');
      VC.setText(tg, folded ? 'Show the full explanation' : 'Fold the explanation');
      tg.setAttribute('aria-expanded', String(!folded));
    });
  }
  const long = ex.textContent.length > 900;
  ex.classList.toggle('folded', long);
  tg.hidden = !long;
  VC.setText(tg, 'Show the full explanation');
  tg.setAttribute('aria-expanded', 'false');
  VC.setText(panel.querySelector('.harm'), r ? VC.int(r[2]) + ' violent crimes in the window; harm ' + VC.nice(r[3]) + ', harm with recency ' + VC.nice(r[4]) : '—');
  VC.setText(panel.querySelector('.rfg'), r && r[5] ? r[5] + ' (recency, frequency, gravity; 1 = lowest, 5 = highest across the cohort)' : '— (only for the cohort)');
  const names = (D.factors && D.factors.names) || [];
  const fs = r ? names.filter((f, b) => r[6] & (1 << b)) : [];
  const fc = VC.clear(panel.querySelector('.factors'));
  if (fs.length) for (const f of fs) fc.appendChild(el('span', { class: 'tag' }, f));
  else fc.appendChild(document.createTextNode(r ? 'none recorded (unknown, not absent)' : '—'));
  VC.setText(panel.querySelector('.proximity'), r && r[7] !== null && r[7] !== undefined ? VC.nice(r[7]) + ' (see docs/network.md)' : '—');
  const deg = ni === undefined ? 0 : (VC.adj[ni] || []).length;
  VC.setText(panel.querySelector('.links'), (r && r[8] !== null && r[8] !== undefined ? VC.int(r[8]) + ' linked people in the network' : dash(null)) +
    (r && r[9] !== null && r[9] !== undefined ? '; betweenness ' + VC.nice(r[9]) : '') + '; ' + VC.int(deg) + ' links in the dashboard');
  VC.drawEgo(id);
  panel.scrollIntoView({ block: 'start' });
  return true;
};

/** Breadth-first from the person, nearest first, strongest links first within a depth, capped. */
VC.egoSet = function (start, depth) {
  const N = VC.D.network, cap = N.ego_cap || 300;
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  const order = [start];
  for (let d = 1; d <= depth && order.length < cap; d++) {
    const cand = [];
    for (const u of frontier) {
      for (const k of VC.adj[u] || []) {
        const l = N.links[k], v = l[0] === u ? l[1] : l[0];
        if (!dist.has(v)) cand.push([v, l[2]]);
      }
    }
    cand.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const next = [];
    for (const [v] of cand) {
      if (dist.has(v)) continue;
      if (order.length >= cap) break;
      dist.set(v, d);
      order.push(v);
      next.push(v);
    }
    frontier = next;
  }
  const capped = order.length >= cap;
  return { order, dist, capped };
};

VC.drawEgo = function (id) {
  const N = VC.D.network, $ = VC.$, el = VC.el;
  const start = VC.nodeIndex.get(id);
  const depth = Number($('ego-depth').value) || 1;
  const chartNode = $('ego-chart');
  const notes = [];
  if (start === undefined || !N) {
    VC.egoIds = [id];
    VC.setText($('ego-note'), 'This person has no links in the dashboard.');
    const c = VC.chart(chartNode);
    c.clear();
    return;
  }
  const { order, dist, capped } = VC.egoSet(start, depth);
  VC.egoIds = order.map(v => N.nodes[v]);
  const inSet = new Map(order.map((v, k) => [v, k]));
  const links = [];
  const seen = new Set();
  for (const u of order) {
    for (const k of VC.adj[u] || []) {
      if (seen.has(k)) continue;
      const l = N.links[k];
      if (inSet.has(l[0]) && inSet.has(l[1])) { seen.add(k); links.push(l); }
    }
  }
  const chart = VC.chart(chartNode);
  const w = chart.getWidth() || 800, h = chart.getHeight() || 500;
  const cx = w / 2, cy = h / 2;
  const ring = new Map();
  for (const v of order) { const d = dist.get(v); ring.set(d, (ring.get(d) || 0) + 1); }
  const pos = new Map();
  const used = new Map();
  for (const v of order) {
    const d = dist.get(v);
    if (d === 0) { pos.set(v, [cx, cy]); continue; }
    const k = used.get(d) || 0; used.set(d, k + 1);
    const ang = 2 * Math.PI * k / ring.get(d) + d * 0.3;
    const rad = Math.min(w, h) * (d === 1 ? 0.22 : 0.4);
    pos.set(v, [cx + rad * Math.cos(ang), cy + rad * Math.sin(ang)]);
  }
  let maxW = 0;
  for (const l of links) maxW = Math.max(maxW, l[2]);
  const nodes = order.map(v => {
    const cat = N.node_category[v] || 'NONE', p = pos.get(v);
    const pr = VC.personIndex.get(N.nodes[v]);
    return { id: String(v), name: String(v), x: p[0], y: p[1], fixed: v === start,
      symbolSize: v === start ? 22 : (dist.get(v) === 1 ? 12 : 8),
      itemStyle: { color: VC.CAT_COLOURS[cat] || '#9aa5b1', borderColor: v === start ? '#102a43' : '#ffffff', borderWidth: v === start ? 2.5 : 0.8 },
      label: { show: v === start, formatter: () => N.nodes[v] },
      vcId: N.nodes[v], vcCat: cat, vcDist: dist.get(v), vcHarm: pr === undefined ? null : VC.D.people.rows[pr][4] };
  });
  const edges = links.map(l => ({ source: String(l[0]), target: String(l[1]), value: l[2],
    lineStyle: { width: 0.6 + 4 * (maxW ? l[2] / maxW : 0), color: '#829ab1', opacity: 0.7 }, vcLink: l }));
  chart.setOption({
    animation: false,
    tooltip: Object.assign({ trigger: 'item', formatter: VC.egoTip }, VC.tipStyle),
    series: [{ type: 'graph', layout: 'force', data: nodes, links: edges, roam: true, draggable: true,
      nodeScaleRatio: 0,
      force: { gravity: 0.25, repulsion: Math.max(20, Math.min(160, 3000 / order.length)), edgeLength: order.length > 100 ? [15, 45] : [30, 80], friction: 0.15, layoutAnimation: true },
      label: { position: 'right', fontSize: 11, color: '#102a43' },
      emphasis: { focus: 'adjacency', label: { show: true, formatter: p => String(p.data.vcId) }, lineStyle: { width: 4 } },
      labelLayout: { hideOverlap: true }, scaleLimit: { min: 0.3, max: 5 } }]
  }, { notMerge: true });
  notes.push(order.length + ' people within ' + depth + ' link' + (depth > 1 ? 's' : '') + ', ' + links.length + ' links' +
    (capped ? ' — capped at ' + (N.ego_cap || 300) + ' people, nearest and strongest first' : '') + '. Line width = link weight; hover for the evidence.');
  if (depth === 2) notes.push('At depth 2 the links between people outside every category are not in the dashboard (only links touching a person in a category are embedded), so some second-step links are missing.');
  VC.setText($('ego-note'), notes.join(' '));
  const lg = VC.clear($('ego-legend'));
  const ul = lg.appendChild(el('ul', { class: 'swatches' }));
  for (const c of VC.CATS) ul.appendChild(el('li', null, el('span', { class: 'swatch round', style: 'background:' + VC.CAT_COLOURS[c] }), c));
  chart.off('dblclick');
  chart.on('dblclick', p => { if (p.dataType === 'node' && p.data.vcDist) VC.openPerson(p.data.vcId); });
};

VC.egoTip = function (p) {
  if (p.dataType === 'node') {
    const d = p.data;
    return VC.tipHtml(d.vcId, [['category', d.vcCat], ['links away', d.vcDist], ['harm with recency', d.vcHarm === null ? '—' : VC.nice(d.vcHarm)]]) +
      (d.vcDist ? '<br><i>' + VC.esc('double-click to open') + '</i>' : '');
  }
  if (p.dataType === 'edge') {
    const l = p.data.vcLink, N = VC.D.network;
    const pairs = [['weight', VC.nice(l[2])], ['crimes together', l[3]], ['intelligence logs', l[4]]];
    let h = VC.tipHtml(N.nodes[l[0]] + ' — ' + N.nodes[l[1]], pairs);
    const ev = l[5] || [];
    for (const e of ev) h += '<br>• ' + VC.esc(e[0] + ' ' + e[1] + ' ' + (e[2] || '') + (e[3] ? ' grade ' + e[3] : ''));
    if (l[3] + l[4] > ev.length) h += '<br>' + VC.esc('… ' + (l[3] + l[4] - ev.length) + ' more in links.csv');
    return h;
  }
  return '';
};

VC.egoNodes = function () { return (VC.egoIds || []).slice(); };
