import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Match } from '../../lib/referrals/match';
import type { Directory } from '../../lib/referrals/model';
import { NEED_IDS, type NeedId } from '../../lib/referrals/service-types';
import type { Platform } from '../../lib/platform';
import type { CategoryId } from '../../lib/taxonomy';
import type { PanelStore } from '../panel-store';
import type { IncidentRecorder } from '../session-context';

export interface ReferralFilters {
  onlyLanguage: boolean;
  onlyOpenNow: boolean;
  category: CategoryId | null;
  name: string;
}

export interface ReferralStore {
  readonly loading: ReadonlySignal<boolean>;
  readonly problem: ReadonlySignal<string | null>;
  readonly department: ReadonlySignal<Directory | null>;
  readonly filters: ReadonlySignal<ReferralFilters>;
  setFilters(change: Partial<ReferralFilters>): void;
  readonly needs: ReadonlySignal<NeedId[]>;
  readonly matches: ReadonlySignal<Match[]>;
  readonly now: ReadonlySignal<Date>;
  start(): () => void;
}

type Matching = typeof import('../../lib/referrals/matching');

const BUNDLED: Record<string, string> = { US: 'content/referrals/national-us.json', GB: 'content/referrals/national-gb.json' };

/**
 * Referrals for the incident on screen: the department's directory plus the bundled national
 * lines for its country, matched to the categories, the needs recorded in the checklist and the
 * victim's language, re-ranked every minute as services open and close.
 */
export function createReferralStore(platform: Platform, panel: PanelStore, recorder: IncidentRecorder): ReferralStore {
  const bundled = signal<Directory | null>(null);
  const department = signal<Directory | null>(null);
  const fetching = signal(true);
  // The matcher loads on start(); until then the card says it is loading.
  const matching = signal<Matching | null>(null);
  const loading = computed(() => fetching.value || matching.value === null);
  const problem = signal<string | null>(null);
  const filters = signal<ReferralFilters>({ onlyLanguage: false, onlyOpenNow: false, category: null, name: '' });
  const now = signal(new Date());

  // Only a change of country refetches; other settings changes leave the national lines alone.
  const bundledPath = computed(() => {
    const country = panel.settings.value.jurisdiction?.split('-')[0];
    return country ? BUNDLED[country] : undefined;
  });
  // Rebuilt only when either directory changes, not per query: matching reads the prebuilt index.
  const index = computed(() => {
    const m = matching.value;
    return m ? m.buildIndex(m.mergeDirectories(bundled.value ?? m.emptyDirectory(), department.value ?? m.emptyDirectory())) : null;
  });
  // Needs answers are keyed by NeedId; any truthy answer ("yes", true, a language code) counts.
  const needs = computed(() => {
    const answers = recorder.incident.value?.needs ?? {};
    return NEED_IDS.filter((need) => Boolean(answers[need]));
  });
  const matches = computed((): Match[] => {
    const m = matching.value;
    const built = index.value;
    if (!m || !built) return [];
    const categories = panel.categories.value.map((category) => category.id);
    const chosen = filters.value;
    return m.matchReferrals(built, {
      categories,
      needs: needs.value,
      language: panel.victimLanguage.value,
      now: now.value,
      onlyLanguage: chosen.onlyLanguage,
      onlyOpenNow: chosen.onlyOpenNow,
      // A chip left on from another incident would narrow to nothing: ignore it until it applies again.
      ...(chosen.category && categories.includes(chosen.category) ? { onlyCategories: [chosen.category] } : {}),
      ...(chosen.name.trim() ? { nameQuery: chosen.name.trim() } : {}),
      limit: 30,
    });
  });

  return {
    loading,
    problem,
    department,
    filters,
    setFilters: (change) => (filters.value = { ...filters.value, ...change }),
    needs,
    matches,
    now,
    start() {
      const stops: (() => void)[] = [];
      const loaded = import('../../lib/referrals/matching');
      loaded.then(
        (module) => (matching.value = module),
        (error: unknown) => (problem.value = platform.t('referralBundledFailed', { reason: error instanceof Error ? error.message : String(error) })),
      );
      stops.push(platform.watchDirectory((directory) => (department.value = directory)));
      let generation = 0;
      stops.push(
        effect(() => {
          const path = bundledPath.value;
          const mine = ++generation;
          // Another country's lines must never linger while (or if) the new ones fail to load.
          bundled.value = null;
          problem.value = null;
          if (!path) {
            fetching.value = false;
            return;
          }
          fetching.value = true;
          void Promise.all([platform.fetchContent(path), loaded])
            .then(([json, module]) => {
              if (mine !== generation) return;
              const result = module.loadBundledDirectory(json, path);
              bundled.value = result.ok ? result.directory : null;
              problem.value = result.ok ? null : platform.t('referralBundledFailed', { reason: result.error });
            })
            .catch((error: unknown) => {
              // The department's own listings still show; the officer is told the national lines are missing.
              if (mine === generation) problem.value = platform.t('referralBundledFailed', { reason: error instanceof Error ? error.message : String(error) });
            })
            .finally(() => {
              if (mine === generation) fetching.value = false;
            });
        }),
      );
      const clock = setInterval(() => (now.value = new Date()), 60_000);
      stops.push(() => clearInterval(clock));
      return () => stops.forEach((stop) => stop());
    },
  };
}
