import * as z from '../zod';
import { CATEGORY_IDS } from '../taxonomy';
import { languageTagSchema } from './tag-schemas';
import { toContentErrors, type ContentError } from './validation-errors';

/**
 * A generic shape for department-supplied screening instruments (e.g. a lethality screen for
 * domestic violence). The project ships no real instrument: departments import the one they are
 * licensed and trained to use. The trigger rule is data so that no instrument needs code.
 */

export type Answer = 'yes' | 'no' | 'unknown';
export type Answers = Readonly<Record<string, Answer | undefined>>;

export type TriggerRule =
  | { any: { questions: string[]; answer: Answer } }
  | { atLeast: { count: number; of: string[]; answer: Answer } }
  | { or: TriggerRule[] }
  | { and: TriggerRule[] };

const answerSchema = z.enum(['yes', 'no', 'unknown'], { error: 'answer must be "yes", "no" or "unknown"' });
const questionIds = z.array(z.string().check(z.minLength(1))).check(z.minLength(1, { error: 'list at least one question id' }));

export const triggerRuleSchema: z.ZodMiniType<TriggerRule> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ any: z.strictObject({ questions: questionIds, answer: answerSchema }) }),
      z.strictObject({
        atLeast: z.strictObject({ count: z.number().check(z.int(), z.gte(1)), of: questionIds, answer: answerSchema }),
      }),
      z.strictObject({ or: z.array(triggerRuleSchema).check(z.minLength(1)) }),
      z.strictObject({ and: z.array(triggerRuleSchema).check(z.minLength(1)) }),
    ],
    { error: 'a trigger rule is one of {any}, {atLeast}, {or: [...]} or {and: [...]}' },
  ),
);

const nonEmptyText = () => z.string().check(z.trim(), z.minLength(1));

export const riskScreenSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id must be lower-case letters, digits and dashes' })),
    title: nonEmptyText(),
    language: languageTagSchema,
    /** True for demonstration content: the panel labels it and never presents it as validated. */
    example: z.optional(z.boolean()),
    notice: z.optional(nonEmptyText()),
    categories: z.array(z.enum(CATEGORY_IDS, { error: 'not a category id from lib/taxonomy.ts' })).check(z.minLength(1)),
    questions: z
      .array(z.strictObject({ id: z.string().check(z.minLength(1)), text: nonEmptyText() }))
      .check(z.minLength(1, { error: 'a screen needs at least one question' })),
    trigger: triggerRuleSchema,
    protocol: z.array(nonEmptyText()).check(z.minLength(1, { error: 'say what to do when the screen is triggered' })),
  })
  .check(
    z.superRefine((screen, ctx) => {
      const ids = new Set<string>();
      screen.questions.forEach((q, i) => {
        if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id '${q.id}'` });
        ids.add(q.id);
      });
      checkRule(screen.trigger, ['trigger'], ids, ctx);
    }),
  );

function checkRule(rule: TriggerRule, path: (string | number)[], ids: Set<string>, ctx: z.core.$RefinementCtx): void {
  const unknownIds = (list: string[], at: (string | number)[]) =>
    list.forEach((q, i) => {
      if (!ids.has(q)) ctx.addIssue({ code: 'custom', path: [...at, i], message: `'${q}' is not a question of this screen` });
    });
  if ('any' in rule) unknownIds(rule.any.questions, [...path, 'any', 'questions']);
  else if ('atLeast' in rule) {
    unknownIds(rule.atLeast.of, [...path, 'atLeast', 'of']);
    if (rule.atLeast.count > rule.atLeast.of.length) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'atLeast', 'count'],
        message: `count ${rule.atLeast.count} is more than the ${rule.atLeast.of.length} questions listed`,
      });
    }
  } else if ('or' in rule) rule.or.forEach((r, i) => checkRule(r, [...path, 'or', i], ids, ctx));
  else rule.and.forEach((r, i) => checkRule(r, [...path, 'and', i], ids, ctx));
}

export type RiskScreen = z.infer<typeof riskScreenSchema>;

export function parseRiskScreen(json: unknown): { ok: true; screen: RiskScreen } | { ok: false; errors: ContentError[] } {
  const result = riskScreenSchema.safeParse(json);
  return result.success ? { ok: true, screen: result.data } : { ok: false, errors: toContentErrors(result.error) };
}

export interface RiskScreenResult {
  triggered: boolean;
  /** Plain sentence naming the questions that decided it, for the officer and the incident record. */
  why: string;
}

export function evaluateRiskScreen(screen: Pick<RiskScreen, 'trigger'>, answers: Answers): RiskScreenResult {
  const outcome = evaluate(screen.trigger, answers);
  return { triggered: outcome.met, why: `${outcome.met ? 'Triggered' : 'Not triggered'}: ${outcome.why}.` };
}

interface Outcome {
  met: boolean;
  why: string;
}

function matching(ids: readonly string[], answers: Answers, answer: Answer): string[] {
  return ids.filter((q) => answers[q] === answer);
}

function evaluate(rule: TriggerRule, answers: Answers): Outcome {
  if ('any' in rule) {
    const hits = matching(rule.any.questions, answers, rule.any.answer);
    return hits.length > 0
      ? { met: true, why: `"${rule.any.answer}" to ${hits.join(', ')}` }
      : { met: false, why: `no "${rule.any.answer}" to any of ${rule.any.questions.join(', ')}` };
  }
  if ('atLeast' in rule) {
    const { count, of, answer } = rule.atLeast;
    const hits = matching(of, answers, answer);
    const met = hits.length >= count;
    const which = hits.length > 0 ? ` (${hits.join(', ')})` : '';
    return { met, why: `${hits.length} of ${of.length} answered "${answer}"${which}, ${count} needed` };
  }
  if ('or' in rule) {
    const parts = rule.or.map((r) => evaluate(r, answers));
    const met = parts.filter((p) => p.met);
    return met.length > 0
      ? { met: true, why: met.map((p) => p.why).join('; ') }
      : { met: false, why: parts.map((p) => p.why).join('; and ') };
  }
  const parts = rule.and.map((r) => evaluate(r, answers));
  const unmet = parts.filter((p) => !p.met);
  return unmet.length === 0
    ? { met: true, why: parts.map((p) => p.why).join('; and ') }
    : { met: false, why: unmet.map((p) => p.why).join('; ') };
}
