import { useState } from 'preact/hooks';
import { parseRightsScript } from '../../lib/content/script-schema';
import { usePlatform } from '../context';
import { OptionsSection } from './OptionsSection';

type Result = { kind: 'error'; lines: string[] } | { kind: 'saved'; text: string } | null;

/**
 * A department's own rights script (reviewed by its counsel), added from a JSON file. It is checked
 * with the same schema as the bundled ones, every problem listed by path, and stored only when valid;
 * a script for the same jurisdiction and language replaces the earlier one.
 */
export function ScriptImport({ current, locked }: { current: readonly unknown[]; locked: boolean }) {
  const platform = usePlatform();
  const { t } = platform;
  const [result, setResult] = useState<Result>(null);
  const ids = current.flatMap((raw) => {
    const parsed = parseRightsScript(raw);
    return parsed.ok ? [`${parsed.script.id} (${parsed.script.jurisdiction}, ${parsed.script.language}, v${parsed.script.version})`] : [];
  });

  const choose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      setResult({ kind: 'error', lines: [t('scriptsImportNotJson', { reason: error instanceof Error ? error.message : String(error) })] });
      return;
    }
    const parsed = parseRightsScript(json);
    if (!parsed.ok) {
      setResult({ kind: 'error', lines: parsed.errors.map((error) => `${error.path}: ${error.message}`) });
      return;
    }
    const script = parsed.script;
    const others = current.filter((raw) => {
      const other = parseRightsScript(raw);
      return !(other.ok && other.script.jurisdiction === script.jurisdiction && other.script.language === script.language);
    });
    try {
      await platform.updateSettings?.({ scripts: [...others, json] });
      setResult({ kind: 'saved', text: t('scriptsImportSaved', { id: script.id, jurisdiction: script.jurisdiction, language: script.language }) });
    } catch (error) {
      setResult({ kind: 'error', lines: [error instanceof Error ? error.message : String(error)] });
    }
  };

  return (
    <OptionsSection id="vsp-scripts-heading" testId="script-import" heading="scriptsImportHeading" intro="scriptsImportIntro" locked={locked}>
      {ids.length > 0 ? (
        <ul data-testid="department-scripts">
          {ids.map((id) => (
            <li key={id}>{id}</li>
          ))}
        </ul>
      ) : (
        <p class="vsp-muted">{t('scriptsImportNone')}</p>
      )}
      <div class="vsp-field">
        <label for="vsp-script-file">{t('scriptsImportChoose')}</label>
        <input id="vsp-script-file" type="file" accept=".json,application/json" disabled={locked} onChange={(event) => void choose(event)} data-testid="script-file" />
      </div>
      {result?.kind === 'error' ? (
        <ul role="alert" class="vsp-error vsp-small" data-testid="script-import-errors">
          {result.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" class="vsp-muted" data-testid="script-import-status">
        {result?.kind === 'saved' ? result.text : ''}
      </p>
    </OptionsSection>
  );
}
