/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { reactDomAsModulePlugin } from './scripts/commonJsAsModule';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy';
import { deploymentConfigPlugin } from './scripts/deploymentConfigPlugin';
import { headersFilePlugin } from './scripts/headersFilePlugin';
import { preloadedWith } from './scripts/modulePreload';
import { mswWorkerPlugin } from './scripts/mswWorkerPlugin';
import { prerenderPlugin } from './scripts/prerenderPlugin';
import { pseudoLocalePlugin, pseudoMode, pseudoTextsOf } from './scripts/pseudoLocale';
import { stylesheetFirstPlugin } from './scripts/stylesheetFirstPlugin';
import { textPartsPlugin } from './scripts/textPartsPlugin';
import { validateQuestionnairesPlugin } from './scripts/validateQuestionnairesPlugin';
import daUi from './src/i18n/locales/da/ui.json';

/**
 * The service worker that makes the app work offline after the first visit (docs/deployment.md):
 * it precaches every built file — the English texts' chunks too — and caches nothing at run time,
 * so no answer and nothing from another origin ever reaches the cache. Only in a real build: the
 * dev server has none, and the demo (`--mode demo`) leaves the origin's worker to Mock Service
 * Worker; the pseudo-locale (`--mode pseudo`) is for looking at, not for offline use.
 * src/app/registerServiceWorker.ts registers it.
 */
function serviceWorkerPlugin(mode: string) {
  return VitePWA({
    disable: mode === 'demo' || mode === pseudoMode,
    strategies: 'generateSW',
    registerType: 'autoUpdate',
    injectRegister: false,
    mode: 'production',
    // The icons are precached with the rest of public/ (globPatterns), so not a second time.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      // One manifest for every address, in the source language: the app's name and description.
      name: daUi.app.name,
      short_name: daUi.app.name,
      description: daUi.app.description,
      lang: 'da',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1d3b53',
      background_color: '#ffffff',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Every built file; manifest.webmanifest is added by the plugin itself, with its revision.
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      navigateFallback: 'index.html',
      // A new version takes over as soon as it is installed; the open page is not reloaded.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [],
      sourcemap: false,
    },
  });
}

export default defineConfig(({ mode }) => {
  // Tests (and the build the browser tests serve) run with the empty configuration, whatever a
  // developer has configured locally; the pseudo-locale's build reads the one its test names.
  const deploymentConfig = deploymentConfigPlugin({
    empty: Boolean(process.env.VITEST) && mode !== pseudoMode,
  });
  return {
    plugins: [
      react(),
      reactDomAsModulePlugin(),
      // `--mode pseudo` (`npm run dev:pseudo`): English in the pseudo-locale (scripts/pseudoLocale.ts).
      ...(mode === pseudoMode ? [pseudoLocalePlugin()] : []),
      textPartsPlugin(mode === pseudoMode ? pseudoTextsOf : undefined),
      validateQuestionnairesPlugin('questionnaires'),
      deploymentConfig,
      mswWorkerPlugin(),
      contentSecurityPolicyPlugin(() => deploymentConfig.api.config().provider?.callbackEndpoint),
      headersFilePlugin(() => deploymentConfig.api.config().provider?.callbackEndpoint),
      stylesheetFirstPlugin(),
      prerenderPlugin(),
      serviceWorkerPlugin(mode),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: { resolveDependencies: preloadedWith },
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/browser/**'],
            setupFiles: ['tests/setup.ts'],
            // Sized for a loaded two-core machine, not for speed: the slowest unit tests (the flow's
            // path and property tests, FHIR validation) were seen at 15–25 s with another test run
            // going on, and at just over 60 s with two unit runs at once among other engineers' runs.
            // A test that hangs still fails, after three minutes. Tests that build, spawn a process or
            // render a whole journey set their own, longer limit.
            testTimeout: 180_000,
            hookTimeout: 180_000,
          },
        },
        {
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/browser/globalSetup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // A page can take seconds to change on a loaded machine: a poll waits for it, up to 15 s,
            // instead of failing after Vitest's default of one second.
            expect: { poll: { timeout: 15_000 } },
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
