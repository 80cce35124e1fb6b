/**
 * `npm run size`: builds the app as it ships and fails when the JS loaded before the first
 * interaction, gzipped, is above the hard budget, or when one of its functions is longer than
 * the browser should parse in one go on the main thread (docs/performance.md).
 * `npm run size -- <folder>` checks a build already made there instead.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { budgets, files, firstLoadVerdict, formatKb } from './budgets';
import { buildForBench, measureSizes } from './build';
import { totalGzip } from './firstLoadSize';
import { longestFunction } from './longestFunction';

async function main(): Promise<number> {
  const given = process.argv[2];
  const build = given ? undefined : await buildForBench();
  try {
    const outDir = given ?? build?.outDir ?? '';
    const sizes = await measureSizes(outDir);
    const firstLoad = totalGzip(sizes.firstLoadJs);
    for (const file of sizes.firstLoadJs) {
      console.log(`  ${formatKb(file.gzip).padStart(10)}  ${file.file}`);
    }
    const { withinBudget, message } = firstLoadVerdict(firstLoad);
    console.log(
      `First-load JS: ${formatKb(firstLoad)} gzip (${firstLoad} bytes, ${files(sizes.firstLoadJs.length)}) — ${message}`,
    );
    const longest = await longestFirstLoadFunction(
      outDir,
      sizes.firstLoadJs.map(({ file }) => file),
    );
    const short = longest.chars <= budgets.firstLoadFunctionChars;
    console.log(
      `Longest function in it: ${formatKb(longest.chars)} of source (${longest.file} at ${longest.start}) — ${
        short ? 'within' : 'OVER'
      } the ${formatKb(budgets.firstLoadFunctionChars, 0)} limit`,
    );
    return withinBudget && short ? 0 : 1;
  } finally {
    await build?.remove();
  }
}

async function longestFirstLoadFunction(outDir: string, scripts: string[]) {
  let longest = { file: '', chars: 0, start: 0 };
  for (const file of scripts) {
    const found = longestFunction(await readFile(join(outDir, file), 'utf8'), file);
    if (found && found.chars > longest.chars) longest = { file, ...found };
  }
  return longest;
}

process.exitCode = await main();
