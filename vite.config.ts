/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy';
import { deploymentConfigPlugin } from './scripts/deploymentConfigPlugin';
import { mswWorkerPlugin } from './scripts/mswWorkerPlugin';
import { validateQuestionnairesPlugin } from './scripts/validateQuestionnairesPlugin';

// Tests (and the build the browser tests serve) run with the empty configuration, whatever a
// developer has configured locally.
const deploymentConfig = deploymentConfigPlugin({ empty: Boolean(process.env.VITEST) });

export default defineConfig({
  plugins: [
    react(),
    validateQuestionnairesPlugin('questionnaires'),
    deploymentConfig,
    mswWorkerPlugin(),
    contentSecurityPolicyPlugin(() => deploymentConfig.api.config().provider?.callbackEndpoint),
  ],
  build: { target: 'es2022', sourcemap: false },
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
          fileParallelism: false,
        },
      },
    ],
  },
});
