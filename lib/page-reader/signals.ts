import { codeFor } from './codes';
import { looksLikeLabel } from './labels';
import { capLength, collapseWhitespace } from './text';
import type { IncidentSignal } from './types';

export interface SignalContext {
  frame: string;
  at: number;
  maxValueLength: number;
}

/**
 * Collects incident signals in reading order, without repeats of the same text under the same
 * label (a value shown in both a header and a form, two identical offence rows).
 */
export class SignalList {
  readonly signals: IncidentSignal[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly context: SignalContext) {}

  add(rawText: string, label: string, source: IncidentSignal['source'], isCode: boolean, optionValue?: string): void {
    const full = collapseWhitespace(rawText);
    // Empty fields and label text caught as a value (an empty cell before the next label) are not signals.
    if (!full || (source !== 'site-rule' && looksLikeLabel(full))) return;
    const text = capLength(full, this.context.maxValueLength);
    const key = `${text.toLowerCase()}\u0000${label.toLowerCase()}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const signal: IncidentSignal = { text, label, source, frame: this.context.frame, at: this.context.at };
    const code = codeFor(full, isCode, optionValue);
    if (code) signal.code = capLength(code, Math.min(40, this.context.maxValueLength));
    this.signals.push(signal);
  }
}
