import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { generateReport } from 'lighthouse';
import { chromiumLaunchOptions } from '../chromium';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseFigures {
  lighthouseVersion: string;
  /** Each category's score from 0 to 1; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  lcpMs: number;
  tbtMs: number;
  /** The audits that lost points, per category other than performance: id and title. */
  failing: Record<Category, string[]>;
  runWarnings: string[];
  /** The run's report as HTML, for reading what lost the points. */
  reportHtml: string;
}

/**
 * One Lighthouse run with its default config (mobile: a Moto G Power's screen, simulated slow 4G
 * and 4× CPU slowdown) in a fresh Debian Chromium with the flags the journeys use.
 */
export async function lighthouseScores(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath ?? '/usr/bin/chromium',
    chromeFlags: chromiumLaunchOptions.args ?? [],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (id: Category) => lhr.categories[id]?.score ?? null;
    const failing = (id: Category) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit?.id ?? ''} (${audit?.title ?? ''})`);
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      scores: Object.fromEntries(categories.map((id) => [id, score(id)])) as Record<
        Category,
        number | null
      >,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
      failing: Object.fromEntries(categories.map((id) => [id, failing(id)])) as Record<
        Category,
        string[]
      >,
      runWarnings: lhr.runWarnings,
      reportHtml: generateReport(lhr, 'html'),
    };
  } finally {
    chrome.kill();
  }
}
