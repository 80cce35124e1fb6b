import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import type { QuestionnaireProblem } from '../../src/questionnaire/problems';
import {
  validateQuestionnaire,
  type QuestionnaireFiles,
} from '../../src/questionnaire/validateQuestionnaire';
import { fixturesFolder, loadRealQuestionnaire, readFixture, repoRoot } from './realQuestionnaire';

function problemsOf(files: QuestionnaireFiles): QuestionnaireProblem[] {
  const result = validateQuestionnaire(files, languages);
  return result.ok ? [] : result.problems;
}

const inFixture = (name: string, file: string) => `${fixturesFolder}/${name}/${file}`;

/** What each broken fixture must report: exactly these problems, each with its file and path. */
const brokenFixtures: Record<string, { file: string; path: string; message: string }[]> = {
  'unknown-item': [
    { file: 'definition.json', path: 'items[4].showIf.item', message: 'unknown item "cravings"' },
  ],
  'unknown-item-nested': [
    {
      file: 'definition.json',
      path: 'items[4].showIf.all[1].item',
      message: 'unknown item "cravings"',
    },
  ],
  cycle: [
    {
      file: 'definition.json',
      path: 'items[2].showIf.not.item',
      message: 'refers to "self-harm", which is not asked before',
    },
    {
      file: 'definition.json',
      path: 'items[2].showIf',
      message: 'cycle: craving → self-harm → craving',
    },
  ],
  'forward-reference': [
    {
      file: 'definition.json',
      path: 'items[2].showIf.item',
      message: 'refers to "other-signs", which is not asked before',
    },
  ],
  'unknown-option-in-condition': [
    {
      file: 'definition.json',
      path: 'items[4].showIf.any[0].anyOf[1]',
      message: 'item "craving" has no option "maybe"',
    },
  ],
  'missing-text': [
    { file: 'en.json', path: 'items.craving.options.no', message: 'missing text' },
    { file: 'en.json', path: 'items.self-harm', message: 'missing text' },
  ],
  'missing-language': [
    { file: 'en.json', path: '', message: 'the texts in language "en" are required' },
  ],
  'unmeasured-criterion': [
    {
      file: 'definition.json',
      path: 'criteria[3]',
      message: 'criterion "craving" is measured by no item',
    },
  ],
  'duplicate-option-code': [
    {
      file: 'definition.json',
      path: 'items[2].options[2].code',
      message: 'option code "yes" is used twice',
    },
  ],
  'duplicate-item-id': [
    { file: 'definition.json', path: 'items[4].id', message: 'item id "craving" is used twice' },
  ],
  'unknown-substance': [
    {
      file: 'definition.json',
      path: 'items[1].forEachSubstance[1]',
      message: 'unknown substance "heroin"',
    },
  ],
  'schema-error': [
    { file: 'definition.json', path: 'version', message: 'must be a version like "1.0.0"' },
    { file: 'definition.json', path: 'items[2].kind', message: '"single"|"multiple"|"number"' },
  ],
  'unparseable-json': [{ file: 'definition.json', path: '', message: 'cannot be read as JSON: ' }],
  'texts-for-unknown-item': [
    { file: 'da.json', path: 'items.cravings', message: 'text for an unknown item' },
  ],
  'unknown-met-by-code': [
    {
      file: 'definition.json',
      path: 'items[2].measures[0].metBy[0]',
      message: 'unknown option code "ja"',
    },
  ],
  'no-substances-item': [
    {
      file: 'definition.json',
      path: 'items',
      message: 'exactly one item must measure "substances"',
    },
  ],
  'age-group-without-ages': [
    {
      file: 'definition.json',
      path: 'items[0].options[1]',
      message: 'an age-group option needs "ages"',
    },
  ],
  'scoped-before-substances': [
    {
      file: 'definition.json',
      path: 'items[0].forEachSubstance',
      message: 'depends on the substances chosen in "substances", which is not asked before',
    },
  ],
};

describe('validateQuestionnaire on broken fixtures', () => {
  it.each(Object.entries(brokenFixtures))(
    '%s reports its file, path and message',
    (name, expected) => {
      const result = validateQuestionnaire(readFixture(name), languages);
      expect(result.ok).toBe(false);
      expect(problemsOf(readFixture(name))).toEqual(
        expected.map(({ file, path, message }) => ({
          file: inFixture(name, file),
          path,
          message: expect.stringContaining(message),
        })),
      );
    },
  );

  it('has a test for every fixture folder', () => {
    const folders = readdirSync(`${repoRoot}${fixturesFolder}`).sort();
    expect(folders).toEqual(['minimal-valid', ...Object.keys(brokenFixtures)].sort());
  });
});

describe('validateQuestionnaire on valid questionnaires', () => {
  it('accepts the minimal fixture and returns its definition and texts', () => {
    const result = validateQuestionnaire(readFixture('minimal-valid'), languages);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.definition.id).toBe('minimal');
    expect(Object.keys(result.texts).sort()).toEqual(['da', 'en']);
  });

  it('accepts the real questionnaire with zero problems', () => {
    const result = loadRealQuestionnaire();
    expect(result.definition.id).toBe('rusmiddeltjek');
    expect(Object.keys(result.texts).sort()).toEqual([...languages].sort());
  });
});

interface EditableFiles {
  definition: Record<string, unknown> & { items: Record<string, unknown>[] };
  da: Record<string, Record<string, unknown>>;
}

