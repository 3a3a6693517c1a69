import { classify, type Classification, type DepartmentMapping } from '../classify';
import type { IncidentSignal, PageReading } from '../page-reader/types';
import type { CategoryId } from '../taxonomy';

export interface RecognisedCategory extends Classification {
  /** The signal (field value) that led to it. */
  from: string;
}

export interface Recognition {
  /** Each field read from the page, with what it means on its own. */
  signals: Array<{ signal: IncidentSignal; categories: Classification[] }>;
  /** Every category over all signals, once, best first (several offences on one report). */
  categories: RecognisedCategory[];
}

/**
 * Turns what the page reader found into categories. A report with several offences yields the
 * union; a category named by two offences keeps its strongest reason.
 */
export function recogniseReading(reading: PageReading | undefined, mappings: readonly DepartmentMapping[] = []): Recognition {
  if (!reading) return { signals: [], categories: [] };
  const signals = reading.signals.map((signal) => ({
    signal,
    categories: classify(signal.code ? { text: signal.text, code: signal.code } : { text: signal.text }, { mappings }),
  }));
  const best = new Map<CategoryId, RecognisedCategory>();
  signals.forEach(({ signal, categories }) => {
    for (const category of categories) {
      const known = best.get(category.id);
      if (!known || category.confidence > known.confidence) best.set(category.id, { ...category, from: signal.text });
    }
  });
  // Stable order: confidence, then the order offences appear on the page.
  const order = [...best.keys()];
  const categories = [...best.values()].sort((a, b) => b.confidence - a.confidence || order.indexOf(a.id) - order.indexOf(b.id));
  return { signals, categories };
}
