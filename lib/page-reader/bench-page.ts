/**
 * A large, realistic RMS case screen for timing the reader (used by the Chromium benchmark and
 * by the unit tests): banner, crime-named menus, an ASP.NET-style case form with one incident
 * type and one case number, people and property grids, a narrative. Fictional data only.
 */

type Child = Node | string;

// tr, 6 td, 2 span, 2 input, select, 2 option.
const ELEMENTS_PER_PROPERTY_ROW = 14;

function make(doc: Document, tag: string, attributes: Record<string, string> = {}, children: Child[] = []): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return element;
}

const MENUS: Record<string, string[]> = {
  Cases: ['Case Search', 'New Case Report', 'Supplements', 'Approvals Queue', 'Case Assignments'],
  'Sexual Assault Unit': ['SAU Caseload', 'Forensic Exam Tracking', 'Advocate Contacts', 'SAU Statistics', 'Training'],
  'Domestic Violence Reports': ['DV Lethality Assessments', 'Protective Orders', 'DV Follow-ups', 'Repeat Locations', 'Referrals'],
  Homicide: ['Open Investigations', 'Cold Cases', 'Next of Kin Notifications', 'Evidence Log', 'Briefings'],
  Warrants: ['Active Warrants', 'Service Log', 'Extraditions', 'Warrant Search', 'Teletype'],
  Reports: ['Daily Activity', 'UCR Summary', 'NIBRS Submissions', 'Crime Analysis', 'Offense Reports'],
  Admin: ['Users', 'Code Tables', 'Statute Table', 'Audit Log', 'Settings'],
};

const INCIDENT_OPTIONS = [
  'ASSAULT - SIMPLE',
  'ASSAULT - AGGRAVATED',
  'BURGLARY - RESIDENTIAL',
  'BURGLARY - COMMERCIAL',
  'DOM VIOL - BATTERY',
  'DOM VIOL - CRIMINAL THREATS',
  'ELDER ABUSE - FINANCIAL',
  'FRAUD - IDENTITY THEFT',
  'ROBBERY - STRONG ARM',
  'ROBBERY - ARMED',
  'SEXUAL ASSAULT',
  'STALKING',
  'THEFT - PETTY',
  'THEFT - GRAND',
  'VANDALISM',
  'VEHICLE THEFT',
];

const FIRST = ['ALEX', 'SAM', 'JORDAN', 'CASEY', 'RILEY', 'TAYLOR', 'MORGAN', 'JAMIE'];
const LAST = ['SAMPLE', 'EXAMPLE', 'TESTCASE', 'PLACEHOLDER', 'DEMO', 'FICTION'];
const PROPERTY = ['CELL PHONE', 'WALLET', 'LAPTOP', 'BICYCLE', 'JEWELRY - RING', 'CASH', 'TOOLS', 'HANDBAG'];

function labelRow(doc: Document, prefix: string, label: string, field: HTMLElement): HTMLElement {
  return make(doc, 'tr', {}, [
    make(doc, 'td', { class: 'FieldLabel', width: '20%' }, [make(doc, 'span', { id: `${prefix}_lbl${label.replace(/\W/g, '')}` }, [`${label}:`])]),
    make(doc, 'td', { class: 'FieldValue' }, [field]),
  ]);
}

function textInput(doc: Document, prefix: string, name: string, value: string, extra: Record<string, string> = {}): HTMLElement {
  const input = make(doc, 'input', { type: 'text', id: `${prefix}_txt${name}`, name: `${prefix.replace(/_/g, '$')}$txt${name}`, class: 'TextBox', ...extra });
  (input as HTMLInputElement).value = value;
  return input;
}

