import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeploymentConfig } from '../../scripts/deploymentConfigPlugin';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rusmiddeltjek-config-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(name: string, content: unknown): string {
  const path = join(root, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('loading the deployment configuration', () => {
  it('is the empty configuration when there is no file', () => {
    expect(loadDeploymentConfig({}, root)).toEqual({ config: {} });
  });

  it('reads rusmiddeltjek.config.json in the root', () => {
    write('rusmiddeltjek.config.json', { defaultLanguage: 'en' });
    expect(loadDeploymentConfig({}, root)).toEqual({
      config: { defaultLanguage: 'en' },
      file: 'rusmiddeltjek.config.json',
    });
  });

  it('reads the file RUSMIDDELTJEK_CONFIG names instead', () => {
    write('rusmiddeltjek.config.json', { defaultLanguage: 'en' });
    write('nord.json', { provider: { name: 'Nord' } });
    expect(loadDeploymentConfig({ RUSMIDDELTJEK_CONFIG: 'nord.json' }, root)).toEqual({
      config: { provider: { name: 'Nord' } },
      file: 'nord.json',
    });
  });

  it('fails when RUSMIDDELTJEK_CONFIG names a file that is not there', () => {
    expect(() => loadDeploymentConfig({ RUSMIDDELTJEK_CONFIG: 'missing.json' }, root)).toThrow(
      /RUSMIDDELTJEK_CONFIG names .*missing\.json, which does not exist/,
    );
  });

  it('fails on broken JSON, naming the file and where', () => {
    write('rusmiddeltjek.config.json', '{\n  "provider": {\n    "name": "Nord",\n  }\n}');
    expect(() => loadDeploymentConfig({}, root)).toThrow(
      /Deployment configuration rusmiddeltjek\.config\.json is not valid JSON: .*\(line 4, column 3\)/,
    );
  });

  it('fails on an invalid field, naming the file and the field', () => {
    write('nord.json', { provider: { name: 'Nord', email: 'kontakt' } });
    expect(() => loadDeploymentConfig({ RUSMIDDELTJEK_CONFIG: 'nord.json' }, root)).toThrow(
      /Deployment configuration is invalid \(nord\.json\):\n {2}provider\.email: must be an email/,
    );
  });

  it('fails when the old VITE_QUICK_EXIT_URL is set, rather than ignore it', () => {
    expect(() => loadDeploymentConfig({ VITE_QUICK_EXIT_URL: 'https://www.dr.dk/' }, root)).toThrow(
      /VITE_QUICK_EXIT_URL is no longer read: set "quickExitUrl"/,
    );
  });
});
