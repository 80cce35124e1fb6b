import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWithStartPage } from '../../scripts/prerenderPlugin';
import enUi from '../../src/i18n/locales/en/ui.json';
import { renderStartPage } from '../../src/prerender';

const indexHtml = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

describe('the English start page as built', () => {
  it('says in English, from the texts, what the page is: its title and its description', async () => {
    const html = pageWithStartPage(indexHtml, await renderStartPage('en'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<title>${enUi.start.title} – ${enUi.app.titleSuffix}</title>`);
    const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)];
    expect(descriptions.map(([, content]) => content)).toEqual([enUi.app.description]);
    expect(html).toContain(`data-prerendered="en"`);
  });

  it('refuses an index.html without a description to fill in', async () => {
    const page = await renderStartPage('en');
    const withoutDescription = indexHtml.replace(/<meta\s+name="description"[^>]*>/, '');
    expect(() => pageWithStartPage(withoutDescription, page)).toThrow(/description/);
  });
});
