/**
 * `npm run bench`: builds the app as it ships and prints what docs/performance.md describes — the
 * gzip size of what loads before the first interaction and of all the JS, Lighthouse's mobile
 * scores with LCP and TBT, the start page's LCP against the same page with no script (built in the
 * same run), the median time from pressing Continue to the next heading having focus, and the time
 * to score 10,000 random answer sets. Nothing here fails on a figure: the hard
 * size budget is `npm run size`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { budgets, files, formatKb } from '../../scripts/bench/budgets';
import { buildForBench, measureSizes, root, serveBuild } from '../../scripts/bench/build';
import { totalGzip, type BundleSizes } from '../../scripts/bench/firstLoadSize';
import {
  categories,
  lighthouseScores,
  type Category,
  type LighthouseFigures,
} from '../../scripts/bench/lighthouseScores';
import { randomAnswerSets, timeScoring, type ScoringTime } from '../../scripts/bench/scoringTime';
import { median } from '../../scripts/bench/stats';
import { measureStepTiming, type StepTiming } from './stepTiming';
import { writeNoScriptCopy } from '../../scripts/bench/noScriptCopy';

const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const scoringSets = 10_000;
const reportPath = join(root, '.bench', 'lighthouse.html');

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

type Row = [measure: string, value: string, target: string, verdict: string];

function verdict(meets: boolean): string {
  return meets ? 'meets' : 'MISSES';
}

function sizeRows(sizes: BundleSizes): Row[] {
  const js = totalGzip(sizes.firstLoadJs);
  const jsVerdict =
    js > budgets.firstLoadJsBudget
      ? 'OVER BUDGET'
      : js > budgets.firstLoadJsTarget
        ? 'MISSES target, within budget'
        : 'meets';
  return [
    [
      `First-load JS, gzip (${files(sizes.firstLoadJs.length)})`,
      formatKb(js),
      `≤ ${formatKb(budgets.firstLoadJsTarget, 0)} (budget ${formatKb(budgets.firstLoadJsBudget, 0)})`,
      jsVerdict,
    ],
    [
      `First-load CSS, gzip (${files(sizes.firstLoadCss.length)})`,
      formatKb(totalGzip(sizes.firstLoadCss)),
      '',
      '',
    ],
    [`All JS, gzip (${files(sizes.allJs.length)})`, formatKb(totalGzip(sizes.allJs)), '', ''],
  ];
}

const scoreTargets: Record<Category, { name: string; target: number }> = {
  performance: { name: 'performance', target: budgets.performance },
  accessibility: { name: 'accessibility', target: budgets.accessibility },
  'best-practices': { name: 'best practices', target: budgets.bestPractices },
  seo: { name: 'SEO', target: budgets.seo },
};

/** Our start page's LCP against the same page with no script at all, from the same run. */
function staticRows(
  runs: readonly LighthouseFigures[],
  noScript: readonly LighthouseFigures[],
): Row[] {
  const ours = median(runs.map((run) => run.lcpMs));
  const limit = median(noScript.map((run) => run.lcpMs));
  const over = ours / limit - 1;
  return [
    [
      `LCP of the start page with no script (median of ${noScript.length})`,
      `${(limit / 1000).toFixed(2)} s`,
      '',
      '',
    ],
    [
      'Our LCP against it',
      `${over >= 0 ? '+' : ''}${(over * 100).toFixed(1)} %`,
      `≤ +${Math.round(budgets.lcpOverNoScript * 100)} %`,
      verdict(over <= budgets.lcpOverNoScript),
    ],
  ];
}

function lighthouseRows(runs: readonly LighthouseFigures[]): Row[] {
  const of = `median of ${runs.length}`;
  const rows = categories.map((id): Row => {
    const values = runs.map((run) => run.scores[id] ?? Number.NaN);
    const value = median(values);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const { name, target } = scoreTargets[id];
    return [
      `Lighthouse ${name} (mobile, ${of})`,
      `${value.toFixed(2)}${low === high ? '' : ` (${low.toFixed(2)}–${high.toFixed(2)})`}`,
      target === 1 ? '1' : `≥ ${target}`,
      verdict(value >= target),
    ];
  });
  const lcp = median(runs.map((run) => run.lcpMs));
  const tbt = median(runs.map((run) => run.tbtMs));
  return [
    ...rows,
    [`Largest Contentful Paint (${of})`, `${(lcp / 1000).toFixed(2)} s`, '', ''],
    [
      `Total Blocking Time (${of})`,
      `${Math.round(tbt)} ms`,
      `≤ ${budgets.tbtMs} ms`,
      verdict(tbt <= budgets.tbtMs),
    ],
  ];
}

