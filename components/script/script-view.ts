import type { SelectedScript, SelectedSection } from '../../lib/content/select-script';
import type { RightsScript, ScriptSource } from '../../lib/content/script-schema';
import { splitSentences } from '../../lib/speech/sentences';
import type { Segment } from '../../lib/speech/read-aloud';

/** One section as displayed: where it comes from, its sentences (for the highlight), its citations. */
export interface ShownSection {
  key: string;
  selected: SelectedSection;
  script: RightsScript;
  /** Part of the federal baseline appended after a state's script. */
  federal: boolean;
  paragraphs: string[][];
  sources: ScriptSource[];
}

/** The state's sections, then the federal baseline's, each with its sentences split once. */
export function shownSections(selection: SelectedScript | null): ShownSection[] {
  if (!selection?.script) return [];
  const make = (script: RightsScript, selected: SelectedSection, federal: boolean): ShownSection => ({
    key: `${script.id}:${selected.section.id}`,
    selected,
    script,
    federal,
    paragraphs: selected.section.paragraphs.map(splitSentences),
    sources: selected.section.sourceIds.flatMap((id) => script.sources.filter((source) => source.id === id)),
  });
  return [
    ...selection.sections.map((selected) => make(selection.script!, selected, false)),
    ...(selection.federalBaseline?.sections.map((selected) => make(selection.federalBaseline!.script, selected, true)) ?? []),
  ];
}

/**
 * What is read aloud: every section except officer actions (those are instructions to the
 * officer), title first. Segment i is shown section `sectionIndex[i]`.
 */
export function readAloudSegments(sections: readonly ShownSection[]): { segments: Segment[]; sectionIndex: number[] } {
  const segments: Segment[] = [];
  const sectionIndex: number[] = [];
  sections.forEach((shown, index) => {
    if (shown.selected.section.kind === 'officer-action') return;
    segments.push({ id: shown.key, sentences: [shown.selected.section.title, ...shown.paragraphs.flat()] });
    sectionIndex.push(index);
  });
  return { segments, sectionIndex };
}
