import type { SelectedSection } from '../content/select-script';
import type { RightsScript } from '../content/script-schema';
import type { HandoutRights, HandoutSection } from './model';

/**
 * The rights a victim takes home: the selected base and add-on sections, with their citations.
 * Officer-action sections are instructions to the officer ("give the written notice"), so they
 * stay off the victim's page; so does the script's notice, which is addressed to the department.
 */
export function handoutRights(script: RightsScript, selected: readonly SelectedSection[]): HandoutRights {
  const sources = new Map(script.sources.map((source) => [source.id, source]));
  const sections: HandoutSection[] = selected
    .filter(({ section }) => section.kind !== 'officer-action')
    .map(({ section }) => ({
      id: section.id,
      title: section.title,
      paragraphs: [...section.paragraphs],
      citations: section.sourceIds.flatMap((id) => {
        const source = sources.get(id);
        return source ? [{ citation: source.citation, url: source.url }] : [];
      }),
    }));
  return {
    script: {
      id: script.id,
      version: script.version,
      title: script.title,
      lastReviewed: script.lastReviewed,
      jurisdiction: script.jurisdiction,
      language: script.language,
    },
    sections,
  };
}
