import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForNewerVersion } from '../../src/app/registerServiceWorker';
import {
  currentStaleReason,
  isMissingAssetError,
  pageReload,
  reportLoadFailure,
  resetStaleVersion,
  staleReason,
  watchForMissingAssets,
} from '../../src/app/staleVersion';
import da from '../../src/i18n/locales/da/ui.json';
import { renderApp, startForSelf } from '../support/renderApp';

const switching = vi.hoisted(() => ({ error: undefined as unknown }));
vi.mock('../../src/i18n/texts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/i18n/texts')>();
  return {
    ...real,
    // The texts of the other language, as a page whose files are gone fails to fetch them.
    loadTexts: (...args: Parameters<typeof real.loadTexts>) =>
      switching.error === undefined ? real.loadTexts(...args) : Promise.reject(switching.error),
  };
});

/** What Chromium says when a lazy chunk of this build is gone from the server. */
const chunkGone = new TypeError(
  'Failed to fetch dynamically imported module: https://rusmiddeltjek.example/assets/ui-Bq3x.js',
);

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
}

beforeEach(() => {
  resetStaleVersion();
  switching.error = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isMissingAssetError', () => {
  it.each([
    ['Chromium', chunkGone],
    ['Firefox', new TypeError('error loading dynamically imported module: https://x/a.js')],
    ['Safari', new TypeError('Importing a module script failed.')],
    ['Vite’s preload', new Error('Unable to preload CSS for /assets/ResultScreen-x.css')],
  ])('knows a file that failed to load in %s', (_, error) => {
    expect(isMissingAssetError(error)).toBe(true);
  });

  it('leaves other errors alone', () => {
    for (const error of [new TypeError('x is undefined'), new Error('Failed to fetch'), null, 4]) {
      expect(isMissingAssetError(error)).toBe(false);
    }
  });
});

describe('why a file is missing', () => {
  it('is a newer version when online, the connection when offline, both after another tab updated', () => {
    expect(staleReason({ online: true, newerInstalled: false })).toBe('updated');
    expect(staleReason({ online: true, newerInstalled: true })).toBe('updated');
    expect(staleReason({ online: false, newerInstalled: false })).toBe('offline');
    expect(staleReason({ online: false, newerInstalled: true })).toBe('offlineUpdated');
  });

  it('counts a newer worker taking over a controlled page, not the first install', () => {
    const firstVisit = Object.assign(new EventTarget(), { controller: null });
    watchForNewerVersion(firstVisit as unknown as ServiceWorkerContainer);
    firstVisit.dispatchEvent(new Event('controllerchange'));
    goOffline();
    reportLoadFailure(chunkGone);
    expect(currentStaleReason()).toBe('offline');

    const controlled = Object.assign(new EventTarget(), { controller: {} });
    watchForNewerVersion(controlled as unknown as ServiceWorkerContainer);
    controlled.dispatchEvent(new Event('controllerchange'));
    reportLoadFailure(chunkGone);
    expect(currentStaleReason()).toBe('offlineUpdated');
  });

  it('hears of a chunk that failed anywhere: Vite’s preload error and an uncaught rejection', () => {
    const page = new EventTarget() as unknown as Window;
    const stop = watchForMissingAssets(page);
    page.dispatchEvent(Object.assign(new Event('vite:preloadError'), { payload: new Error('x') }));
    expect(currentStaleReason()).toBeUndefined();
    page.dispatchEvent(Object.assign(new Event('vite:preloadError'), { payload: chunkGone }));
    expect(currentStaleReason()).toBe('updated');
    resetStaleVersion();
    page.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: chunkGone }));
    expect(currentStaleReason()).toBe('updated');
    stop();
  });
});

describe('a page whose files are gone', { timeout: 30_000 }, () => {
  const english = () => screen.getByRole('button', { name: 'English' });
  const notice = () =>
    screen.getByRole('heading', { name: da.staleVersion.updated.title }).closest('div');

  it('says so when the language is switched, and offers a reload', async () => {
    const { user } = await renderApp();
    const reload = vi.spyOn(pageReload, 'reload').mockImplementation(() => undefined);
    switching.error = chunkGone;
    await user.click(english());
    const shown = notice();
    expect(shown).not.toBeNull();
    expect(shown?.closest('[role="alert"]')).not.toBeNull();
    expect(shown).toHaveTextContent(da.staleVersion.updated.body);
    // Nothing answered yet: nothing to say about answers.
    expect(shown).not.toHaveTextContent(da.staleVersion.answersLost);
    await user.click(
      within(shown as HTMLElement).getByRole('button', { name: da.staleVersion.reload }),
    );
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['chose to keep their answers that the reload keeps them', true, da.staleVersion.answersKept],
    ['did not choose so that the reload loses them', false, da.staleVersion.answersLost],
  ])('tells a person who %s', async (_, keep, said) => {
    const { user } = await renderApp();
    if (keep) await user.click(screen.getByRole('checkbox', { name: da.start.resume.label }));
    await startForSelf(user);
    switching.error = chunkGone;
    await user.click(english());
    expect(notice()).toHaveTextContent(said);
  });

  it('offline after another tab installed a newer version: says both', async () => {
    const { user } = await renderApp();
    const container = Object.assign(new EventTarget(), { controller: {} });
    watchForNewerVersion(container as unknown as ServiceWorkerContainer);
    act(() => {
      container.dispatchEvent(new Event('controllerchange'));
    });
    goOffline();
    switching.error = chunkGone;
    await user.click(english());
    const shown = screen
      .getByRole('heading', { name: da.staleVersion.offlineUpdated.title })
      .closest('div');
    expect(shown).toHaveTextContent(da.staleVersion.offlineUpdated.body);
  });

  it('says nothing for a switch that works', async () => {
    const { user } = await renderApp();
    await user.click(english());
    await screen.findByRole('button', { name: 'Dansk' });
    expect(currentStaleReason()).toBeUndefined();
    expect(screen.queryByRole('button', { name: /Reload the page|Genindlæs siden/ })).toBeNull();
  });
});
