import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRiskScreen, parseRiskScreen, type TriggerRule } from '../../../lib/content/risk-screen';

const screensDir = `${resolve(process.cwd(), 'public/content/risk-screens')}/`;
const readScreen = (file: string): unknown => JSON.parse(readFileSync(`${screensDir}${file}`, 'utf8'));

const any: TriggerRule = { any: { questions: ['q1', 'q2', 'q3'], answer: 'yes' } };
const atLeast: TriggerRule = { atLeast: { count: 2, of: ['q4', 'q5', 'q6'], answer: 'yes' } };

describe('evaluateRiskScreen', () => {
  it('any: one matching answer triggers, and the why names it', () => {
    const r = evaluateRiskScreen({ trigger: any }, { q2: 'yes', q1: 'no' });
    expect(r).toEqual({ triggered: true, why: 'Triggered: "yes" to q2.' });
    expect(evaluateRiskScreen({ trigger: any }, { q1: 'no', q2: 'unknown' }).triggered).toBe(false);
  });

  it('at least N: counts matching answers, unanswered do not count', () => {
    expect(evaluateRiskScreen({ trigger: atLeast }, { q4: 'yes' })).toEqual({
      triggered: false,
      why: 'Not triggered: 1 of 3 answered "yes" (q4), 2 needed.',
    });
    expect(evaluateRiskScreen({ trigger: atLeast }, { q4: 'yes', q6: 'yes' }).triggered).toBe(true);
  });

  it('combines rules with or / and', () => {
    const or: TriggerRule = { or: [any, atLeast] };
    const and: TriggerRule = { and: [any, atLeast] };
    expect(evaluateRiskScreen({ trigger: or }, { q5: 'yes', q6: 'yes' }).triggered).toBe(true);
    expect(evaluateRiskScreen({ trigger: and }, { q5: 'yes', q6: 'yes' }).triggered).toBe(false);
    const both = evaluateRiskScreen({ trigger: and }, { q1: 'yes', q5: 'yes', q6: 'yes' });
    expect(both.triggered).toBe(true);
    expect(both.why).toContain('q1');
    expect(both.why).toContain('q5, q6');
    expect(evaluateRiskScreen({ trigger: { any: { questions: ['safe'], answer: 'no' } } }, { safe: 'no' }).triggered).toBe(true);
  });
});

describe('parseRiskScreen', () => {
  it('rejects rules that name unknown questions or impossible counts, with paths', () => {
    const result = parseRiskScreen({
      id: 'x',
      title: 'X',
      language: 'en',
      categories: ['domestic-family-violence'],
      questions: [{ id: 'q1', text: 'One?' }],
      trigger: { or: [{ any: { questions: ['q9'], answer: 'yes' } }, { atLeast: { count: 3, of: ['q1'], answer: 'yes' } }] },
      protocol: ['Do this.'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path: 'trigger.or[0].any.questions[0]', message: "'q9' is not a question of this screen" });
    expect(result.errors.some((e) => e.path === 'trigger.or[1].atLeast.count')).toBe(true);
  });

  it.each(['example-dv-screen.en.json', 'example-dv-screen.es.json'])('the bundled %s is valid and marked as an example', (file) => {
    const result = parseRiskScreen(readScreen(file));
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
    if (!result.ok) return;
    expect(result.screen.example).toBe(true);
    expect(result.screen.notice).toMatch(/example|ejemplo/i);
  });

  it('the English and Spanish examples have the same questions and rule', () => {
    const en = readScreen('example-dv-screen.en.json') as { questions: { id: string }[]; trigger: unknown };
    const es = readScreen('example-dv-screen.es.json') as { questions: { id: string }[]; trigger: unknown };
    expect(es.questions.map((q) => q.id)).toEqual(en.questions.map((q) => q.id));
    expect(es.trigger).toEqual(en.trigger);
    const screen = parseRiskScreen(en);
    if (!screen.ok) throw new Error('invalid');
    expect(evaluateRiskScreen(screen.screen, { 'safe-place': 'no' }).triggered).toBe(true);
    expect(evaluateRiskScreen(screen.screen, { 'safe-place': 'yes', 'hurt-before': 'yes' }).triggered).toBe(false);
  });
});
