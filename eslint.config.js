import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Forbids imports from the named floors above, and React in pure domain code. */
function floor(files, above, pure, ignores = []) {
  const patterns = [
    {
      group: above.map((name) => `**/${name}/*`),
      message: 'A floor imports only from the floors below it (docs/architecture.md).',
    },
  ];
  if (pure) {
    patterns.push({
      group: ['react', 'react-dom', 'react-*', '@xstate/react'],
      message: 'Domain logic has no React.',
    });
  }
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'coverage', 'node_modules'] },
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
  // Each floor imports only from the floors below it (docs/architecture.md):
  // questionnaire → flow, scoring, privacy → referral, summary → export, handover → ui → screens → app.
  floor(['src/questionnaire/**'], ['flow', 'scoring', 'referral', 'ui', 'screens', 'app'], true),
  floor(['src/scoring/**', 'src/referral/**'], ['flow', 'ui', 'screens', 'app'], true),
  floor(['src/summary/**'], ['flow', 'export', 'handover', 'ui', 'screens', 'app'], true),
  floor(['src/export/**', 'src/handover/**'], ['flow', 'ui', 'screens', 'app'], true),
  floor(['src/contact/**'], ['flow', 'ui', 'screens', 'app'], true),
  floor(['src/privacy/**'], ['flow', 'scoring', 'referral', 'ui', 'screens', 'app'], true),
  floor(['src/flow/**/*.ts'], ['scoring', 'referral', 'ui', 'screens', 'app'], true, [
    'src/flow/**/use*.ts',
  ]),
  floor(['src/flow/**/*.tsx'], ['scoring', 'referral', 'ui', 'screens', 'app'], false),
  floor(['src/ui/**'], ['screens', 'app'], false),
  floor(['src/screens/**'], ['app'], false),
);
