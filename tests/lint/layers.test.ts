// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// Ignores off, so ESLint lints the cycle fixture the project's own lint skips.
const eslint = new ESLint({ cwd: root, ignore: false });

/** The rules that fired on `code` as if it were a file at `path`. */
async function rulesFired(path: string, code: string): Promise<(string | null)[]> {
  const results = await eslint.lintText(code, { filePath: join(root, path) });
  return results.flatMap((result) => result.messages.map((message) => message.ruleId));
}

/** Imports one real module of a folder, as a file in another folder would. */
function importOf(fromFolder: string, module: string): string {
  const depth = fromFolder.split('/').length;
  return `import * as above from '${'../'.repeat(depth)}${module}';\nexport const kept = above;\n`;
}

// ESLint loads the TypeScript parser and resolves the imports it meets: allow a busy machine time.
const lintTimeout = 60_000;

describe('the layering rule (README.md, Layout; eslint.config.js)', () => {
  it.each([
    ['src/i18n', 'src/app/App'],
    ['src/config', 'src/screens/StartScreen'],
    ['src/mocks', 'src/screens/StartScreen'],
    ['src/contact', 'src/handover/encodeHandover'],
    ['src/privacy', 'src/summary/intakeSummary'],
    ['src/scoring', 'src/flow/navigation'],
    ['src/questionnaire', 'src/main'],
    ['src/scoring', 'tests/support/realQuestionnaire'],
    ['scripts', 'tests/support/realQuestionnaire'],
  ])(
    'refuses an import from %s to %s',
    async (folder, module) => {
      const fired = await rulesFired(`${folder}/upward.ts`, importOf(folder, module));
      expect(fired).toEqual(['import-x/no-restricted-paths']);
    },
    lintTimeout,
  );

  it.each([
    ['src/app', 'src/screens/StartScreen'],
    ['src/screens', 'src/handover/encodeHandover'],
    ['src/config', 'src/i18n/languages'],
    ['tests', 'scripts/chromium'],
  ])(
    'lets %s import %s, from a floor below',
    async (folder, module) => {
      expect(await rulesFired(`${folder}/downward.ts`, importOf(folder, module))).toEqual([]);
    },
    lintTimeout,
  );

  it(
    'gives every folder of src/ a floor (a folder without one fails the lint)',
    async () => {
      const config = (await eslint.calculateConfigForFile(join(root, 'src/main.tsx'))) as {
        rules: Record<string, [unknown, { zones: { target: string }[] }]>;
      };
      const rule = config.rules['import-x/no-restricted-paths'];
      const targets = rule?.[1].zones.map((zone) => zone.target);
      const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `./src/${entry.name}`);
      expect(targets).toEqual(expect.arrayContaining(folders));
    },
    lintTimeout,
  );

  it(
    'refuses two files that import each other',
    async () => {
      const results = await eslint.lintFiles([join(root, 'tests/lint/fixtures/cycle/first.ts')]);
      const fired = results.flatMap((result) => result.messages.map((message) => message.ruleId));
      expect(fired).toEqual(['import-x/no-cycle']);
    },
    lintTimeout,
  );
});
