import { render } from 'preact';
import { ReaderApp } from '../../components/reader/ReaderApp';
import '../../components/panel.css';
import '../../components/script/script.css';
import '../../components/reader/reader.css';
import { createBrowserPlatform } from '../sidepanel/browser-platform';

// Reader mode follows no tab: the platform only supplies settings, content and speech. It also
// sets <html lang> to the language of the strings shown.
const platform = createBrowserPlatform();
document.title = platform.t('readerTitle');
render(<ReaderApp platform={platform} />, document.getElementById('app')!);
