import { describe, expect, it } from 'vitest';
import { readQuestionnaireFiles } from '../../scripts/readQuestionnaireFiles';
import { languages } from '../../src/i18n/languages';
import type { QuestionnaireProblem } from '../../src/questionnaire/problems';
import {
  validateQuestionnaire,
  type QuestionnaireFiles,
} from '../../src/questionnaire/validateQuestionnaire';
import { brokenQuestionnaires } from '../support/brokenQuestionnaires';
import {
  item,
  minimalValidFolder,
  readQuestionnaireWith,
  repoRoot,
  textsIn,
  type QuestionnaireChange,
} from '../support/questionnaireFixtures';
import { loadRealQuestionnaire } from './realQuestionnaire';

function problemsOf(files: QuestionnaireFiles): QuestionnaireProblem[] {
  const result = validateQuestionnaire(files, languages);
  return result.ok ? [] : result.problems;
}

describe('validateQuestionnaire on broken questionnaires', () => {
  it.each(Object.entries(brokenQuestionnaires))(
    '%s reports its file, path and message',
    (name, { change, problems }) => {
      expect(problemsOf(readQuestionnaireWith(change, name))).toEqual(
        problems.map(({ file, path, message }) => ({
          file: `${name}/${file}`,
          path,
          message: expect.stringContaining(message),
        })),
      );
    },
  );
});

describe('validateQuestionnaire on valid questionnaires', () => {
  it('accepts the minimal questionnaire and returns its definition and texts', () => {
    const result = validateQuestionnaire(
      readQuestionnaireFiles(`${repoRoot}${minimalValidFolder}`, repoRoot),
      languages,
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.definition.id).toBe('minimal');
    expect(Object.keys(result.texts).sort()).toEqual([...languages].sort());
  });

  it('accepts the real questionnaire with zero problems', () => {
    const result = loadRealQuestionnaire();
    expect(result.definition.id).toBe('rusmiddeltjek');
    expect(Object.keys(result.texts).sort()).toEqual([...languages].sort());
  });
});

describe('validateQuestionnaire rules beyond the broken questionnaires', () => {
  const definitionFile = 'minimal/definition.json';
  const problemsWith = (change: QuestionnaireChange) => problemsOf(readQuestionnaireWith(change));

  it('finds a cycle of three items and a condition on its own item', () => {
    const problems = problemsWith((q) => {
      item(q, 'craving').showIf = { item: 'other-signs', countAtLeast: 1 };
      item(q, 'other-signs').showIf = { item: 'self-harm', anyOf: ['yes'] };
      item(q, 'substances').showIf = { item: 'substances', anyOf: ['none'] };
    });
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
    const problems = problemsWith((q) => {
      item(q, 'self-harm').showIf = {
        any: [
          { item: 'frequency.alcohol', anyOf: ['daily'] },
          { item: 'craving.which', anyOf: ['cannabis'] },
        ],
      };
    });
    expect(problems).toEqual([]);
  });

  it('says how to name a per-substance item in a condition', () => {
    const problems = problemsWith((q) => {
      item(q, 'self-harm').showIf = { item: 'frequency', anyOf: ['daily'] };
    });
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].showIf.item',
        message: expect.stringContaining('like "frequency.<substance>"'),
      },
    ]);
  });

  it('points at the wrong code inside "among"', () => {
    const problems = problemsWith((q) => {
      item(q, 'self-harm').showIf = {
        item: 'substances',
        countAtLeast: 1,
        among: ['alcohol', 'heroin'],
      };
    });
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].showIf.among[1]',
        message: 'item "substances" has no option "heroin"',
      },
    ]);
  });

  it('rejects "askWhichSubstance" on an item that measures no sign', () => {
    const problems = problemsWith((q) => {
      Object.assign(item(q, 'self-harm'), { substanceScope: 'all', askWhichSubstance: true });
    });
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].askWhichSubstance',
        message: expect.stringContaining('needs a "criterion" or "warning-sign" measure'),
      },
    ]);
  });

  it('rejects a drinking-days item that is not a number from 0 to 7', () => {
    const problems = problemsWith((q) => {
      q.definition.items.splice(2, 0, {
        id: 'drinking-days',
        kind: 'number',
        min: 1,
        max: 7,
        measures: [{ type: 'consumption', figure: 'drinking-days' }],
      });
    });
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
    const problems = problemsWith((q) => {
      item(q, 'craving').measures = [{ type: 'warning-sign', metBy: ['yes'] }];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'items.craving.short', message: 'missing text' }),
      ]),
    );
  });

  it('asks for "perWeek" on every heavy-days option', () => {
    const problems = problemsWith((q) => {
      Object.assign(item(q, 'frequency'), {
        options: [{ code: 'monthly' }, { code: 'daily', perWeek: 6.5 }],
        measures: [{ type: 'consumption', figure: 'heavy-days' }],
      });
    });
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[1].options[0]',
        message: 'a heavy-days option needs "perWeek"',
      },
    ]);
  });

  it('rejects an age range that ends before it starts', () => {
    const problems = problemsWith((q) => {
      Object.assign(item(q, 'self-harm'), {
        options: [
          { code: 'yes', ages: { from: 18, to: 17 } },
          { code: 'no', ages: { from: 18 } },
        ],
        measures: [{ type: 'age-group' }],
      });
    });
    expect(problems).toEqual([
      {
        file: definitionFile,
        path: 'items[4].options[0].ages.to',
        message: 'must not be below "from"',
      },
    ]);
  });

  it('asks in every language for the texts that keys built from the data read (tData)', () => {
    const problems = problemsWith((q) => {
      const en = textsIn(q, 'en');
      delete en.items.craving;
      delete en.substances.cannabis;
      delete en.criteria.craving;
    });
    const enFile = 'minimal/en.json';
    expect(problems).toEqual([
      { file: enFile, path: 'items.craving', message: 'missing text' },
      { file: enFile, path: 'substances.cannabis', message: 'missing text' },
      { file: enFile, path: 'criteria.craving', message: 'missing text' },
    ]);
  });

  it('reports texts for an unknown substance or criterion', () => {
    const problems = problemsWith((q) => {
      const da = textsIn(q, 'da');
      da.substances.heroin = { label: 'Heroin', inSentence: 'heroin' };
      da.criteria.cravings = { short: 'Trang' };
    });
    const daFile = 'minimal/da.json';
    expect(problems).toEqual([
      { file: daFile, path: 'substances.heroin', message: 'text for an unknown substance' },
      { file: daFile, path: 'criteria.cravings', message: 'text for an unknown criterion' },
    ]);
  });

  it('says a missing definition file is missing', () => {
    const files = readQuestionnaireWith(() => undefined);
    const problems = problemsOf({
      ...files,
      definition: { ...files.definition, content: undefined },
    });
    expect(problems).toEqual([{ file: definitionFile, path: '', message: 'the file is missing' }]);
  });

  it('reports a read error given by the reader, naming the file', () => {
    const files = readQuestionnaireWith(() => undefined);
    const texts = files.texts.map((t) =>
      t.language === 'en'
        ? { ...t, content: undefined, readError: 'Unexpected end of JSON input' }
        : t,
    );
    expect(problemsOf({ ...files, texts })).toEqual([
      {
        file: 'minimal/en.json',
        path: '',
        message: 'cannot be read as JSON: Unexpected end of JSON input',
      },
    ]);
  });
});
