// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stylesheetFirst } from '../../scripts/stylesheetFirstPlugin';

const built = [
  '<head>',
  '<link rel="icon" href="/favicon.svg" />',
  '<script type="module" crossorigin src="/assets/index.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/a.js">',
  '<link rel="stylesheet" crossorigin href="/assets/index.css">',
  '<link rel="manifest" href="/manifest.webmanifest">',
  '</head>',
].join('\n');

describe('stylesheetFirst', () => {
  it('puts the stylesheet before the module script and its preloads, and keeps the rest in order', () => {
    const html = stylesheetFirst(built);
    const order = ['favicon', 'index.css', 'index.js', 'a.js', 'manifest'].map((name) =>
      html.indexOf(name),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
  });

  it('leaves a page without a module script or a stylesheet as it is', () => {
    const noScript = built.replace(/<script[^\n]*\n/, '');
    expect(stylesheetFirst(noScript)).toBe(noScript);
    const noStyles = built.replace(/<link rel="stylesheet"[^\n]*\n/, '');
    expect(stylesheetFirst(noStyles)).toBe(noStyles);
  });
});
