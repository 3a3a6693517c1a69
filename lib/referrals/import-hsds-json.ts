/**
 * HSDS 3.x JSON: a list of full service objects (GET /services/{id} shape), a paginated page
 * {contents: [...]}, several pages in a list, or {services: [...]}.
 */
import { convertHsdsService, isObj } from './hsds-service';
import type { DirectorySource, ImportPreview } from './model';
import { PreviewBuilder, fatalPreview } from './import-preview';

export function importHsdsJson(input: string | unknown, source: Omit<DirectorySource, 'kind'> & { kind?: DirectorySource['kind'] } = {}): ImportPreview {
  const directorySource: DirectorySource = { kind: source.kind ?? 'hsds-json', ...source };
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fatalPreview(directorySource, `The file is not JSON (${(error as Error).message}). Export the directory as HSDS JSON, or use the CSV template.`);
    }
  }
  const found = findServices(data);
  if (!found) {
    return fatalPreview(directorySource, 'The JSON is not an HSDS service list: expected a list of services, or a page like {"contents": [...]}.');
  }
  const builder = new PreviewBuilder(directorySource);
  if (found.pageNote) builder.warn({ message: found.pageNote });
  found.services.forEach((service, index) => builder.add(convertHsdsService(service, { row: index + 1 }), index + 1));
  return builder.build();
}

function findServices(data: unknown): { services: unknown[]; pageNote?: string } | undefined {
  if (Array.isArray(data)) {
    if (data.length > 0 && data.every((item) => isObj(item) && Array.isArray(item.contents))) {
      return { services: data.flatMap((page) => (page as { contents: unknown[] }).contents) };
    }
    return { services: data };
  }
  if (!isObj(data)) return undefined;
  if (Array.isArray(data.contents)) {
    const total = typeof data.total_items === 'number' ? data.total_items : undefined;
    const pageNote =
      total !== undefined && total > data.contents.length
        ? `This is one page of ${total} services (page ${String(data.page_number ?? '?')} of ${String(data.total_pages ?? '?')}); only the ${data.contents.length} on this page are imported.`
        : undefined;
    return { services: data.contents, ...(pageNote ? { pageNote } : {}) };
  }
  if (Array.isArray(data.services)) return { services: data.services };
  if ('name' in data && 'id' in data) return { services: [data] };
  return undefined;
}