function stepRow(timing: StepTiming): Row {
  const { slowest } = timing;
  return [
    `Continue → next heading focused (median of ${timing.steps.length})`,
    `${timing.medianMs.toFixed(1)} ms (p90 ${timing.p90Ms.toFixed(1)}, max ${slowest.ms.toFixed(1)} ${slowest.from} → ${slowest.to})`,
    `< ${budgets.medianStepMs} ms`,
    verdict(timing.medianMs < budgets.medianStepMs),
  ];
}

function scoringRow(time: ScoringTime): Row {
  return [
    `Scoring ${time.sets.toLocaleString('en')} random answer sets`,
    `${Math.round(time.totalMs).toLocaleString('en')} ms (${time.perSetUs.toFixed(0)} µs each)`,
    '',
    '',
  ];
}

function table(rows: readonly Row[]): string {
  const header: Row = ['measure', 'value', 'target', ''];
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]?.length ?? 0)));
  const line = (row: Row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The Lighthouse run whose performance score is the median (first of equals): its report is kept. */
function medianRun(runs: readonly LighthouseFigures[]): LighthouseFigures | undefined {
  const sorted = [...runs].sort(
    (a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0),
  );
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function main(): Promise<void> {
  const started = performance.now();
  progress('building the app as it ships');
  const build = await buildForBench();
  let sizes: BundleSizes;
  const runs: LighthouseFigures[] = [];
  const noScriptRuns: LighthouseFigures[] = [];
  let timing: StepTiming;
  try {
    sizes = await measureSizes(build.outDir);
    const noScript = await writeNoScriptCopy(build.outDir);
    const served = await serveBuild(build.outDir);
    try {
      // Taking turns, so that whatever else the machine is doing weighs on both alike.
      for (let run = 1; run <= lighthouseRuns; run += 1) {
        progress(`Lighthouse run ${run} of ${lighthouseRuns} on ${served.url}`);
        runs.push(await lighthouseScores(served.url));
        progress(`Lighthouse run ${run} of ${lighthouseRuns} on ${served.url}${noScript}`);
        noScriptRuns.push(await lighthouseScores(`${served.url}${noScript}`));
      }
      progress('timing each Continue over a full journey in Chromium');
      timing = await measureStepTiming(served.url);
    } finally {
      await served.close();
    }
  } finally {
    await build.remove();
  }
  progress(`scoring ${scoringSets.toLocaleString('en')} random answer sets`);
  const sets = randomAnswerSets(realQuestionnaire, scoringSets, 1);
  const scoring = timeScoring(realQuestionnaire, sets);

  const kept = medianRun(runs);
  if (kept) {
    await mkdir(join(root, '.bench'), { recursive: true });
    await writeFile(reportPath, kept.reportHtml);
  }

  console.log(
    `Rusmiddeltjek bench — production build, ${new Date().toISOString()}, Node ${process.version}, ` +
      `Chromium ${timing.browserVersion}, Lighthouse ${runs[0]?.lighthouseVersion ?? '?'}`,
  );
  console.log();
  console.log(
    table([
      ...sizeRows(sizes),
      ...lighthouseRows(runs),
      ...staticRows(runs, noScriptRuns),
      stepRow(timing),
      scoringRow(scoring),
    ]),
  );
  console.log();
  console.log('Loaded before the first interaction (gzip):');
  for (const file of [...sizes.firstLoadJs, ...sizes.firstLoadCss]) {
    console.log(`  ${formatKb(file.gzip).padStart(10)}  ${file.file}`);
  }
  const lost = categories
    .filter((id) => id !== 'performance')
    .flatMap((id) =>
      (kept?.failing[id] ?? []).map((audit) => `  ${scoreTargets[id].name}: ${audit}`),
    );
  if (lost.length > 0) {
    console.log();
    console.log('Lighthouse audits that lost points (median run):');
    for (const line of lost) console.log(line);
  }
  const warnings = [...new Set(runs.flatMap((run) => run.runWarnings))];
  for (const warning of warnings) console.log(`Lighthouse warning: ${warning}`);
  console.log();
  console.log(
    `Lighthouse report: ${reportPath}. Bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
}

await main();
