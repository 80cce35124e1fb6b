import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on what a test rendered and fails on any violation. jsdom lays nothing out, so the
 * rules that need layout (colour contrast, target size) are left to the Chromium journeys.
 */
export async function expectNoAxeViolations(container: Element = document.body) {
  const results = await axe.run(container, {
    rules: {
      'color-contrast': { enabled: false },
      'target-size': { enabled: false },
      // A piece rendered alone stands outside the page's landmarks: the journeys check the page.
      region: { enabled: false },
    },
  });
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}
