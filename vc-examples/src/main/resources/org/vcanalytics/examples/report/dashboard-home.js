/* vc dashboard, part 2 of 8: the first screen and the navigation between screens. */

VC.SCREENS = !VC.internal ? ['home', 'hotspots', 'factors']
  : VC.people ? ['home', 'hotspots', 'events', 'people', 'networks', 'factors'] : ['home', 'hotspots', 'events', 'factors'];
VC.SCREEN_TEXT = {
  home: 'the advisory, the definition, the input and the caveats',
  hotspots: 'a map and table of violent crime by area and period over ten years, with the grid hot-spot classes; click an area for its trend',
  events: 'every violent crime, filtered by typology, area and period, with its typologies and their reasons',
  people: 'the categories, and one person with explanation, harm, factors and ego network',
  networks: 'components, communities, the people with most links, vulnerable people',
  factors: 'contributing-factor prevalence per category and area, and the bias review'
};

VC.buildHome = function () {
  const D = VC.D, el = VC.el, $ = VC.$;
  document.title = D.title || document.title;
  VC.setText($('page-title'), D.title || ('Violent crime analysis as of ' + D.as_of));
  const adv = VC.clear($('advisory'));
  adv.appendChild(el('h2', null, 'Advisory — recorded police data as of ', el('span', { class: 'as-of' }, D.as_of)));
  adv.appendChild(el('p', null, D.advisory || ''));
  if (!VC.internal) {
    adv.appendChild(el('p', { class: 'shared-note' }, 'Shared edition: aggregate figures only, with no people, network or events. ' +
      'Figures below the suppression threshold are shown as "suppressed".'));
  }

  const def = VC.clear($('definition'));
  if (D.definition) {
    def.appendChild(el('p', null, 'Violent crime definition: ', el('strong', null, D.definition.name || '')));
    def.appendChild(el('p', { class: 'note' }, D.definition.text || ''));
  }
  const c = D.crimes || {};
  const kv = [
    ['As-of date', D.as_of],
    ['Crimes up to the as-of date', VC.int(c.up_to_as_of)],
    ['Violent crimes', VC.int(c.violent)],
    ['Crimes after the as-of date, left out', VC.int(c.after_as_of_left_out)]
  ];
  const co = D.cohort;
  if (co) {
    kv.push(['Cohort', (co.size !== undefined && co.size !== null ? VC.int(co.size) + ' people offender or suspect of a violent crime in the ' : 'the ') + co.window_days + ' days to the as-of date']);
    kv.push(['High Harm fraction, k, threshold', VC.pct(co.fraction) + ', k = ' + co.k + (co.threshold === null || co.threshold === undefined
      ? ', no threshold (the cohort is empty)' : ', harm with recency ≥ ' + VC.nice(co.threshold))]);
    kv.push(['High Harm people', VC.int(co.high_harm)]);
  }
  VC.table($('summary-table'), null, kv.map(([k, v]) => [{ th: true, text: k }, v]));

  VC.table($('input-table'), ['file', 'present', 'rows read', 'accepted', 'rejected', 'values dropped'],
    (D.input || []).map(f => ({
      attrs: { data: { file: f.file } },
      cells: [{ th: true, text: f.file }, f.present ? 'yes' : 'no', VC.int(f.rows_read), VC.int(f.accepted),
        { text: VC.int(f.rejected), cls: f.rejected ? 'bad' : null }, VC.int(f.values_dropped)]
    })));

  const tc = D.typology_counts || {};
  VC.table($('typology-table'), ['typology', 'violent crimes'],
    VC.TY.filter(t => t !== 'ALL').map(t => [{ th: true, text: t }, { text: VC.int(tc[t] || 0), cls: 'num' }]),
    { caption: 'A crime can have several typologies, so these add up to more than the violent crimes.' });
  const cats = D.categories || {};
  VC.table($('home-categories'), ['category', 'people'],
    VC.CATS.filter(k => k in cats).map(k => [{ th: true, node: VC.badge(k) }, { text: VC.int(cats[k]), cls: 'num' }]));

  const cv = VC.clear($('caveats'));
  for (const t of D.caveats || []) cv.appendChild(el('p', { class: 'caveat' }, t));

  const w = $('warnings'), ws = D.warnings || [];
  VC.setText(w.querySelector('summary'), ws.length ? ws.length + ' warning' + (ws.length === 1 ? '' : 's') + ' about the input (click to open)'
    : 'No warnings about the input');
  const ul = VC.clear(w.querySelector('ul'));
  for (const t of ws) ul.appendChild(el('li', null, t));

  const links = VC.clear($('home-links'));
  for (const s of VC.SCREENS) {
    if (s === 'home') continue;
    const a = document.querySelector('nav a[data-screen="' + s + '"]');
    links.appendChild(el('li', null, el('a', { href: '#' + s }, a ? a.textContent : s), ' — ' + VC.SCREEN_TEXT[s]));
  }
};

VC.badge = function (cat) {
  return VC.el('span', { class: 'badge cat-' + String(cat).toLowerCase().replace(/[^a-z_]/g, '') }, cat);
};

// ---- navigation: hash routing, one screen at a time -------------------------------------------------
VC.built = new Set();
VC.current = null;
VC.show = function (screen, opts) {
  if (!VC.SCREENS.includes(screen)) screen = 'home';
  for (const s of VC.SCREENS) {
    const sec = VC.$('screen-' + s);
    if (sec) sec.hidden = s !== screen;
  }
  for (const a of document.querySelectorAll('nav a[data-screen]')) {
    if (a.dataset.screen === screen) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  VC.current = screen;
  if (!VC.built.has(screen)) {
    VC.built.add(screen);
    const b = VC.builders[screen];
    if (b) b();
  }
  if (VC.onShow[screen]) VC.onShow[screen]();
  if ((location.hash || '#home').slice(1) !== screen && !(opts && opts.noHash)) {
    history.replaceState(null, '', '#' + screen);
  }
  return screen;
};
VC.builders = {};
VC.onShow = {};

VC.initNav = function () {
  if (!VC.internal) {
    for (const li of document.querySelectorAll('[data-internal]')) li.remove();
  }
  for (const a of document.querySelectorAll('nav a[data-screen]')) {
    a.addEventListener('click', ev => {
      ev.preventDefault();
      VC.show(a.dataset.screen);
      const h = VC.$('h-' + ({ home: 'home', hotspots: 'hot', events: 'ev', people: 'people', networks: 'net', factors: 'fac' })[a.dataset.screen]);
      if (h) { h.setAttribute('tabindex', '-1'); h.focus({ preventScroll: true }); }
      window.scrollTo(0, 0);
    });
  }
  document.addEventListener('click', ev => {      // links to screens elsewhere on the page
    const a = ev.target.closest && ev.target.closest('a[href^="#"]:not([data-screen])');
    if (a && VC.SCREENS.includes(a.getAttribute('href').slice(1))) { ev.preventDefault(); VC.show(a.getAttribute('href').slice(1)); }
  });
  window.addEventListener('hashchange', () => VC.show((location.hash || '#home').slice(1), { noHash: true }));
  let t = null;
  window.addEventListener('resize', () => {
    clearTimeout(t);
    t = setTimeout(() => { for (const c of VC.charts) if (!c.isDisposed()) c.resize(); }, 150);
  });
  window.addEventListener('beforeprint', () => { for (const c of VC.charts) if (!c.isDisposed()) c.resize(); });
};
