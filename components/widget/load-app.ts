/**
 * Loads the panel itself (Preact, the stores, the classifier...). In tests and the dev server it is
 * an ordinary import; `npm run build:widget` swaps this file for load-app.remote.ts, which fetches
 * the separately built app file from beside the widget's script.
 */
export const loadWidgetApp = (): Promise<typeof import('./app')> => import('./app');
