import { useEffect, useState } from 'preact/hooks';
import type { Platform } from '../../lib/platform';
import type { AdminOptionsState } from '../../lib/settings/admin-options';
import { PlatformContext } from '../context';
import { ClassifyTester } from './ClassifyTester';
import { DepartmentBasics } from './DepartmentBasics';
import { MappingsEditor } from './MappingsEditor';
import { ProblemsNotice } from './ProblemsNotice';
import { RecordsTools } from './RecordsTools';
import { ScriptImport } from './ScriptImport';
import { ReferralImport } from './ReferralImport';
import { SettingsOverview } from './SettingsOverview';
import { SiteRulesList } from './SiteRulesList';

export interface OptionsAppProps {
  platform: Platform;
}

/**
 * The department settings page. It shows the stored admin options as the platform reports them
 * (so a change saved in the panel's teach mode appears here too) and writes only through
 * `platform.updateAdminOptions`, which validates before storing.
 */
export function OptionsApp({ platform }: OptionsAppProps) {
  const { t } = platform;
  const [admin, setAdmin] = useState<AdminOptionsState | null>(null);
  useEffect(() => platform.watchAdminOptions(setAdmin), [platform]);

  return (
    <PlatformContext.Provider value={platform}>
      <div class="vsp-app vsp-options" lang={platform.uiLanguage}>
        <header class="vsp-header">
          <h1 class="vsp-title">{t('optionsTitle')}</h1>
        </header>
        <main class="vsp-main vsp-options-main">
          <p>{t('optionsIntro')}</p>
          {admin === null ? (
            <p role="status" data-testid="options-loading">
              {t('optionsLoading')}
            </p>
          ) : (
            <>
              <ProblemsNotice problems={admin.problems} />
              {admin.effective ? <DepartmentBasics effective={admin.effective} locked={admin.locked ?? []} /> : null}
              <MappingsEditor mappings={admin.options.mappings} locked={admin.locked?.includes('incidentMappings') ?? false} />
              <ClassifyTester mappings={admin.options.mappings} />
              <SiteRulesList options={admin.options} locked={admin.locked ?? []} />
              <ReferralImport
                locked={admin.locked?.includes('referralDirectory') ?? false}
                directoryUrl={(admin.effective?.values.referralDirectory as { directoryUrl?: string } | undefined)?.directoryUrl}
              />
              <ScriptImport current={(admin.effective?.values.scripts as unknown[] | undefined) ?? []} locked={admin.locked?.includes('scripts') ?? false} />
              <RecordsTools />
              {admin.effective ? <SettingsOverview effective={admin.effective} /> : null}
            </>
          )}
        </main>
      </div>
    </PlatformContext.Provider>
  );
}
