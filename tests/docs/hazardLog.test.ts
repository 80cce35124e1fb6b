import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * docs/hazard-log.md names the tests that show each mitigation as a backticked
 * `tests/<file> › <describe> › … › <test>`. Each must exist, nested exactly so, or the log is out of date.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const hazardLog = readFileSync(resolve(repoRoot, 'docs/hazard-log.md'), 'utf8');

/** The repository's files as the checks see them; the self-test plants its own. */
type ReadFile = (path: string) => string | undefined;

const readRepoFile: ReadFile = (path) => {
  const full = resolve(repoRoot, path);
  return full.startsWith(repoRoot) && existsSync(full) && statSync(full).isFile()
    ? readFileSync(full, 'utf8')
    : undefined;
};

interface TestReference {
  text: string;
  file: string;
  /** The describe and test names from the outside in; empty for a file named on its own. */
  names: string[];
}

/** Every backticked span that starts with `tests/`. */
function testReferences(markdown: string): TestReference[] {
  return [...markdown.matchAll(/`(tests\/[^`]+)`/g)].map(([, text = '']) => {
    const [file = '', ...names] = text.split(' › ');
    return { text, file, names };
  });
}

interface TestNode {
  title: string;
  /** A `describe.each` or `it.each`, whose title is a template such as `%s` or `$name`. */
  each: boolean;
  children: TestNode[];
}

const testFunctions = new Set(['describe', 'it', 'test']);

/** `describe(…)`, `it.each(…)(…)`, `test.skip(…)`: the title, if this call is one. */
function testCall(call: ts.CallExpression, file: ts.SourceFile): Omit<TestNode, 'children'> | null {
  let callee: ts.Expression = call.expression;
  let each = false;
  while (ts.isCallExpression(callee) || ts.isPropertyAccessExpression(callee)) {
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'each') each = true;
    callee = callee.expression;
  }
  if (!ts.isIdentifier(callee) || !testFunctions.has(callee.text)) return null;
  const [title] = call.arguments;
  if (title && (ts.isStringLiteral(title) || ts.isNoSubstitutionTemplateLiteral(title))) {
    return { title: title.text, each };
  }
  // A title built in a template is named by its source text: `at ${WIDTH} px wide`.
  if (title && ts.isTemplateExpression(title)) {
    return { title: file.text.slice(title.getStart(file) + 1, title.end - 1), each };
  }
  return null;
}

/** The file's describe and test calls, nested as in the code, and every string literal in it. */
function parseTestFile(path: string, source: string): { tree: TestNode[]; strings: Set<string> } {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const strings = new Set<string>();
  const visit = (node: ts.Node, siblings: TestNode[]): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      strings.add(node.text);
    const call = ts.isCallExpression(node) ? testCall(node, file) : null;
    if (call) {
      const entry: TestNode = { ...call, children: [] };
      siblings.push(entry);
      ts.forEachChild(node, (child) => visit(child, entry.children));
    } else {
      ts.forEachChild(node, (child) => visit(child, siblings));
    }
  };
  const tree: TestNode[] = [];
  visit(file, tree);
  return { tree, strings };
}

const placeholder = /%[sdifjoO#]|\$[A-Za-z_][\w.]*/g;

/**
 * A name matches a node by its title; an `.each` node also by a name Vitest would print for it,
 * provided each value put into the template is a string written in the file (a case's `name`).
 */
function nameMatches(node: TestNode, name: string, strings: Set<string>): boolean {
  if (node.title === name) return true;
  if (!node.each) return false;
  const pieces = node.title.split(placeholder).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (pieces.length < 2) return false;
  const values = new RegExp(`^${pieces.join('(.+?)')}$`).exec(name)?.slice(1);
  return values !== undefined && values.every((value) => strings.has(value));
}

function hasPath(nodes: TestNode[], names: string[], strings: Set<string>): boolean {
  const [name, ...inner] = names;
  if (name === undefined) return true;
  return nodes.some((n) => nameMatches(n, name, strings) && hasPath(n.children, inner, strings));
}

/** What is wrong with each reference: a file that is not there, or a test not in it. */
function referenceProblems(markdown: string, readFile: ReadFile): string[] {
  const parsed = new Map<string, ReturnType<typeof parseTestFile> | undefined>();
  return testReferences(markdown).flatMap(({ text, file, names }) => {
    if (!parsed.has(file)) {
      const source = readFile(file);
      parsed.set(file, source === undefined ? undefined : parseTestFile(file, source));
    }
    const found = parsed.get(file);
    if (!found) return [`${text}: no file ${file}`];
    if (!hasPath(found.tree, names, found.strings)) return [`${text}: no such test in ${file}`];
    return [];
  });
}

/** Table rows whose first cell is a hazard's id: H1, H2, … and the known gaps G1, G2, …. */
function hazardRows(markdown: string): { id: string; row: string }[] {
  return markdown.split('\n').flatMap((row) => {
    const id = /^\|\s*([HG]\d+)\s*\|/.exec(row)?.[1];
    return id ? [{ id, row }] : [];
  });
}

/** A row names a test, or says in its own words that the test is planned or the check is a review. */
function rowProblems(markdown: string): string[] {
  return hazardRows(markdown).flatMap(({ id, row }) => {
    const namesATest = testReferences(row).some((r) => r.names.length > 0);
    const words = row.replace(/`[^`]*`/g, '');
    return namesATest || /\b(planned|review)\b/i.test(words)
      ? []
      : [`${id} names no test and says neither "planned" nor "review"`];
  });
}

