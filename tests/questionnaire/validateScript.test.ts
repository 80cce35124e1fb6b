// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesFolder, repoRoot } from './realQuestionnaire';

function validate(folder: string) {
  return spawnSync('npx', ['tsx', 'scripts/validate-questionnaires.ts', folder], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

// Each test starts `npx tsx`: a few seconds alone, far more on a busy machine.
describe('npm run validate (scripts/validate-questionnaires.ts)', () => {
  const validOnly = mkdtempSync(join(tmpdir(), 'questionnaires-'));
  cpSync(join(repoRoot, fixturesFolder, 'minimal-valid'), join(validOnly, 'minimal-valid'), {
    recursive: true,
  });
  afterAll(() => rmSync(validOnly, { recursive: true, force: true }));

  it('exits 1 and names the file and path of each problem', () => {
    const run = validate(fixturesFolder);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${fixturesFolder}/unknown-item/definition.json: items[4].showIf.item: unknown item "cravings"`,
    );
    expect(run.stderr).toContain(
      `${fixturesFolder}/missing-text/en.json: items.craving.options.no: missing text`,
    );
    expect(run.stderr).toContain(`${fixturesFolder}/cycle/definition.json: items[2].showIf:`);
    expect(run.stderr).toContain(
      `${fixturesFolder}/unparseable-json/definition.json: (top): cannot be read as JSON`,
    );
    // Every folder is checked: a broken one does not stop the others.
    expect(run.stdout).toContain('minimal 1.0.0 is valid');
  }, 120_000);

  it('exits 0 for a folder holding only a valid questionnaire', () => {
    const run = validate(validOnly);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('minimal 1.0.0 is valid');
  }, 120_000);
});
