import { SCRIPT_BASE } from './script-base';

/** The app's hashed chunk (chunks/app-<hash>.js), written in by widget.vite.config.ts. */
declare const __VSP_APP_CHUNK__: string;

/**
 * The built widget's loader: the app sits in chunks/ beside the entry script, which host pages
 * load on every screen; the app is fetched only when a panel is on the page. Its file name carries
 * a content hash, so it can be cached for good and never mismatches this entry.
 */
export const loadWidgetApp = (): Promise<typeof import('./app')> => import(/* @vite-ignore */ new URL(__VSP_APP_CHUNK__, SCRIPT_BASE).href);
