/**
 * What the script store needs to load and check scripts, as one module: the panel loads it with
 * the scripts themselves, after its first render.
 */
export { entriesFor, loadScriptIndex, loadScripts } from './load-scripts';
export { parseRightsScript } from './script-schema';
