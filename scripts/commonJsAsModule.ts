import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync, Visitor, type ESTree, type Plugin } from 'vite';

/**
 * React DOM as an ES module in the build (docs/performance.md, "React DOM as an ES module").
 *
 * React ships CommonJS only. The bundler wraps a CommonJS file in one function, and for React DOM
 * that function is about 200 KB. The browser compiles an ES module while it downloads, on another
 * thread, but it parses a function's body only when the function is first called, on the main
 * thread: for React DOM, a task of well over 50 ms on a slow phone, just after the start page has
 * painted. As an ES module, React DOM's top level is compiled with the download, and only the
 * functions that run are parsed, each on its own and small.
 *
 * The conversion is exact or it does not happen: the file may read other modules only in
 * `var name = require("module")` at its top, and write its exports only as `exports.name = …` at
 * its top; any other `require`, `exports` or `module` fails the build, so an update of React that
 * changes the file's shape is noticed, not half converted.
 */
export function commonJsAsModule(code: string, fileName: string): string {
  const { program, errors } = parseSync(fileName, code, { sourceType: 'script' });
  if (errors.length > 0) throw new Error(`${fileName}: ${errors[0]?.message}`);

  const edits: { start: number; end: number; text: string }[] = [];
  const allowed = new Set<number>();
  const exported: string[] = [];

  for (const statement of program.body) {
    const required = requiresIn(statement);
    if (required) {
      const imports = required.map(
        ({ name, source }) => `import ${name} from ${JSON.stringify(source)};`,
      );
      edits.push({ start: statement.start, end: statement.end, text: imports.join('\n') });
      for (const declarator of required) allowed.add(declarator.requireAt);
      continue;
    }
    const assigned = exportAssignmentIn(statement);
    if (assigned) {
      exported.push(assigned.name);
      allowed.add(assigned.exportsAt);
      edits.push({
        start: assigned.exportsAt,
        end: assigned.exportsAt + 'exports'.length,
        text: holder,
      });
    }
  }

  for (const { name, start } of freeCommonJsNames(program)) {
    if (!allowed.has(start)) {
      throw new Error(
        `${fileName}: \`${name}\` used outside the shape this conversion knows (at ${start})`,
      );
    }
  }
  if (exported.length === 0)
    throw new Error(`${fileName}: no \`exports.name = …\` at its top level`);

  let converted = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    converted = converted.slice(0, edit.start) + edit.text + converted.slice(edit.end);
  }
  // Each export through a name of its own: the file may declare the same name (`function a`,
  // `exports.a = a`), and the names made here must be new to it.
  const names = [...new Set(exported)];
  const clash = identifierNames(program).find((name) => name.startsWith(holder));
  if (clash) throw new Error(`${fileName}: already names \`${clash}\`, which the conversion needs`);
  const locals = names.map((name) => `${holder}_${name} = ${holder}.${name}`);
  const list = names.map((name) => `${holder}_${name} as ${name}`);
  return [
    `const ${holder} = {};`,
    converted,
    `const ${locals.join(', ')};`,
    `export { ${list.join(', ')} };`,
    '',
  ].join('\n');
}

/** The object that takes the file's `exports.name = …`; the module exports its properties. */
const holder = 'commonJsExports';

type Require = { name: string; source: string; requireAt: number };

/** `var a = require("x"), b = require("y");`: every declarator requires one module by name. */
function requiresIn(statement: ESTree.Statement | ESTree.Directive): Require[] | undefined {
  if (statement.type !== 'VariableDeclaration') return undefined;
  const found: Require[] = [];
  for (const declarator of statement.declarations) {
    const init = declarator.init;
    if (
      declarator.id.type !== 'Identifier' ||
      init?.type !== 'CallExpression' ||
      init.callee.type !== 'Identifier' ||
      init.callee.name !== 'require' ||
      init.arguments.length !== 1 ||
      init.arguments[0]?.type !== 'Literal' ||
      typeof init.arguments[0].value !== 'string'
    ) {
      return undefined;
    }
    found.push({
      name: declarator.id.name,
      source: init.arguments[0].value,
      requireAt: init.callee.start,
    });
  }
  return found.length > 0 ? found : undefined;
}

/** `exports.name = …;` as a statement of its own at the top level. */
function exportAssignmentIn(
  statement: ESTree.Statement | ESTree.Directive,
): { name: string; exportsAt: number } | undefined {
  if (statement.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') return undefined;
  const target = expression.left;
  if (
    target.type !== 'MemberExpression' ||
    target.computed ||
    target.object.type !== 'Identifier' ||
    target.object.name !== 'exports' ||
    target.property.type !== 'Identifier'
  ) {
    return undefined;
  }
  return { name: target.property.name, exportsAt: target.object.start };
}

/**
 * Every place the file names `require`, `exports` or `module` as a variable: not as a property's
 * name (`a.module`, `{ module: 1 }`). The file declares none of them itself (React DOM does not),
 * so each is CommonJS's own.
 */
function freeCommonJsNames(program: ESTree.Program): { name: string; start: number }[] {
  const watched = new Set(['require', 'exports', 'module']);
  const propertyNames = new Set<number>();
  const found: { name: string; start: number }[] = [];
  new Visitor({
    MemberExpression(node) {
      if (!node.computed) propertyNames.add(node.property.start);
    },
    Property(node) {
      if (!node.computed && !node.shorthand) propertyNames.add(node.key.start);
    },
    MethodDefinition(node) {
      if (!node.computed) propertyNames.add(node.key.start);
    },
    PropertyDefinition(node) {
      if (!node.computed) propertyNames.add(node.key.start);
    },
    Identifier(node) {
      if (watched.has(node.name)) found.push({ name: node.name, start: node.start });
    },
  }).visit(program);
  return found.filter(({ start }) => !propertyNames.has(start));
}

function identifierNames(program: ESTree.Program): string[] {
  const names = new Set<string>();
  new Visitor({
    Identifier(node) {
      names.add(node.name);
    },
  }).visit(program);
  return [...names];
}

const require = createRequire(import.meta.url);

/**
 * In a production build only, `react-dom/client` is React DOM's production file as an ES module.
 * Not in the dev server or the tests, nor in a build made with another NODE_ENV (as Vitest's
 * `test`), where React's development files are used as they are: React DOM's production file
 * does not work with React's development one.
 */
export function reactDomAsModulePlugin(): Plugin {
  // `react-dom/client` is client.js, which picks this file in production; the file itself is not
  // in the package's exports, so it is found beside it.
  const productionFile = join(
    dirname(require.resolve('react-dom/client')),
    'cjs',
    'react-dom-client.production.js',
  );
  let production = false;
  return {
    name: 'rusmiddeltjek:react-dom-as-module',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      production = config.isProduction;
    },
    resolveId(source) {
      return production && source === 'react-dom/client' ? productionFile : undefined;
    },
    transform(code, id) {
      return production && id === productionFile
        ? { code: commonJsAsModule(code, id), map: null }
        : undefined;
    },
  };
}
