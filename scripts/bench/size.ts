/**
 * `npm run size`: builds the app as it ships and fails when the JS loaded before the first
 * interaction, gzipped, is above the hard budget (docs/performance.md).
 * `npm run size -- <folder>` checks a build already made there instead.
 */
import { files, firstLoadVerdict, formatKb } from './budgets';
import { buildForBench, measureSizes } from './build';
import { totalGzip } from './firstLoadSize';

async function main(): Promise<number> {
  const given = process.argv[2];
  const build = given ? undefined : await buildForBench();
  try {
    const sizes = await measureSizes(given ?? build?.outDir ?? '');
    const firstLoad = totalGzip(sizes.firstLoadJs);
    for (const file of sizes.firstLoadJs) {
      console.log(`  ${formatKb(file.gzip).padStart(10)}  ${file.file}`);
    }
    const { withinBudget, message } = firstLoadVerdict(firstLoad);
    console.log(
      `First-load JS: ${formatKb(firstLoad)} gzip (${firstLoad} bytes, ${files(sizes.firstLoadJs.length)}) — ${message}`,
    );
    return withinBudget ? 0 : 1;
  } finally {
    await build?.remove();
  }
}

process.exitCode = await main();
