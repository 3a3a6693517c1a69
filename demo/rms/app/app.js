// Hash-routed demo SPA: renders late, swaps reports without a page load, changes the title.
const reports = {
  '26-118342': { offense: '211 PC - ROBBERY', occurred: '2026-11-22 01:48', location: 'HARBOR TRANSIT CENTER, BAY 4' },
  '26-118377': { offense: '646.9 PC - STALKING', occurred: '2026-11-20 18:30', location: '700 BLK ORCHARD AVE' },
};
const offenses = ['', '211 PC - ROBBERY', '242 PC - BATTERY', '459 PC - BURGLARY', '487 PC - GRAND THEFT', '646.9 PC - STALKING', '10851 VC - VEHICLE THEFT'];

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function field(id, label, control) {
  return el('div', { class: 'field' }, [el('label', { for: id, text: label }), control]);
}

function renderReport(id) {
  const report = reports[id];
  const root = document.getElementById('root');
  if (!report) {
    root.replaceChildren(el('div', { class: 'card' }, [el('h1', { text: 'Report not found' })]));
    document.title = 'Metro Records';
    return;
  }
  const select = el('select', { id: 'offense' });
  for (const name of offenses) {
    const option = el('option', { value: name, text: name || '-- Select offense --' });
    if (name === report.offense) option.selected = true;
    select.append(option);
  }
  const otherId = id === '26-118342' ? '26-118377' : '26-118342';
  root.replaceChildren(
    el('div', { class: 'card' }, [
      el('h1', { text: `Report ${id}` }),
      el('p', { class: 'tabs' }, [el('a', { href: `#/reports/${otherId}`, id: 'next-report', text: `Open report ${otherId}` })]),
      el('div', { class: 'row' }, [
        field('report-no', 'Report No.', el('input', { id: 'report-no', value: id, readonly: '' })),
        field('offense', 'Offense', select),
      ]),
      el('div', { class: 'row' }, [
        field('occurred', 'Occurred', el('input', { id: 'occurred', value: report.occurred })),
        field('location', 'Location', el('input', { id: 'location', value: report.location })),
      ]),
      field('narrative', 'Narrative', el('textarea', { id: 'narrative' })),
    ]),
  );
  document.title = `Report ${id} · Metro Records`;
}

function route() {
  const match = location.hash.match(/^#\/reports\/([\w-]+)/);
  if (match) renderReport(match[1]);
  else {
    document.title = 'Metro Records';
    document.getElementById('root').replaceChildren(el('div', { class: 'card' }, [el('h1', { text: 'My reports' })]));
  }
}

window.addEventListener('hashchange', route);
// Real SPAs fetch before they render; the panel must cope with a page that fills in late.
setTimeout(route, 400);
