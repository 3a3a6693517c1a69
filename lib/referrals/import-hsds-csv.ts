/**
 * HSDS tabular data package: services.csv plus the related files, given as filename -> text.
 * Rows are assembled into the nested /services shape and converted like HSDS JSON, keeping each
 * nested row's file and row number so problems point at the right line of the right file.
 */
import { readCsv, recordObject } from './csv';
import { SOURCE, convertHsdsService, str, type SourceRef } from './hsds-service';
import type { DirectorySource, ImportPreview } from './model';
import { PreviewBuilder, fatalPreview } from './import-preview';

type Row = Record<string, unknown> & { [SOURCE]?: SourceRef };

export const HSDS_TABULAR_FILES = [
  'services.csv',
  'organizations.csv',
  'phones.csv',
  'schedules.csv',
  'service_areas.csv',
  'locations.csv',
  'addresses.csv',
  'service_at_locations.csv',
  'languages.csv',
  'attributes.csv',
  'taxonomy_terms.csv',
] as const;

export function importHsdsCsv(files: Record<string, string>, options: { name?: string } = {}): ImportPreview {
  const source: DirectorySource = { kind: 'hsds-csv', ...(options.name ? { name: options.name } : {}) };
  const byName = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) byName.set(path.split(/[\\/]/).pop()!.toLowerCase(), text);
  if (!byName.has('services.csv')) {
    return fatalPreview(source, `services.csv is missing (got: ${[...byName.keys()].join(', ') || 'no files'}). An HSDS tabular export always has it.`);
  }

  const builder = new PreviewBuilder(source);
  const tables = new Map<string, Row[]>();
  for (const [file, text] of byName) {
    if (!(HSDS_TABULAR_FILES as readonly string[]).includes(file)) {
      builder.warn({ file, message: `${file} is not an HSDS file this importer reads; ignored` });
      continue;
    }
    const table = readCsv(text, file);
    if (table.fatal) {
      if (file === 'services.csv') return fatalPreview(source, table.fatal);
      builder.warn({ file, message: `${table.fatal}; ignored` });
      continue;
    }
    table.warnings.forEach((w) => builder.warn(w));
    for (const bad of table.badRows) builder.invalidRow({ row: bad.row, file, errors: [bad.issue] });
    const header = table.header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
    tables.set(
      file,
      table.records.map((record) => {
        const row: Row = recordObject(header, record.cells);
        row[SOURCE] = { file, row: record.row };
        return row;
      }),
    );
  }

  const rowsOf = (file: string) => tables.get(file) ?? [];
  const services = rowsOf('services.csv');
  const serviceIds = new Set(services.map((s) => str(s.id)).filter(Boolean));
  const groupBy = (file: string, key: string, required = true) => {
    const groups = new Map<string, Row[]>();
    for (const row of rowsOf(file)) {
      const id = str(row[key]);
      if (!id) continue;
      if (required && key === 'service_id' && !serviceIds.has(id)) {
        const where = row[SOURCE]!;
        builder.warn({ ...where, field: key, message: `service_id '${id}' is not in services.csv; this row is ignored` });
        continue;
      }
      groups.set(id, [...(groups.get(id) ?? []), row]);
    }
    return groups;
  };

  const organizations = new Map(rowsOf('organizations.csv').map((o) => [str(o.id) ?? '', o]));
  const languagesByService = groupBy('languages.csv', 'service_id', false);
  const languagesByPhone = groupBy('languages.csv', 'phone_id', false);
  const phonesByService = groupBy('phones.csv', 'service_id', false);
  const phonesByLocation = groupBy('phones.csv', 'location_id', false);
  const phonesByOrganization = groupBy('phones.csv', 'organization_id', false);
  const schedulesByService = groupBy('schedules.csv', 'service_id', false);
  const areasByService = groupBy('service_areas.csv', 'service_id');
  const addressesByLocation = groupBy('addresses.csv', 'location_id', false);
  const locations = new Map(rowsOf('locations.csv').map((l) => [str(l.id) ?? '', l]));
  const linksByService = groupBy('service_at_locations.csv', 'service_id');
  const termsById = new Map(rowsOf('taxonomy_terms.csv').map((t) => [str(t.id) ?? '', t]));
  const attributesByLink = groupBy('attributes.csv', 'link_id', false);

  const withLanguages = (phone: Row): Row => ({ ...phone, languages: languagesByPhone.get(str(phone.id) ?? '') ?? [] });

  for (const service of services) {
    const id = str(service.id) ?? '';
    const organization = organizations.get(str(service.organization_id) ?? '');
    const nested: Row = {
      ...service,
      organization: organization
        ? { ...organization, phones: (phonesByOrganization.get(str(organization.id) ?? '') ?? []).map(withLanguages) }
        : undefined,
      phones: (phonesByService.get(id) ?? []).map(withLanguages),
      schedules: schedulesByService.get(id) ?? [],
      service_areas: areasByService.get(id) ?? [],
      languages: (languagesByService.get(id) ?? []).filter((l) => !str(l.phone_id)),
      service_at_locations: (linksByService.get(id) ?? []).map((link) => {
        const location = locations.get(str(link.location_id) ?? '');
        if (!location) {
          builder.warn({ ...link[SOURCE]!, field: 'location_id', message: `location '${str(link.location_id) ?? ''}' is not in locations.csv` });
          return link;
        }
        const locationId = str(location.id) ?? '';
        return {
          ...link,
          location: { ...location, addresses: addressesByLocation.get(locationId) ?? [], phones: phonesByLocation.get(locationId) ?? [] },
        };
      }),
      attributes: (attributesByLink.get(id) ?? []).map((attribute) => ({
        ...attribute,
        taxonomy_term: termsById.get(str(attribute.taxonomy_term_id) ?? ''),
      })),
    };
    nested[SOURCE] = service[SOURCE];
    const where = service[SOURCE]!;
    builder.add(convertHsdsService(nested, where), where.row ?? 0, where.file);
  }
  return builder.build();
}