/** Fills `doc.body` with about `elements` elements (never fewer). */
export function buildLargeRmsPage(doc: Document, elements = 5000): void {
  const body = doc.body;
  body.textContent = '';
  const prefix = 'ctl00_ContentPlaceHolder1';

  body.append(
    make(doc, 'header', { role: 'banner', class: 'rms-banner' }, [
      make(doc, 'div', { class: 'agency' }, ['Riverside County Sheriff (demo) — Records Management System']),
      make(doc, 'span', { class: 'user' }, ['Deputy 4471 · Patrol · Station 3']),
      make(doc, 'a', { href: '#logout' }, ['Log out']),
    ]),
  );

  const menuBar = make(doc, 'ul', { class: 'menubar', role: 'menubar' });
  for (const [title, items] of Object.entries(MENUS)) {
    const submenu = make(doc, 'ul', { role: 'menu' });
    for (const item of items) submenu.append(make(doc, 'li', { role: 'none' }, [make(doc, 'a', { role: 'menuitem', href: `#${item}` }, [item])]));
    menuBar.append(make(doc, 'li', { role: 'none' }, [make(doc, 'a', { role: 'menuitem', href: '#' }, [title]), submenu]));
  }
  body.append(make(doc, 'nav', { 'aria-label': 'Main menu' }, [menuBar]));

  const form = make(doc, 'form', { id: 'aspnetForm', method: 'post', action: './CaseEntry.aspx' });
  form.append(make(doc, 'input', { type: 'hidden', name: '__VIEWSTATE', value: 'dDwtMTA4MzE0MjEwNTs7Pg==' }));
  body.append(make(doc, 'main', {}, [form]));

  const incidentType = make(doc, 'select', { id: `${prefix}_ddlIncidentType`, name: `ctl00$ContentPlaceHolder1$ddlIncidentType` }, [
    make(doc, 'option', { value: '' }, ['-- Select --']),
    ...INCIDENT_OPTIONS.map((option) => make(doc, 'option', option === 'DOM VIOL - BATTERY' ? { value: option, selected: 'selected' } : { value: option }, [option])),
  ]);
  (incidentType as HTMLSelectElement).value = 'DOM VIOL - BATTERY';
  const caseTable = make(doc, 'table', { id: `${prefix}_tblCase`, class: 'FormTable', cellpadding: '2' }, [
    make(doc, 'tbody', {}, [
      labelRow(doc, prefix, 'Case Number', textInput(doc, prefix, 'CaseNumber', '2026-004417', { readonly: 'readonly' })),
      labelRow(doc, prefix, 'Report Date', textInput(doc, prefix, 'ReportDate', '03/14/2026')),
      labelRow(doc, prefix, 'Incident Type', incidentType),
      labelRow(doc, prefix, 'Case Status', textInput(doc, prefix, 'Status', 'OPEN - ACTIVE')),
      labelRow(doc, prefix, 'Event Location', textInput(doc, prefix, 'Location', '1200 BLOCK OF EXAMPLE AVE')),
      labelRow(doc, prefix, 'Reporting District', textInput(doc, prefix, 'RD', '0347')),
      labelRow(doc, prefix, 'Reporting Officer', textInput(doc, prefix, 'Officer', 'DEPUTY #4471')),
    ]),
  ]);
  form.append(make(doc, 'fieldset', {}, [make(doc, 'legend', {}, ['Case Information']), caseTable]));

  const peopleBody = make(doc, 'tbody');
  const people = make(doc, 'table', { id: `${prefix}_gvPersons`, class: 'Grid' }, [
    make(doc, 'thead', {}, [make(doc, 'tr', {}, ['Role', 'Name', 'DOB', 'Sex', 'Address', 'Phone'].map((title) => make(doc, 'th', { scope: 'col' }, [title])))]),
    peopleBody,
  ]);
  form.append(make(doc, 'fieldset', {}, [make(doc, 'legend', {}, ['Persons']), people]));
  for (let index = 0; index < 12; index++) {
    peopleBody.append(
      make(doc, 'tr', { class: index % 2 ? 'GridAltRow' : 'GridRow' }, [
        make(doc, 'td', {}, [index === 0 ? 'VICTIM' : index === 1 ? 'SUSPECT' : 'WITNESS']),
        make(doc, 'td', {}, [make(doc, 'a', { href: `#person${index}` }, [`${LAST[index % LAST.length]}, ${FIRST[index % FIRST.length]}`])]),
        make(doc, 'td', {}, [`0${(index % 9) + 1}/1${index % 9}/19${70 + index}`]),
        make(doc, 'td', {}, [index % 2 ? 'M' : 'F']),
        make(doc, 'td', {}, [`${100 + index * 7} SAMPLE ST`]),
        make(doc, 'td', {}, [`(555) 010-${String(1000 + index).slice(-4)}`]),
      ]),
    );
  }

  form.append(
    make(doc, 'fieldset', {}, [
      make(doc, 'legend', {}, ['Narrative']),
      make(doc, 'label', { for: `${prefix}_txtNarrative` }, ['Narrative']),
      make(doc, 'textarea', { id: `${prefix}_txtNarrative`, name: 'ctl00$ContentPlaceHolder1$txtNarrative', rows: '10', cols: '80' }),
    ]),
  );

  const propertyBody = make(doc, 'tbody');
  const property = make(doc, 'table', { id: `${prefix}_gvProperty`, class: 'Grid' }, [
    make(doc, 'thead', {}, [make(doc, 'tr', {}, ['Item #', 'Description', 'Qty', 'Value', 'Status', 'Notes'].map((title) => make(doc, 'th', { scope: 'col' }, [title])))]),
    propertyBody,
  ]);
  form.append(make(doc, 'fieldset', {}, [make(doc, 'legend', {}, ['Property']), property]));
  const footer = make(doc, 'footer', { role: 'contentinfo' }, [
    make(doc, 'span', {}, ['RMS demo build 26.3 · For official use only']),
    make(doc, 'a', { href: '#help' }, ['Help']),
  ]);
  body.append(footer);

  // Property rows fill the page up to the requested size, like a long evidence list.
  let total = body.getElementsByTagName('*').length;
  for (let index = 0; total < elements; index++) {
    const rowId = `${prefix}_gvProperty_ctl${String(index + 2).padStart(2, '0')}`;
    propertyBody.append(
      make(doc, 'tr', { class: index % 2 ? 'GridAltRow' : 'GridRow' }, [
        make(doc, 'td', {}, [make(doc, 'span', { id: `${rowId}_lblItem` }, [String(index + 1)])]),
        make(doc, 'td', {}, [make(doc, 'span', { id: `${rowId}_lblDesc` }, [PROPERTY[index % PROPERTY.length] ?? 'ITEM'])]),
        make(doc, 'td', {}, [make(doc, 'input', { type: 'text', id: `${rowId}_txtQty`, value: String((index % 3) + 1), size: '3' })]),
        make(doc, 'td', {}, [`$${(index * 37) % 900}.00`]),
        make(doc, 'td', {}, [make(doc, 'select', { id: `${rowId}_ddlStatus` }, [make(doc, 'option', {}, ['STOLEN']), make(doc, 'option', {}, ['RECOVERED'])])]),
        make(doc, 'td', {}, [make(doc, 'input', { type: 'checkbox', id: `${rowId}_chkPhoto` }), ' Photo']),
      ]),
    );
    total += ELEMENTS_PER_PROPERTY_ROW;
  }
}
