import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Firefox add-on id: fixed so policies (3rdparty.Extensions.<id>) and updates keep working. */
export const GECKO_ID = 'victim-services-panel@vsp.example.org';

/**
 * `--mode e2e` is the production extension plus read access to pages served from localhost,
 * so the end-to-end tests and the demo can drive it on the demo RMS. Production builds get no
 * host access at install: departments grant their RMS origins (see docs/deploy.md).
 */
const LOCAL_TEST_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * A department build: `VSP_RMS_ORIGINS="https://rms.harbor.example/*,https://cad.harbor.example/*"`
 * puts the department's RMS origins in the manifest, so the reader runs there with no prompt to
 * any officer. Only explicit https origins are accepted; a typo fails the build, not the deploy.
 */
function departmentOrigins(): string[] {
  const raw = process.env.VSP_RMS_ORIGINS?.trim();
  if (!raw) return [];
  return raw.split(',').map((origin) => {
    const pattern = origin.trim();
    if (!/^https:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?\/\*$/i.test(pattern)) {
      throw new Error(`VSP_RMS_ORIGINS: "${pattern}" is not an https origin pattern like https://rms.example.gov/*`);
    }
    return pattern;
  });
}

function hostPermissions(mode: string): { host_permissions?: string[] } {
  const origins = [...departmentOrigins(), ...(mode === 'e2e' ? LOCAL_TEST_ORIGINS : [])];
  return origins.length > 0 ? { host_permissions: origins } : {};
}

export default defineConfig({
  imports: false,
  // MV3 everywhere: Firefox supports it, and one manifest shape means one permission model.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms + notifications: daily retention purge and follow-up reminders (lib/extension/maintenance.ts).
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'notifications'],
    ...hostPermissions(mode),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          minimum_chrome_version: '116',
          // Chrome validates managed policy against this schema (generated from lib/settings,
          // checked by a unit test); Firefox reads policies.json without one.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  hooks: {
    // WXT writes an empty content_scripts list when every script registers at runtime;
    // leave the key out so the manifest says exactly what it asks for.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (Array.isArray(manifest.content_scripts) && manifest.content_scripts.length === 0) {
        delete manifest.content_scripts;
      }
    },
  },
});
