import type { DepartmentMapping } from '../../lib/classify';
import { categoryLabel } from '../../lib/taxonomy';
import { usePlatform } from '../context';
import { AddMappingForm, sameMapping } from './AddMappingForm';
import { OptionsSection } from './OptionsSection';
import { RemoveButton } from './RemoveButton';
import { SaveStatus, useSaver } from './SaveStatus';

/** The department's own codes and wording, which win over the built-in recognition. */
export function MappingsEditor({ mappings, locked = false }: { mappings: readonly DepartmentMapping[]; locked?: boolean }) {
  const { t, uiLanguage } = usePlatform();
  const removal = useSaver();
  // Removed by value, not index: another window may have changed the list since this one rendered.
  const remove = (mapping: DepartmentMapping) =>
    void removal.save((current) => {
      const index = current.mappings.findIndex((candidate) => sameMapping(candidate, mapping));
      return index < 0 ? current : { ...current, mappings: current.mappings.filter((_, i) => i !== index) };
    });

  return (
    <OptionsSection id="vsp-mappings-heading" testId="mappings-editor" heading="optionsMappingsHeading" intro="optionsMappingsIntro" locked={locked} lockedTestId="mappings-locked">
      {mappings.length === 0 ? (
        <p data-testid="mappings-empty">{t('optionsMappingsEmpty')}</p>
      ) : (
        <table class="vsp-table">
          <caption>{t('optionsMappingsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsColumnMatch')}</th>
              <th scope="col">{t('optionsColumnKind')}</th>
              <th scope="col">{t('optionsColumnCategory')}</th>
              <th scope="col">{t('optionsColumnNote')}</th>
              {locked ? null : <th scope="col">{t('optionsColumnActions')}</th>}
            </tr>
          </thead>
          <tbody>
            {mappings.map((mapping, index) => (
              <tr key={`${index}\n${mapping.kind}\n${mapping.match}`} data-testid="mapping-row">
                <th scope="row" class="vsp-code">
                  {mapping.match}
                </th>
                <td>{t(mapping.kind === 'pattern' ? 'optionsKindPattern' : 'optionsKindExact')}</td>
                <td>{categoryLabel(mapping.category, uiLanguage)}</td>
                <td>{mapping.note ?? ''}</td>
                {locked ? null : (
                  <td>
                    <RemoveButton label={t('optionsRemoveMapping', { match: mapping.match })} testId="mapping-remove" onRemove={() => remove(mapping)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SaveStatus state={removal.state} testId="mapping-removal" />
      {locked ? null : <AddMappingForm mappings={mappings} />}
    </OptionsSection>
  );
}
