import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { preview } from 'vite';
import { bundleSizes, type BundleSizes } from './firstLoadSize';

/** The project's root: the bench runs from anywhere. */
export const root = join(import.meta.dirname, '..', '..');

export interface Build {
  outDir: string;
  remove(): Promise<void>;
}

/**
 * The production build, as `npx vite build` makes it (NODE_ENV=production, the project's
 * vite.config.ts and deployment configuration), into a fresh folder under the system's temp.
 */
export async function buildForBench(): Promise<Build> {
  const outDir = await mkdtemp(join(tmpdir(), 'rusmiddeltjek-bench-'));
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const args = ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(vite, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/** Every file in the build, by its path relative to the build folder ("assets/index-abc.js"). */
export async function readBuild(outDir: string): Promise<Map<string, Uint8Array>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Uint8Array>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(outDir, path).split(sep).join('/'), await readFile(path));
  }
  return files;
}

/** The sizes of what the build in `outDir` loads before the first interaction, and of all its JS. */
export async function measureSizes(outDir: string): Promise<BundleSizes> {
  const files = await readBuild(outDir);
  const html = files.get('index.html');
  if (!html) throw new Error(`${outDir} has no index.html`);
  return bundleSizes(new TextDecoder().decode(html), files);
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves a build with Vite's preview server on a free port of 127.0.0.1. */
export async function serveBuild(outDir: string): Promise<Served> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('The preview server has no local address');
  }
  return { url, close: () => server.close() };
}
