import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/panel.css';
import '../../components/options/options.css';
import { createBrowserPlatform } from '../sidepanel/browser-platform';

const platform = createBrowserPlatform();
document.title = platform.t('optionsTitle');
render(<OptionsApp platform={platform} />, document.getElementById('app')!);
