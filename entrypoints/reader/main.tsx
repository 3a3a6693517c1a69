import { render } from 'preact';
import { ReaderApp } from '../../components/reader/ReaderApp';
import '../../components/panel.css';
import '../../components/reader/reader.css';
import { createBrowserPlatform } from '../sidepanel/browser-platform';

const platform = createBrowserPlatform();
document.title = platform.t('readerTitle');
render(<ReaderApp platform={platform} />, document.getElementById('app')!);
