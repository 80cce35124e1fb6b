/**
 * Draws the app's PNG icons (the web manifest's, and Apple's home-screen icon) from
 * public/favicon.svg in Chromium, into public/. The PNGs are committed: run this again only when the
 * favicon changes.
 *
 *   npx tsx scripts/makeIcons.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';

const publicDir = resolve(import.meta.dirname, '..', 'public');
const favicon = readFileSync(resolve(publicDir, 'favicon.svg'), 'utf8');

/** The favicon's square background colour and its drawing (everything after the square). */
function faviconParts(svg: string): { background: string; drawing: string } {
  const match = /<rect\b[^>]*\bfill="([^"]+)"[^>]*\/>([\s\S]*)<\/svg>/.exec(svg);
  if (!match?.[1] || match[2] === undefined) {
    throw new Error('public/favicon.svg is no longer a <rect> followed by the drawing');
  }
  return { background: match[1], drawing: match[2] };
}

/**
 * Full-bleed: the square fills the icon and the drawing shrinks into the middle 80 %, the safe zone
 * a platform's mask (circle, squircle) never cuts. Used as the maskable icon and Apple's, which
 * rounds the corners itself.
 */
function fullBleed(svg: string): string {
  const { background, drawing } = faviconParts(svg);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<rect width="32" height="32" fill="${background}"/>`,
    `<g transform="translate(16 16) scale(0.8) translate(-16 -16)">${drawing}</g>`,
    '</svg>',
  ].join('');
}

const icons: { file: string; size: number; svg: string }[] = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(favicon) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(favicon) },
];

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${source}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: resolve(publicDir, file), omitBackground: true });
    await page.close();
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
