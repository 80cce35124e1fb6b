import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules'] },
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
    // Domain logic stays free of React, the DOM's frameworks and upward imports.
    files: [
      'src/questionnaire/**/*.ts',
      'src/scoring/**/*.ts',
      'src/referral/**/*.ts',
      'src/flow/**/*.ts',
    ],
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
            {
              group: ['**/screens/*', '**/ui/*', '**/app/*'],
              message: 'Domain logic never imports the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/questionnaire/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*'], message: 'Domain logic has no React.' },
            {
              group: [
                '**/scoring/*',
                '**/referral/*',
                '**/flow/*',
                '**/screens/*',
                '**/ui/*',
                '**/app/*',
              ],
              message: 'questionnaire/ is the lowest floor: it imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
);
