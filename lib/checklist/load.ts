import type { FetchJson } from '../content/load-scripts';
import { checklistFileSchema, mergeTemplates, parseDepartmentTemplates, type ChecklistTemplate, type TemplateProblem } from './template-schema';

export const CHECKLIST_PATH = 'content/checklists/default.json';

/** Bundled templates merged with the department's; problems name the bad field. */
export async function loadChecklistTemplates(fetchJson: FetchJson, department: readonly unknown[]): Promise<{ templates: ChecklistTemplate[]; problems: TemplateProblem[] }> {
  let bundled: ChecklistTemplate[] = [];
  const problems: TemplateProblem[] = [];
  try {
    const parsed = checklistFileSchema.safeParse(await fetchJson(CHECKLIST_PATH));
    if (parsed.success) bundled = parsed.data.templates;
    else problems.push({ path: CHECKLIST_PATH, message: parsed.error.issues[0]?.message ?? 'invalid' });
  } catch (error) {
    problems.push({ path: CHECKLIST_PATH, message: error instanceof Error ? error.message : String(error) });
  }
  const own = parseDepartmentTemplates(department);
  return { templates: mergeTemplates(bundled, own.templates), problems: [...problems, ...own.problems] };
}
