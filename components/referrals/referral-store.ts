import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
// Module by module, not the lib/referrals barrel: that pulls the CSV importer (papaparse) into the panel.
import { emptyDirectory, loadBundledDirectory, mergeDirectories } from '../../lib/referrals/directory';
import { matchReferrals, type Match } from '../../lib/referrals/match';
import { buildIndex } from '../../lib/referrals/match-index';
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

const BUNDLED: Record<string, string> = { US: 'content/referrals/national-us.json', GB: 'content/referrals/national-gb.json' };

/**
 * Referrals for the incident on screen: the department's directory plus the bundled national
 * lines for its country, matched to the categories, the needs recorded in the checklist and the
 * victim's language, re-ranked every minute as services open and close.
 */
export function createReferralStore(platform: Platform, panel: PanelStore, recorder: IncidentRecorder): ReferralStore {
  const bundled = signal<Directory | null>(null);
  const department = signal<Directory | null>(null);
  const loading = signal(true);
  const problem = signal<string | null>(null);
  const filters = signal<ReferralFilters>({ onlyLanguage: false, onlyOpenNow: false, category: null, name: '' });
  const now = signal(new Date());

  // Only a change of country refetches; other settings changes leave the national lines alone.
  const bundledPath = computed(() => {
    const country = panel.settings.value.jurisdiction?.split('-')[0];
    return country ? BUNDLED[country] : undefined;
  });
  // Rebuilt only when either directory changes, not per query: matching reads the prebuilt index.
  const index = computed(() => buildIndex(mergeDirectories(bundled.value ?? emptyDirectory(), department.value ?? emptyDirectory())));
  // Needs answers are keyed by NeedId; any truthy answer ("yes", true, a language code) counts.
  const needs = computed(() => {
    const answers = recorder.incident.value?.needs ?? {};
    return NEED_IDS.filter((need) => Boolean(answers[need]));
  });
  const matches = computed(() => {
    const categories = panel.categories.value.map((category) => category.id);
    const chosen = filters.value;
    return matchReferrals(index.value, {
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
            loading.value = false;
            return;
          }
          loading.value = true;
          void platform
            .fetchContent(path)
            .then((json) => {
              if (mine !== generation) return;
              const loaded = loadBundledDirectory(json, path);
              bundled.value = loaded.ok ? loaded.directory : null;
              problem.value = loaded.ok ? null : platform.t('referralBundledFailed', { reason: loaded.error });
            })
            .catch((error: unknown) => {
              // The department's own listings still show; the officer is told the national lines are missing.
              if (mine === generation) problem.value = platform.t('referralBundledFailed', { reason: error instanceof Error ? error.message : String(error) });
            })
            .finally(() => {
              if (mine === generation) loading.value = false;
            });
        }),
      );
      const clock = setInterval(() => (now.value = new Date()), 60_000);
      stops.push(() => clearInterval(clock));
      return () => stops.forEach((stop) => stop());
    },
  };
}
