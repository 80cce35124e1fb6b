import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/config/deploymentConfig');
  vi.resetModules();
});

/** Loads the modules afresh as a build with this configuration would see them. */
async function withConfig(config: unknown) {
  vi.resetModules();
  vi.doMock('../../src/config/deploymentConfig', () => ({ deploymentConfig: config }));
  const [languages, leavePage] = await Promise.all([
    import('../../src/config/startLanguage'),
    import('../../src/privacy/leavePage'),
  ]);
  return { ...languages, ...leavePage };
}

describe('with no deployment configuration (as in the tests)', () => {
  it('is empty', async () => {
    const { deploymentConfig } = await import('../../src/config/deploymentConfig');
    expect(deploymentConfig).toEqual({});
  });

  it('starts in Danish and quick exit goes to a blank page', async () => {
    const { languageFromSearch, quickExitDestination } = await withConfig({});
    expect(languageFromSearch('')).toBe('da');
    expect(languageFromSearch('?lng=en')).toBe('en');
    expect(quickExitDestination).toBe('about:blank');
  });
});

describe('with a deployment configuration', () => {
  it('starts in its default language, but ?lng= still wins', async () => {
    const { languageFromSearch } = await withConfig({ defaultLanguage: 'en' });
    expect(languageFromSearch('')).toBe('en');
    expect(languageFromSearch('?lng=xx')).toBe('en');
    expect(languageFromSearch('?lng=da')).toBe('da');
  });

  it('sends quick exit to its page', async () => {
    const { quickExitDestination } = await withConfig({ quickExitUrl: 'https://www.dr.dk/' });
    expect(quickExitDestination).toBe('https://www.dr.dk/');
  });
});
