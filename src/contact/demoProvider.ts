import type { ProviderConfig } from '../config/deploymentConfigSchema';

/** Where the demo's stand-in endpoint listens (src/mocks/callbackHandlers.ts). */
export const DEMO_CALLBACK_PATH = '/api/callback';

/**
 * The provider the demo shows (`npm run dev:demo`, `vite build --mode demo`), whose callback goes to
 * the stand-in endpoint (or VITE_DEMO_CALLBACK_ENDPOINT). Undefined in any other mode, so a real
 * build offers the callback only when its deployment configuration names an endpoint.
 */
export const demoProvider: ProviderConfig | undefined =
  import.meta.env.MODE === 'demo'
    ? {
        name: 'Demo',
        email: 'demo@example.org',
        callbackEndpoint:
          (import.meta.env.VITE_DEMO_CALLBACK_ENDPOINT as string | undefined) || DEMO_CALLBACK_PATH,
      }
    : undefined;
