/** One kilobyte as Vite's build report counts it: 1,000 bytes. */
export const KB = 1000;

/** The targets in docs/performance.md. Only the first-load JS hard budget fails anything (npm run size). */
export const budgets = {
  /** Gzip bytes of the JS loaded before the first interaction: the target… */
  firstLoadJsTarget: 85 * KB,
  /** …and the hard budget that `npm run size` enforces. */
  firstLoadJsBudget: 100 * KB,
  /**
   * Characters of source in the longest function of the first load's JS, which `npm run size` also
   * enforces: the browser parses such a function on the main thread, in one go, when first called.
   */
  firstLoadFunctionChars: 50 * KB,
  performance: 1,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
  /** Median Total Blocking Time, in milliseconds. */
  tbtMs: 50,
  /** Our start page's median LCP may be this much above the same page with no script (0.1 = 10 %). */
  lcpOverNoScript: 0.1,
  /** Median milliseconds from pressing Continue to the next heading having focus. */
  medianStepMs: 50,
} as const;

/** `142.21 KB`: bytes as kilobytes of 1,000, to two decimals (or as many as asked). */
export function formatKb(bytes: number, decimals = 2): string {
  return `${(bytes / KB).toFixed(decimals)} KB`;
}

/** `1 file`, `4 files`. */
export function files(count: number): string {
  return `${count} ${count === 1 ? 'file' : 'files'}`;
}

/** Whether first-load JS of this many gzip bytes is within the hard budget, in one sentence. */
export function firstLoadVerdict(gzipBytes: number): { withinBudget: boolean; message: string } {
  const budget = budgets.firstLoadJsBudget;
  const withinBudget = gzipBytes <= budget;
  const message = withinBudget
    ? `within the ${formatKb(budget, 0)} budget${
        gzipBytes > budgets.firstLoadJsTarget
          ? `, above the ${formatKb(budgets.firstLoadJsTarget, 0)} target`
          : ` and the ${formatKb(budgets.firstLoadJsTarget, 0)} target`
      }`
    : `OVER the ${formatKb(budget, 0)} budget by ${formatKb(gzipBytes - budget)}`;
  return { withinBudget, message };
}
