import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'rusmiddeltjek-build-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** `vite build` as a deployer runs it: outside Vitest, with the configuration file given. */
async function build(config: unknown, name: string) {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(config));
  const outDir = join(work, name);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  const vite = join(repo, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  try {
    await run(process.execPath, args, {
      cwd: repo,
      env: { ...env, RUSMIDDELTJEK_CONFIG: file, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    return { ok: true as const, outDir };
  } catch (error) {
    const { stderr, stdout } = error as { stderr: string; stdout: string };
    return { ok: false as const, output: `${stdout}\n${stderr}` };
  }
}

// Each test runs a whole `vite build`: about 10 s alone, several times that on a busy machine.
describe('building with a deployment configuration', () => {
  it('fails on an invalid configuration, naming the file and the field', async () => {
    const result = await build({ provider: { name: 'Nord', email: 'kontakt' } }, 'invalid');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.output).toContain('Deployment configuration is invalid');
    expect(result.output).toContain('invalid.json');
    expect(result.output).toMatch(/provider\.email: must be an email address/);
  }, 180_000);

  it('puts the callback endpoint’s origin in the built page’s policy, and the provider in the app', async () => {
    const result = await build(
      {
        provider: { name: 'Rådgivningen Nord', callbackEndpoint: 'https://api.example.dk/cb' },
        quickExitUrl: 'https://www.dr.dk/',
      },
      'valid',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const html = readFileSync(join(result.outDir, 'index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toContain("connect-src 'self' https://api.example.dk;");
    expect(policy).not.toContain('/cb');
    const scripts = readdirSync(join(result.outDir, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(result.outDir, 'assets', name), 'utf8'))
      .join('\n');
    expect(scripts).toContain('Rådgivningen Nord');
    expect(scripts).toContain('https://www.dr.dk/');
  }, 180_000);
});
