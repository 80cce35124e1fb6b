import { afterFirstPaint } from './app/afterFirstPaint';
import { startApp } from './app/startApp';
// The stylesheet belongs to the page as served, so the build links it from the HTML.
import './app/styles.css';

// The page's only script. The served page is already the start page, readable and with working
// links: the app (main.tsx) is fetched and run only once the browser has shown it.
const root = document.getElementById('root');
if (root) {
  void startApp({ root, waitForPaint: afterFirstPaint, importApp: () => import('./main') });
}
