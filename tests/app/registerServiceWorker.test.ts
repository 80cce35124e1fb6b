import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/app/registerServiceWorker';

const register = vi.fn<(url: string, options: RegistrationOptions) => Promise<unknown>>();

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

beforeEach(() => {
  register.mockReset().mockResolvedValue({});
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register } });
  setReadyState('complete');
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  Reflect.deleteProperty(document, 'readyState');
});

describe('registerServiceWorker', () => {
  it('registers the build’s worker for the whole site in a production build', () => {
    vi.stubEnv('PROD', true);
    vi.stubEnv('MODE', 'production');
    registerServiceWorker();
    expect(register).toHaveBeenCalledExactlyOnceWith('/sw.js', { scope: '/' });
  });

  it('waits for the page to load before registering', () => {
    vi.stubEnv('PROD', true);
    vi.stubEnv('MODE', 'production');
    setReadyState('loading');
    registerServiceWorker();
    expect(register).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(register).toHaveBeenCalledOnce();
  });

  it('registers nothing on the dev server, or in the demo, whose worker is Mock Service Worker', () => {
    registerServiceWorker();
    vi.stubEnv('PROD', true);
    vi.stubEnv('MODE', 'demo');
    registerServiceWorker();
    expect(register).not.toHaveBeenCalled();
  });

  it('leaves a browser without service workers, or one that refuses, with the app working online', async () => {
    vi.stubEnv('PROD', true);
    vi.stubEnv('MODE', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    register.mockRejectedValue(new DOMException('refused', 'SecurityError'));
    registerServiceWorker();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());

    Reflect.deleteProperty(navigator, 'serviceWorker');
    expect(() => registerServiceWorker()).not.toThrow();
  });
});
