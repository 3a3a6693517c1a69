import { useEffect, useState } from 'preact/hooks';
import type { SiteRule } from '../../lib/page-reader/types';
import type { AdminOptions } from '../../lib/settings/admin-options';
import { useT } from '../context';
import { OptionsSection } from './OptionsSection';
import { PolicyExport } from './PolicyExport';
import { RemoveButton } from './RemoveButton';
import { SaveStatus, useSaver } from './SaveStatus';

const SELECTOR_COLUMNS = [
  ['incidentSelector', 'optionsColumnIncidentSelector'],
  ['caseNumberSelector', 'optionsColumnCaseSelector'],
  ['narrativeSelector', 'optionsColumnNarrativeSelector'],
] as const satisfies ReadonlyArray<readonly [keyof SiteRule, string]>;

/** Per-site field selectors taught in the panel, the switch for those tools, and the policy export. */
export function SiteRulesList({ options, locked = [] }: { options: AdminOptions; locked?: readonly string[] }) {
  const sitesLocked = locked.includes('rmsSites');
  const teachLocked = locked.includes('teachTools');
  const t = useT();
  const saver = useSaver();
  const origins = Object.keys(options.siteRules).sort();

  const remove = (origin: string) =>
    void saver.save((current) => {
      const { [origin]: _removed, ...rest } = current.siteRules;
      return { ...current, siteRules: rest };
    });
  // The box shows the admin's choice until storage reports it back (the change event comes after
  // the save resolves); a controlled checkbox would otherwise jump back meanwhile. A failed save reverts it.
  const [pendingTeachTools, setPendingTeachTools] = useState<boolean | null>(null);
  useEffect(() => {
    if (pendingTeachTools === options.teachTools) setPendingTeachTools(null);
  }, [pendingTeachTools, options.teachTools]);
  const setTeachTools = async (teachTools: boolean) => {
    setPendingTeachTools(teachTools);
    if (!(await saver.save((current) => ({ ...current, teachTools })))) setPendingTeachTools(null);
  };

  return (
    <OptionsSection id="vsp-site-rules-heading" testId="site-rules" heading="optionsSiteRulesHeading" intro="optionsSiteRulesIntro" locked={sitesLocked} lockedTestId="site-rules-locked">
      {origins.length === 0 ? (
        <p data-testid="site-rules-empty">{t('optionsSiteRulesEmpty')}</p>
      ) : (
        <table class="vsp-table">
          <caption>{t('optionsSiteRulesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsColumnOrigin')}</th>
              {SELECTOR_COLUMNS.map(([key, label]) => (
                <th key={key} scope="col">
                  {t(label)}
                </th>
              ))}
              {sitesLocked ? null : <th scope="col">{t('optionsColumnActions')}</th>}
            </tr>
          </thead>
          <tbody>
            {origins.map((origin) => {
              const rule = options.siteRules[origin]!;
              return (
                <tr key={origin} data-testid="site-rule-row">
                  <th scope="row">{origin}</th>
                  {SELECTOR_COLUMNS.map(([key]) => (
                    <td key={key} class={rule[key] ? 'vsp-code' : 'vsp-muted'}>
                      {rule[key] ?? t('optionsSelectorNotSet')}
                    </td>
                  ))}
                  {sitesLocked ? null : (
                    <td>
                      <RemoveButton label={t('optionsRemoveSiteRule', { origin })} testId="site-rule-remove" onRemove={() => remove(origin)} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <label class="vsp-checkbox">
        <input
          type="checkbox"
          checked={pendingTeachTools ?? options.teachTools}
          disabled={teachLocked}
          data-testid="teach-tools"
          onChange={(event) => void setTeachTools(event.currentTarget.checked)}
        />
        <span>{t('optionsTeachTools')}</span>
        {teachLocked ? <span class="vsp-locked">{t('setByDepartment')}</span> : null}
      </label>
      <SaveStatus state={saver.state} testId="site-rules-save" />
      <PolicyExport options={options} />
    </OptionsSection>
  );
}
