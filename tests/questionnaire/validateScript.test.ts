// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenQuestionnaires } from '../support/brokenQuestionnaires';
import {
  minimalValid,
  questionnaireWith,
  repoRoot,
  writeQuestionnaire,
} from '../support/questionnaireFixtures';

function validate(folder: string) {
  return spawnSync('npx', ['tsx', 'scripts/validate-questionnaires.ts', folder], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

// Each test starts `npx tsx`: a few seconds alone, far more on a busy machine.
describe('npm run validate (scripts/validate-questionnaires.ts)', () => {
  const temporary = mkdtempSync(join(tmpdir(), 'questionnaires-'));
  afterAll(() => rmSync(temporary, { recursive: true, force: true }));

  // Every broken questionnaire beside the valid one, each in its own folder.
  const all = join(temporary, 'all');
  writeQuestionnaire(join(all, 'minimal-valid'), minimalValid());
  for (const [name, { change }] of Object.entries(brokenQuestionnaires)) {
    writeQuestionnaire(join(all, name), questionnaireWith(change));
  }
  const validOnly = join(temporary, 'valid-only');
  writeQuestionnaire(join(validOnly, 'minimal-valid'), minimalValid());

  it('exits 1 and names the file and path of each problem', () => {
    const run = validate(all);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `unknown-item/definition.json: items[4].showIf.item: unknown item "cravings"`,
    );
    expect(run.stderr).toContain(`missing-text/en.json: items.craving.options.no: missing text`);
    expect(run.stderr).toContain(`cycle/definition.json: items[2].showIf:`);
    expect(run.stderr).toContain(`unparseable-json/definition.json: (top): cannot be read as JSON`);
    // Every folder is checked: a broken one does not stop the others.
    for (const [name, { problems }] of Object.entries(brokenQuestionnaires)) {
      expect(run.stderr).toContain(`${name}: ${problems.length} problem(s)`);
    }
    expect(run.stdout).toContain('minimal 1.0.0 is valid');
  }, 120_000);

  it('exits 0 for a folder holding only a valid questionnaire', () => {
    const run = validate(validOnly);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('minimal 1.0.0 is valid');
  }, 120_000);
});
