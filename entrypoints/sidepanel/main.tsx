import { render } from 'preact';
import { App } from '../../components/App';
import '../../components/panel.css';
import { panelTargetFromSearch } from '../../lib/extension/platform';
import { createBrowserPlatform } from './browser-platform';

const platform = createBrowserPlatform(panelTargetFromSearch(location.search));
document.title = platform.t('panelTitle');
render(<App platform={platform} />, document.getElementById('app')!);
// The benchmark reads this mark: time from navigation start to the first painted panel DOM.
performance.mark('vsp:first-render');