/** The minimal fixture's files, changed in memory, for rules that need no fixture of their own. */
function minimalWith(change: (files: EditableFiles) => void): QuestionnaireFiles {
  const files = structuredClone(readFixture('minimal-valid'));
  const da = files.texts.find((t) => t.language === 'da');
  change({
    definition: files.definition.content as EditableFiles['definition'],
    da: da?.content as EditableFiles['da'],
  });
  return files;
}

describe('validateQuestionnaire rules beyond the fixtures', () => {
  const definitionFile = inFixture('minimal-valid', 'definition.json');

  it('finds a cycle of three items and a condition on its own item', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[2] = {
          ...definition.items[2],
          showIf: { item: 'other-signs', countAtLeast: 1 },
        };
        definition.items[3] = {
          ...definition.items[3],
          showIf: { item: 'self-harm', anyOf: ['yes'] },
        };
        definition.items[0] = {
          ...definition.items[0],
          showIf: { item: 'substances', anyOf: ['none'] },
        };
      }),
    );
    expect(problems).toContainEqual({
      file: definitionFile,
      path: 'items[2].showIf',
      message: 'conditions form a cycle: craving → other-signs → self-harm → craving',
    });
    expect(problems).toContainEqual({
      file: definitionFile,
      path: 'items[0].showIf',
      message: 'conditions form a cycle: substances → substances',
    });
  });

  it('accepts a condition on an earlier per-substance page and its "which of them?" page', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[4] = {
          ...definition.items[4],
          showIf: {
            any: [
              { item: 'frequency.alcohol', anyOf: ['daily'] },
              { item: 'craving.which', anyOf: ['cannabis'] },
            ],
          },
        };
      }),
    );
    expect(problems).toEqual([]);
  });

  it('says how to name a per-substance item in a condition', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[4] = {
          ...definition.items[4],
          showIf: { item: 'frequency', anyOf: ['daily'] },
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].showIf.item',
        message: expect.stringContaining('like "frequency.<substance>"'),
      },
    ]);
  });

  it('points at the wrong code inside "among"', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[4] = {
          ...definition.items[4],
          showIf: { item: 'substances', countAtLeast: 1, among: ['alcohol', 'heroin'] },
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].showIf.among[1]',
        message: 'item "substances" has no option "heroin"',
      },
    ]);
  });

  it('rejects "askWhichSubstance" on an item that measures no sign', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[4] = {
          ...definition.items[4],
          substanceScope: 'all',
          askWhichSubstance: true,
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].askWhichSubstance',
        message: expect.stringContaining('needs a "criterion" or "warning-sign" measure'),
      },
    ]);
  });

  it('rejects a drinking-days item that is not a number from 0 to 7', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items.splice(2, 0, {
          id: 'drinking-days',
          kind: 'number',
          min: 1,
          max: 7,
          measures: [{ type: 'consumption', figure: 'drinking-days' }],
        });
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          file: definitionFile,
          path: 'items[2]',
          message: 'a drinking-days item is a number item from 0 to 7 days',
        },
      ]),
    );
  });

  it('asks for the short name of a warning sign in every language', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[2] = {
          ...definition.items[2],
          measures: [{ type: 'warning-sign', metBy: ['yes'] }],
        };
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'items.craving.short', message: 'missing text' }),
      ]),
    );
  });

  it('asks for "perWeek" on every heavy-days option', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[1] = {
          ...definition.items[1],
          options: [{ code: 'monthly' }, { code: 'daily', perWeek: 6.5 }],
          measures: [{ type: 'consumption', figure: 'heavy-days' }],
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[1].options[0]',
        message: 'a heavy-days option needs "perWeek"',
      },
    ]);
  });

  it('rejects an age range that ends before it starts', () => {
    const problems = problemsOf(
      minimalWith(({ definition }) => {
        definition.items[4] = {
          ...definition.items[4],
          options: [
            { code: 'yes', ages: { from: 18, to: 17 } },
            { code: 'no', ages: { from: 18 } },
          ],
          measures: [{ type: 'age-group' }],
        };
      }),
    );
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].options[0].ages.to',
        message: 'must not be below "from"',
      },
    ]);
  });

  it('reports texts for an unknown substance or criterion', () => {
    const problems = problemsOf(
      minimalWith(({ da }) => {
        da.substances = { ...da.substances, heroin: { label: 'Heroin', inSentence: 'heroin' } };
        da.criteria = { ...da.criteria, cravings: { short: 'Trang' } };
      }),
    );
    const daFile = inFixture('minimal-valid', 'da.json');
    expect(problems).toEqual([
      { file: daFile, path: 'substances.heroin', message: 'text for an unknown substance' },
      { file: daFile, path: 'criteria.cravings', message: 'text for an unknown criterion' },
    ]);
  });

  it('says a missing definition file is missing', () => {
    const files = readFixture('minimal-valid');
    const problems = problemsOf({
      ...files,
      definition: { ...files.definition, content: undefined },
    });
    expect(problems).toEqual([{ file: definitionFile, path: '', message: 'the file is missing' }]);
  });

  it('reports a read error given by the reader, naming the file', () => {
    const files = readFixture('minimal-valid');
    const texts = files.texts.map((t) =>
      t.language === 'en'
        ? { ...t, content: undefined, readError: 'Unexpected end of JSON input' }
        : t,
    );
    expect(problemsOf({ ...files, texts })).toEqual([
      {
        file: inFixture('minimal-valid', 'en.json'),
        path: '',
        message: 'cannot be read as JSON: Unexpected end of JSON input',
      },
    ]);
  });
});
