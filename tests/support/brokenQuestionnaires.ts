import {
  inEveryLanguage,
  item,
  itemTexts,
  textsIn,
  type QuestionnaireChange,
} from './questionnaireFixtures';

/** A problem as validation reports it; `file` inside the questionnaire's folder, `message` a part. */
export interface ExpectedProblem {
  file: string;
  path: string;
  message: string;
}

export interface BrokenQuestionnaire {
  /** The one change to the minimal valid questionnaire. */
  change: QuestionnaireChange;
  /** Exactly what validation must report for it, in order. */
  problems: ExpectedProblem[];
}

const inDefinition = (path: string, message: string) => ({
  file: 'definition.json',
  path,
  message,
});

/** Each way a questionnaire can be broken, by name: its change, and what validation must say. */
export const brokenQuestionnaires: Record<string, BrokenQuestionnaire> = {
  'unknown-item': {
    change: (q) => {
      item(q, 'self-harm').showIf = { item: 'cravings', anyOf: ['yes'] };
    },
    problems: [inDefinition('items[4].showIf.item', 'unknown item "cravings"')],
  },
  'unknown-item-nested': {
    change: (q) => {
      item(q, 'self-harm').showIf = {
        all: [
          { item: 'craving', anyOf: ['yes'] },
          { item: 'cravings', anyOf: ['yes'] },
        ],
      };
    },
    problems: [inDefinition('items[4].showIf.all[1].item', 'unknown item "cravings"')],
  },
  cycle: {
    change: (q) => {
      item(q, 'craving').showIf = { not: { item: 'self-harm', anyOf: ['no'] } };
    },
    problems: [
      inDefinition('items[2].showIf.not.item', 'refers to "self-harm", which is not asked before'),
      inDefinition('items[2].showIf', 'cycle: craving → self-harm → craving'),
    ],
  },
  'forward-reference': {
    change: (q) => {
      item(q, 'craving').showIf = { item: 'other-signs', countAtLeast: 1, among: ['tolerance'] };
    },
    problems: [
      inDefinition('items[2].showIf.item', 'refers to "other-signs", which is not asked before'),
    ],
  },
  'unknown-option-in-condition': {
    change: (q) => {
      item(q, 'self-harm').showIf = { any: [{ item: 'craving', anyOf: ['yes', 'maybe'] }] };
    },
    problems: [
      inDefinition('items[4].showIf.any[0].anyOf[1]', 'item "craving" has no option "maybe"'),
    ],
  },
  'missing-text': {
    change: (q) => {
      const en = textsIn(q, 'en');
      delete itemTexts(en, 'craving').options?.no;
      delete en.items['self-harm'];
    },
    problems: [
      { file: 'en.json', path: 'items.craving.options.no', message: 'missing text' },
      { file: 'en.json', path: 'items.self-harm', message: 'missing text' },
    ],
  },
  'missing-language': {
    change: (q) => {
      delete q.texts.en;
    },
    problems: [{ file: 'en.json', path: '', message: 'the texts in language "en" are required' }],
  },
  'unmeasured-criterion': {
    change: (q) => {
      item(q, 'craving').measures = [
        { type: 'criterion', criterion: 'larger-amounts', metBy: ['yes'] },
      ];
    },
    problems: [inDefinition('criteria[3]', 'criterion "craving" is measured by no item')],
  },
  'duplicate-option-code': {
    change: (q) => {
      item(q, 'craving').options?.push({ code: 'yes' });
    },
    problems: [inDefinition('items[2].options[2].code', 'option code "yes" is used twice')],
  },
  'duplicate-item-id': {
    change: (q) => {
      // The second "craving" has no condition of its own, so the id is the one problem.
      const selfHarm = item(q, 'self-harm');
      selfHarm.id = 'craving';
      delete selfHarm.showIf;
      inEveryLanguage(q, (texts) => delete texts.items['self-harm']);
    },
    problems: [inDefinition('items[4].id', 'item id "craving" is used twice')],
  },
  'unknown-substance': {
    change: (q) => {
      item(q, 'frequency').forEachSubstance = ['alcohol', 'heroin'];
    },
    problems: [inDefinition('items[1].forEachSubstance[1]', 'unknown substance "heroin"')],
  },
  'schema-error': {
    change: (q) => {
      q.definition.version = '1.0';
      Object.assign(item(q, 'craving'), { kind: 'slider' });
    },
    problems: [
      inDefinition('version', 'must be a version like "1.0.0"'),
      inDefinition('items[2].kind', '"single"|"multiple"|"number"'),
    ],
  },
  'unparseable-json': {
    change: (q) => {
      q.definitionText = JSON.stringify(q.definition, null, 2).replace(
        '\n  "items":',
        '\n  // Items are asked in this order.\n  "items":',
      );
    },
    problems: [{ file: 'definition.json', path: '', message: 'cannot be read as JSON: ' }],
  },
  'texts-for-unknown-item': {
    change: (q) => {
      textsIn(q, 'da').items.cravings = { title: 'Trang?' };
    },
    problems: [{ file: 'da.json', path: 'items.cravings', message: 'text for an unknown item' }],
  },
  'unknown-met-by-code': {
    change: (q) => {
      item(q, 'craving').measures = [{ type: 'criterion', criterion: 'craving', metBy: ['ja'] }];
    },
    problems: [inDefinition('items[2].measures[0].metBy[0]', 'unknown option code "ja"')],
  },
  'no-substances-item': {
    change: (q) => {
      // A routing item's options need texts of their own, so the missing measure is the one problem.
      item(q, 'substances').measures = [{ type: 'routing' }];
      inEveryLanguage(q, (texts, language) => {
        const substances = itemTexts(texts, 'substances');
        substances.options = {
          ...substances.options,
          alcohol: `${language}: alcohol`,
          cannabis: `${language}: cannabis`,
        };
      });
    },
    problems: [inDefinition('items', 'exactly one item must measure "substances"')],
  },
  'age-group-without-ages': {
    change: (q) => {
      q.definition.items.unshift({
        id: 'age-group',
        kind: 'single',
        options: [{ code: 'under-18', ages: { from: 0, to: 17 } }, { code: '18-plus' }],
        measures: [{ type: 'age-group' }],
      });
      inEveryLanguage(q, (texts, language) => {
        texts.items['age-group'] = {
          title: `${language}: age`,
          options: { 'under-18': `${language}: under 18`, '18-plus': `${language}: 18 or older` },
        };
      });
    },
    problems: [inDefinition('items[0].options[1]', 'an age-group option needs "ages"')],
  },
  'scoped-before-substances': {
    change: (q) => {
      const { items } = q.definition;
      const frequency = item(q, 'frequency');
      items.splice(items.indexOf(frequency), 1);
      items.unshift(frequency);
    },
    problems: [
      inDefinition(
        'items[0].forEachSubstance',
        'depends on the substances chosen in "substances", which is not asked before',
      ),
    ],
  },
};
