import { readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serviceIds, services } from '../../src/referral/services';

/*
 * docs/sources.md holds every fact the product states, one `### <id>` entry each. Every `source` in the
 * questionnaire and in the services must cite an entry there as `docs/sources.md#<id>`, and only real ones.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readRepoFile = (path: string) => readFileSync(resolve(repoRoot, path), 'utf8');
const definitionFile = 'questionnaires/rusmiddeltjek/definition.json';

/** The entries' ids: every level-3 heading, which must be a lower-case id and nothing else. */
function sourceIds(markdown: string): string[] {
  return [...markdown.matchAll(/^### (.*)$/gm)].map(([, heading = '']) => heading.trim());
}

/** An item's or option's own name, so that a problem reads `items.mixing.source`. */
function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, code } = value as { id?: unknown; code?: unknown };
  const name = id ?? code;
  return typeof name === 'string' ? name : undefined;
}

/** Every `source` field anywhere in a JSON value, named by its path. */
function sourceFields(value: unknown, path = ''): { where: string; source: unknown }[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const name = Array.isArray(value) ? (idOf(inner) ?? key) : key;
    const where = path ? `${path}.${name}` : name;
    const own = key === 'source' ? [{ where, source: inner }] : [];
    return [...own, ...sourceFields(inner, where)];
  });
}

/** The ids a text cites as `docs/sources.md#<id>` (a page in docs/ links `sources.md#<id>`), not `#<id>` itself. */
function citedIds(text: string, citation = /docs\/sources\.md#(?!<)([\w-]*)/g): string[] {
  return [...text.matchAll(citation)].map(([, id = '']) => id);
}

/** What is wrong with one `source`: no citation, an id with no entry, or a pointer to the old files. */
function sourceProblems(where: string, source: unknown, ids: ReadonlySet<string>): string[] {
  if (typeof source !== 'string') return [`${where}: not a string`];
  const cited = citedIds(source);
  return [
    ...(cited.length === 0 ? [`${where}: cites no docs/sources.md#<id>`] : []),
    ...cited.filter((id) => !ids.has(id)).map((id) => `${where}: no entry #${id}`),
    ...(/FACTS\.md|DESIGN\.md/.test(source) ? [`${where}: still cites FACTS.md or DESIGN.md`] : []),
  ];
}

/** Every citation in the repository's own text files, by file: comments and docs cite entries too. */
function citationsInRepo(): { file: string; id: string }[] {
  const folders = ['src', 'scripts', 'tests', 'docs', 'questionnaires'];
  const self = relative(repoRoot, fileURLToPath(import.meta.url));
  const files = [
    'README.md',
    ...folders.flatMap((folder) =>
      readdirSync(resolve(repoRoot, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(tsx?|json|md)$/.test(entry.name))
        .map((entry) => relative(repoRoot, resolve(entry.parentPath, entry.name))),
    ),
  ].filter((file) => file !== self);
  return files.flatMap((file) =>
    citedIds(readRepoFile(file), /\bsources\.md#(?!<)([\w-]*)/g).map((id) => ({ file, id })),
  );
}

const ids = sourceIds(readRepoFile('docs/sources.md'));
const idSet = new Set(ids);

describe('docs/sources.md', () => {
  it('heads each entry with a unique lower-case id', () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids.length, 'each id once').toBe(idSet.size);
  });

  it('is cited by every source in the questionnaire definition, with ids it has', () => {
    const fields = sourceFields(JSON.parse(readRepoFile(definitionFile)));
    expect(fields.length).toBeGreaterThan(10);
    expect(
      fields.flatMap(({ where, source }) =>
        sourceProblems(`${definitionFile} ${where}`, source, idSet),
      ),
    ).toEqual([]);
  });

  it('is cited by every service, with ids it has', () => {
    expect(
      serviceIds.flatMap((id) => sourceProblems(`services.${id}`, services[id].source, idSet)),
    ).toEqual([]);
  });

  it('has an entry for every docs/sources.md#<id> cited in code, data and docs', () => {
    const cited = citationsInRepo();
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter(({ id }) => !idSet.has(id))).toEqual([]);
  });
});

describe('the sources checks catch what they look for', () => {
  const planted = sourceIds(['# Sources', '### genstand', '- 12 g', '### phone-112'].join('\n'));

  it('reads the ids from level-3 headings only', () => {
    expect(planted).toEqual(['genstand', 'phone-112']);
    expect(sourceIds('### Not An Id')).toEqual(['Not An Id']);
  });

  it('finds a source at any depth of the data', () => {
    const data = {
      source: 'a',
      items: [{ id: 'x', options: [{ source: 'b' }, { code: 'c', source: 'c' }] }],
    };
    expect(sourceFields(data)).toEqual([
      { where: 'source', source: 'a' },
      { where: 'items.x.options.0.source', source: 'b' },
      { where: 'items.x.options.c.source', source: 'c' },
    ]);
  });

  it('passes one or more known ids, with a note after them', () => {
    const known = new Set(planted);
    expect(sourceProblems('a', 'docs/sources.md#genstand', known)).toEqual([]);
    expect(
      sourceProblems('b', 'docs/sources.md#genstand; docs/sources.md#phone-112 — a note.', known),
    ).toEqual([]);
  });

  it('fails no citation, an unknown id, the old files and a non-string', () => {
    const known = new Set(planted);
    expect(sourceProblems('a', 'Sundhedsstyrelsen 2022', known)).toEqual([
      'a: cites no docs/sources.md#<id>',
    ]);
    expect(
      sourceProblems('b', 'docs/sources.md#genstand; docs/sources.md#genstande', known),
    ).toEqual(['b: no entry #genstande']);
    expect(sourceProblems('c', 'docs/sources.md#genstand (FACTS.md)', known)).toEqual([
      'c: still cites FACTS.md or DESIGN.md',
    ]);
    expect(sourceProblems('d', 'DESIGN.md: three users', known)).toHaveLength(2);
    expect(sourceProblems('e', 12, known)).toEqual(['e: not a string']);
    expect(sourceProblems('f', 'docs/sources.md#<id>', known)).toEqual([
      'f: cites no docs/sources.md#<id>',
    ]);
  });
});
