import { describe, expect, it } from 'vitest';
import { withoutScripts } from '../../scripts/bench/noScriptCopy';

describe('the start page without scripts', () => {
  it('keeps the page and its stylesheet, and drops every script and module preload', () => {
    const html = [
      '<html lang="da"><head>',
      '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/Layout-abc.js">',
      '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">',
      '</head><body><div id="root"><h1>Er dit forbrug</h1><a href="tel:112">112</a></div>',
      '<script>inline()</script></body></html>',
    ].join('\n');
    const copy = withoutScripts(html);
    expect(copy).not.toMatch(/<script|modulepreload/);
    expect(copy).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
    expect(copy).toContain('<div id="root"><h1>Er dit forbrug</h1><a href="tel:112">112</a></div>');
  });
});