describe('docs/hazard-log.md', () => {
  it('names only tests that exist, by their file and their describe › test names', () => {
    expect(testReferences(hazardLog).filter((r) => r.names.length > 0).length).toBeGreaterThan(20);
    expect(referenceProblems(hazardLog, readRepoFile)).toEqual([]);
  });

  it('gives every hazard a test, or says the test is planned or the check a review', () => {
    const ids = hazardRows(hazardLog).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ids).size, 'each id once').toBe(ids.length);
    expect(rowProblems(hazardLog)).toEqual([]);
  });
});

describe('the hazard log checks catch what they look for', () => {
  const planted = (path: string) =>
    path === 'tests/planted.test.ts'
      ? [
          "describe('a render error', () => {",
          "  it('shows the urgent numbers', () => {});",
          "  it.each(cases)('$name', () => {});",
          '});',
          "const cases = [{ name: 'urgent and risky' }];",
        ].join('\n')
      : undefined;

  it('passes a test that is there, nested as named, and a case of an it.each by its name', () => {
    const markdown = [
      '`tests/planted.test.ts`',
      '`tests/planted.test.ts › a render error`',
      '`tests/planted.test.ts › a render error › shows the urgent numbers`',
      '`tests/planted.test.ts › a render error › $name`',
      '`tests/planted.test.ts › a render error › urgent and risky`',
    ].join('\n');
    expect(referenceProblems(markdown, planted)).toEqual([]);
  });

  it('fails a missing file, a renamed test, a wrong nesting and an unknown case', () => {
    const markdown = [
      '`tests/missing.test.ts › a render error`',
      '`tests/planted.test.ts › a render error › shows the urgent number`',
      '`tests/planted.test.ts › shows the urgent numbers`',
      '`tests/planted.test.ts › a render error › calm and fine`',
    ].join('\n');
    expect(referenceProblems(markdown, planted)).toHaveLength(4);
  });

  it('fails a hazard row that names no test and says neither "planned" nor "review"', () => {
    const markdown = [
      '| id | hazard | shown by |',
      '| -- | ------ | -------- |',
      '| H1 | a missed emergency | `tests/planted.test.ts` |',
      '| H2 | quick exit | none yet: planned |',
      '| H3 | copied wording | checked at review |',
      '| H4 | a dead end | `tests/planted.test.ts › a render error` |',
      // "review" inside a file's name is not the row saying so.
      '| H5 | a file | `tests/review.test.ts` |',
    ].join('\n');
    expect(rowProblems(markdown)).toEqual([
      'H1 names no test and says neither "planned" nor "review"',
      'H5 names no test and says neither "planned" nor "review"',
    ]);
  });
});
