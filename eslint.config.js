import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The floors of src/, read from the Layout list in README.md — the one place the order is stated: each
 * `src/<folder>/  <floor>` line. A folder of src/ missing from it fails here, so every folder has a floor.
 */
function readFloors() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const layout = readme.slice(readme.indexOf('## Layout'));
  const block = layout.slice(
    layout.indexOf('```'),
    layout.indexOf('```', layout.indexOf('```') + 3),
  );
  const floors = new Map();
  for (const [, folder, floor] of block.matchAll(/^src\/([\w-]+)\/\s+(\d+)\s/gm)) {
    floors.set(folder, Number(floor));
  }
  const folders = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  );
  const missing = folders.map((entry) => entry.name).filter((name) => !floors.has(name));
  if (missing.length > 0) {
    throw new Error(`README.md's Layout gives no floor for src/${missing.join('/, src/')}/`);
  }
  return floors;
}

/** One zone per folder: nothing from its own floor (but itself) or above, nor the entries. */
function layerZones(floors) {
  return [...floors].map(([folder, floor]) => ({
    target: `./src/${folder}`,
    from: [
      ...[...floors]
        .filter(([other, otherFloor]) => other !== folder && otherFloor >= floor)
        .map(([other]) => `./src/${other}`),
      './src/boot.ts',
      './src/main.tsx',
    ],
    message: `src/${folder}/ is on floor ${floor}: it imports only from the floors below it (README.md, Layout).`,
  }));
}

const root = import.meta.dirname;
/** The folders with no React in them. */
const pureFolders = [
  'questionnaire',
  'config',
  'scoring',
  'referral',
  'summary',
  'export',
  'handover',
  'privacy',
  'contact',
  'plan',
];

export default tseslint.config(
  // tests/lint/fixtures/ breaks the rules on purpose (tests/lint/layers.test.ts lints it).
  { ignores: ['dist', 'dist-demo', 'coverage', 'node_modules', 'tests/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: {
      // The files no-cycle reads to follow imports, and the parser it reads them with.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            ...layerZones(readFloors()),
            {
              target: './src',
              from: ['./scripts', './tests'],
              message: 'The app imports neither scripts nor tests.',
            },
            { target: './scripts', from: './tests', message: 'Scripts never import tests.' },
          ],
        },
      ],
    },
  },
  {
    // Domain logic is pure TypeScript; the flow's React glue is its .tsx files and its use*.ts hooks.
    files: [...pureFolders.map((folder) => `src/${folder}/**`), 'src/flow/**/*.ts'],
    ignores: ['src/flow/**/use*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-*', '@xstate/react'],
              message: 'Domain logic has no React.',
            },
          ],
        },
      ],
    },
  },
);
