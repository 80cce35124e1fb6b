/**
 * In demo mode (`npm run dev:demo`, or `vite build --mode demo`) starts Mock Service Worker before
 * the app renders, so the callback form has an endpoint to talk to. In any other mode the import
 * below is dead code and the build carries none of it (tests/browser/no-msw-in-build.test.ts).
 */
export async function startDemo(): Promise<void> {
  if (import.meta.env.MODE !== 'demo') return;
  try {
    const { startDemoWorker } = await import('./browser');
    await startDemoWorker();
  } catch (error) {
    // The app must still start: without the stand-in the form reports that sending failed.
    console.error('The demo could not start its stand-in endpoint', error);
  }
}
