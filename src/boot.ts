import { afterFirstPaint } from './app/afterFirstPaint';
import { appStarted, keepEarlyPresses } from './app/earlyPresses';
// The stylesheet belongs to the page as served, so the build links it from the HTML.
import './app/styles.css';

// The page's only script. The served page is already the start page, readable and with working
// links: the app (main.tsx) is fetched and run only once the browser has shown it. A press made
// before the app has taken the page over is made again once it has.
const root = document.getElementById('root');
const pressAgain = root ? keepEarlyPresses(root) : undefined;
await afterFirstPaint();
await import('./main');
if (root && pressAgain) {
  await appStarted(root);
  pressAgain();
}
