/* vc dashboard, part 8 of 8: start-up, the public hooks (window.vcDashboard); closes the IIFE. */

VC.builders.home = VC.buildHome;
VC.builders.hotspots = VC.buildHotspots;
VC.builders.factors = VC.buildFactors;
if (VC.internal) {
  VC.builders.events = () => { VC.ensure('hotspots'); VC.buildEvents(); };
}
if (VC.people) {
  VC.builders.people = VC.buildPeople;
  VC.builders.networks = VC.buildNetworks;
}
VC.onShow.hotspots = () => { const c = echarts.getInstanceByDom(VC.$('map')); if (c) c.resize(); };
VC.onShow.people = () => { const c = echarts.getInstanceByDom(VC.$('ego-chart')); if (c) c.resize(); };

/** Build a screen's content without showing it (the hooks work on hidden screens too). */
VC.ensure = function (screen) {
  if (VC.built.has(screen) || !VC.builders[screen]) return;
  const sec = VC.$('screen-' + screen);
  const wasHidden = sec.hidden;
  sec.hidden = false;              // charts need a size when they are first drawn
  VC.built.add(screen);
  VC.builders[screen]();
  sec.hidden = wasHidden;
};

function start() {
  if (!VC.internal) {
    for (const n of document.querySelectorAll('[data-internal]')) n.remove();
  }
  if (!VC.people) {
    for (const n of document.querySelectorAll('[data-people]')) n.remove();
  }
  VC.initNav();
  VC.buildHome();
  VC.built.add('home');
  if (VC.people) VC.wirePersonRows();
  window.vcDashboard = Object.freeze({
    data: VC.D,
    show: s => VC.show(s),
    selection: () => { VC.ensure('hotspots'); return VC.selection(); },
    mapValues: () => { VC.ensure('hotspots'); return VC.mapValues(); },
    openArea: id => { VC.ensure('hotspots'); return VC.openArea(id); },
    openPerson: id => (VC.people ? VC.openPerson(id) : false),
    egoNodes: () => VC.egoNodes()
  });
  VC.show((location.hash || '#home').slice(1), { noHash: !location.hash });
  // How long the page took to be ready, from the start of navigation (docs/report.md, "Limits").
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
}

try {
  start();
} catch (e) {
  const p = document.createElement('p');
  p.className = 'caveat';
  p.textContent = 'The dashboard could not start: ' + (e && e.message ? e.message : String(e)) + '. The figures are in the CSV files beside this file.';
  document.body.insertBefore(p, document.body.firstChild);
  throw e;
}
})();
