import { SCRIPT_BASE } from './script-base';

declare const __VSP_VERSION__: string;

/**
 * The built widget's loader: victim-services-panel-app.js sits beside the entry script, which
 * host pages load on every screen; the app file is fetched only when a panel is on the page. The
 * version query keeps a cached app from an older release from meeting a newer entry.
 */
export const loadWidgetApp = (): Promise<typeof import('./app')> =>
  import(/* @vite-ignore */ new URL(`victim-services-panel-app.js?v=${__VSP_VERSION__}`, SCRIPT_BASE).href);
