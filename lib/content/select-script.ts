import type { CategoryId } from '../taxonomy';
import type { RightsScript, ScriptSection } from './script-schema';

/**
 * Picks the script to read and the sections of it that apply: jurisdiction × categories × language.
 * Pure and allocation-light: it runs on every change of the recognised categories.
 */

export const FEDERAL_JURISDICTION = 'US';
export const FALLBACK_LANGUAGE = 'en';

export interface SelectionRequest {
  jurisdiction: string;
  categories: readonly CategoryId[];
  language: string;
  /** Also append the federal base rights (for crimes that are, or may be, federal). */
  federalBaseline?: boolean;
}

export interface SelectedSection {
  section: ScriptSection;
  /** The requested categories this add-on or officer action was chosen for; empty for base sections. */
  forCategories: CategoryId[];
}

export interface Fallback {
  /** A sentence the panel shows as is, so the officer knows what they are reading and why. */
  reason: string;
}

export interface FederalBaselinePart {
  script: RightsScript;
  sections: SelectedSection[];
}

export interface SelectedScript {
  /** null when no script covers the jurisdiction (and no federal fallback applies). */
  script: RightsScript | null;
  requested: { jurisdiction: string; language: string };
  fellBackToFederal: Fallback | false;
  languageFallback: Fallback | false;
  /** Base sections, then add-ons for the recognised categories, then officer actions; each once. */
  sections: SelectedSection[];
  /** Recognised categories that no add-on in this script covers (the base rights still apply). */
  uncoveredCategories: CategoryId[];
  /** Present only when federalBaseline was requested and the script used is not already federal. */
  federalBaseline: FederalBaselinePart | null;
  /** Set when script is null. */
  noScriptReason?: string;
}

export function selectScript(library: readonly RightsScript[], request: SelectionRequest): SelectedScript {
  const jurisdiction = request.jurisdiction.trim().toUpperCase();
  const language = request.language.trim();
  const requested = { jurisdiction, language };

  let candidates = scriptsFor(library, jurisdiction);
  let fellBackToFederal: Fallback | false = false;
  if (candidates.length === 0 && isUsSubdivision(jurisdiction)) {
    candidates = scriptsFor(library, FEDERAL_JURISDICTION);
    if (candidates.length > 0) {
      fellBackToFederal = {
        reason: `No rights script for ${jurisdiction} is installed. Showing the U.S. federal script instead; state rights may also apply.`,
      };
    }
  }

  if (candidates.length === 0) {
    return {
      script: null,
      requested,
      fellBackToFederal: false,
      languageFallback: false,
      sections: [],
      uncoveredCategories: [...new Set(request.categories)],
      federalBaseline: null,
      noScriptReason: `No rights script for ${jurisdiction} is installed.`,
    };
  }

  const { script, fallback: languageFallback } = pickLanguage(candidates, language);
  const { sections, uncovered } = applicableSections(script, request.categories);

  let federalBaseline: FederalBaselinePart | null = null;
  if (request.federalBaseline && script.jurisdiction !== FEDERAL_JURISDICTION && isUs(jurisdiction)) {
    const federal = scriptsFor(library, FEDERAL_JURISDICTION);
    if (federal.length > 0) {
      const federalScript = pickLanguage(federal, script.language).script;
      federalBaseline = {
        script: federalScript,
        sections: federalScript.sections
          .filter((s) => s.kind === 'base')
          .map((section) => ({ section, forCategories: [] })),
      };
    }
  }

  return {
    script,
    requested,
    fellBackToFederal,
    languageFallback,
    sections,
    uncoveredCategories: uncovered,
    federalBaseline,
  };
}

function scriptsFor(library: readonly RightsScript[], jurisdiction: string): RightsScript[] {
  return library.filter(
    (s) => s.jurisdiction === jurisdiction || (s.alsoCovers?.includes(jurisdiction) ?? false),
  );
}

function isUs(jurisdiction: string): boolean {
  return jurisdiction === FEDERAL_JURISDICTION || isUsSubdivision(jurisdiction);
}

function isUsSubdivision(jurisdiction: string): boolean {
  return jurisdiction.startsWith(`${FEDERAL_JURISDICTION}-`);
}

function primarySubtag(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** Exact tag, then same primary language (es-MX -> es), then English, then whatever exists. */
function pickLanguage(
  candidates: readonly RightsScript[],
  language: string,
): { script: RightsScript; fallback: Fallback | false } {
  const wanted = language.toLowerCase();
  const exact = candidates.find((s) => s.language.toLowerCase() === wanted);
  if (exact) return { script: exact, fallback: false };

  const primary = primarySubtag(wanted);
  const samePrimary = candidates.find((s) => primarySubtag(s.language) === primary);
  if (samePrimary) return { script: samePrimary, fallback: false };

  const english = candidates.find((s) => primarySubtag(s.language) === FALLBACK_LANGUAGE);
  const chosen = english ?? candidates[0]!;
  return {
    script: chosen,
    fallback: {
      reason: `This script is not available in "${language}". Showing it in "${chosen.language}"; arrange an interpreter if the victim needs one.`,
    },
  };
}

function applicableSections(
  script: RightsScript,
  categories: readonly CategoryId[],
): { sections: SelectedSection[]; uncovered: CategoryId[] } {
  const wanted = new Set(categories);
  const covered = new Set<CategoryId>();
  const base: SelectedSection[] = [];
  const addons: SelectedSection[] = [];
  const actions: SelectedSection[] = [];

  // One pass in the script's own order keeps the order stable and each section appears once,
  // however many of the requested categories it matches.
  for (const section of script.sections) {
    const matched = (section.categories ?? []).filter((c) => wanted.has(c));
    if (section.kind === 'base') {
      base.push({ section, forCategories: [] });
    } else if (section.kind === 'addon') {
      if (matched.length > 0) {
        addons.push({ section, forCategories: matched });
        for (const c of matched) covered.add(c);
      }
    } else if (section.categories === undefined || matched.length > 0) {
      // Officer actions without categories always apply (e.g. "give the written notice").
      actions.push({ section, forCategories: matched });
    }
  }

  const uncovered = [...wanted].filter((c) => !covered.has(c));
  return { sections: [...base, ...addons, ...actions], uncovered };
}
