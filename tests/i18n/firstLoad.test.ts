import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

// `import … from '…'` and `export … from '…'`, but not `import type`: what the bundle loads at once.
const staticImport = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveSource(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.split('?')[0] ?? '');
  return ['', '.ts', '.tsx'].map((ext) => base + ext).find((file) => existsSync(file));
}

/** Every package the entry reaches through static imports, with the chain of files that leads there. */
function packagesLoadedBy(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      if (specifier.startsWith('.')) {
        const next = resolveSource(file, specifier);
        if (next) visit(next, [...chain, relative(root, next)]);
      } else if (!packages.has(specifier)) {
        packages.set(specifier, chain);
      }
    }
  };
  visit(resolve(root, entry), [entry]);
  return packages;
}

describe('the first load', () => {
  // The page's one script, src/boot.ts, imports the app (main.tsx) once the page has painted.
  const packages = new Map([
    ...packagesLoadedBy('src/main.tsx'),
    ...packagesLoadedBy('src/boot.ts'),
  ]);

  it('is the page’s script and the app it imports, and nothing else imported later', () => {
    const boot = readFileSync(resolve(root, 'src/boot.ts'), 'utf8');
    expect(
      [...boot.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(([, path]) => path),
    ).toEqual(['./main']);
  });

  it('is found by following the entry’s imports', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['react', 'react-dom/client']));
  });

  it.each(['i18next', 'react-i18next'])(
    'leaves %s to the journey (the start page and the frame read texts through useTexts)',
    (name) => {
      expect(packages.get(name), `imported by ${packages.get(name)?.join(' → ')}`).toBeUndefined();
    },
  );
});
