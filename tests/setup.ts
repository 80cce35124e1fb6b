import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what a user would see, however long a busy machine takes to render
// it (Testing Library's default gives up after 1 s); the test's own limit (vite.config.ts) still holds.
configure({ asyncUtilTimeout: 15_000 });

// Every property runs a fixed number of cases (those that need more or fewer say so): the same
// work on any machine, never "as many as fit in the time".
fc.configureGlobal({ numRuns: 100 });

afterEach(() => {
  cleanup();
});
