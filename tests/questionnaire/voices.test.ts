import i18next from 'i18next';
import { tData } from '../../src/i18n/keys';
import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../src/i18n/languages';
import type { QuestionnaireTexts } from '../../src/questionnaire/definitionSchema';
import { itemVoices } from '../../src/questionnaire/itemVoices';
import { loadRealQuestionnaire } from './realQuestionnaire';
import { strings } from '../support/textStrings';

const { definition, texts } = loadRealQuestionnaire();

type OtherVoice = 'relative' | 'clinician';
const otherVoices: readonly OtherVoice[] = ['relative', 'clinician'];

/** How each language names the person in the other voices, and the words that speak to the reader. */
const wording: Record<Language, { client: string; speaksToReader: RegExp[] }> = {
  da: {
    client: 'borgeren',
    speaksToReader: [
      /(?<!\p{L})(du|dig|din|dit|dine|jeg|mig|min|mit|mine)(?!\p{L})/iu,
      /(?<!\p{L})I(?!\p{L})/u,
    ],
  },
  en: {
    client: 'the client',
    speaksToReader: [
      /(?<!\p{L})(you|your|yours|yourself|me|my|mine)(?!\p{L})/iu,
      /(?<!\p{L})I(?!\p{L})/u,
    ],
  },
};

const name = '{{name}}';

function speaksToReader(language: Language, text: string): boolean {
  return wording[language].speaksToReader.some((pattern) => pattern.test(text));
}

/** A variant is about the person, not the reader's own use: it names them or speaks to no one. */
function aboutThePerson(language: Language, voice: OtherVoice, text: string): boolean {
  const names = voice === 'relative' ? name : wording[language].client;
  return text.toLowerCase().includes(names) || !speaksToReader(language, text);
}

const placeholders = (text: string | undefined) =>
  [...new Set([...(text ?? '').matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]))]
    .filter((p) => p !== 'name')
    .sort();

function textsIn(language: Language): QuestionnaireTexts {
  const found = texts[language];
  if (!found) throw new Error(`no texts in "${language}"`);
  return found;
}

/** An item's texts in a language: its own fields (title, hint…) and its options' labels. */
function itemTexts(language: Language, id: string) {
  const { options = {}, ...fields } = textsIn(language).items[id] ?? { title: '' };
  return { fields: fields as Record<string, string | undefined>, options };
}

const voicedItems = definition.items.filter((item) => itemVoices(definition, item).length > 1);

/** Every variant of a self text in an object: `key` beside `key_relative` and `key_clinician`. */
function variantsOf(object: Record<string, string | undefined>, key: string) {
  return otherVoices.map((voice) => [voice, object[`${key}_${voice}`]] as const);
}

describe('the detectors this test relies on', () => {
  it('tell a text that speaks to the reader from one about the person', () => {
    expect(speaksToReader('da', 'Har du brugt hash?')).toBe(true);
    expect(speaksToReader('da', 'Ja, og jeg tager den')).toBe(true);
    expect(speaksToReader('da', 'Har borgeren brugt hash?')).toBe(false);
    expect(speaksToReader('en', 'Have you used cannabis?')).toBe(true);
    expect(speaksToReader('en', 'Has the client used cannabis?')).toBe(false);
    expect(aboutThePerson('da', 'relative', 'Har du brugt hash?')).toBe(false);
    expect(aboutThePerson('da', 'relative', 'Har du set, at {{name}} har brugt hash?')).toBe(true);
    expect(aboutThePerson('en', 'clinician', 'Have you used cannabis?')).toBe(false);
  });
});

describe.each(languages)('the voices of the real questionnaire in %s', (language) => {
  const own = textsIn(language);
  const cases = voicedItems.map((item) => [item.id, item] as const);

  it('reads the questions about use in every voice', () => {
    // The audience item and a relative's own questions are read in one voice only.
    expect(voicedItems.length).toBeGreaterThanOrEqual(20);
    expect(voicedItems.map((item) => item.id)).toEqual(
      expect.arrayContaining(['age-group', 'substances', 'prescribed', 'craving', 'self-harm']),
    );
    expect(voicedItems.map((item) => item.id)).not.toContain('audience');
    expect(voicedItems.map((item) => item.id)).not.toContain('relative-worry');
  });

  it.each(cases)('%s has a title in each voice, all different', (id) => {
    const item = own.items[id];
    const titles = [item?.title, item?.title_relative, item?.title_clinician];
    expect(titles.every((title) => title?.trim())).toBe(true);
    expect(new Set(titles).size).toBe(3);
  });

  it.each(cases)('%s names the person in the relative and clinician titles', (id) => {
    const item = own.items[id];
    expect(item?.title_relative).toContain(name);
    expect(item?.title_clinician?.toLowerCase()).toContain(wording[language].client);
  });

  it.each(cases)('%s has a hint in each voice where the self voice has one', (id) => {
    const item = own.items[id];
    if (!item?.hint) return;
    expect(item.hint_relative?.trim()).toBeTruthy();
    expect(item.hint_clinician?.trim()).toBeTruthy();
  });

  it.each(cases)('%s keeps the self text’s placeholders in every variant', (id) => {
    const { fields, options } = itemTexts(language, id);
    for (const key of ['title', 'hint']) {
      for (const [voice, text] of variantsOf(fields, key)) {
        if (text === undefined) continue;
        expect(placeholders(text), `${key}_${voice}`).toEqual(placeholders(fields[key]));
      }
    }
    for (const [code, text] of Object.entries(options)) {
      for (const [voice, variant] of variantsOf(options, code)) {
        if (variant === undefined) continue;
        expect(placeholders(variant), `options.${code}_${voice}`).toEqual(placeholders(text));
      }
    }
  });

  it.each(cases)('%s asks about the person, not about the reader’s own use', (id) => {
    const { fields, options } = itemTexts(language, id);
    const notAbout: string[] = [];
    const check = (key: string, source: Record<string, string | undefined>) => {
      for (const [voice, text] of variantsOf(source, key)) {
        if (text !== undefined && !aboutThePerson(language, voice, text)) {
          notAbout.push(`${key}_${voice}`);
        }
      }
    };
    check('title', fields);
    check('hint', fields);
    for (const code of Object.keys(options)) check(code, options);
    expect(notAbout).toEqual([]);
  });

  it.each(cases)('%s has a voiced label for every option that speaks to the reader', (id) => {
    const options = own.items[id]?.options ?? {};
    const unvoiced = Object.entries(options)
      .filter(
        ([code, text]) => !/_(relative|clinician)$/.test(code) && speaksToReader(language, text),
      )
      .filter(([code]) => variantsOf(options, code).some(([, variant]) => !variant))
      .map(([code]) => code);
    expect(unvoiced).toEqual([]);
  });

  it('has voiced substance labels and hints wherever they speak to the reader', () => {
    const unvoiced: string[] = [];
    const notAbout: string[] = [];
    for (const [code, substance] of Object.entries(own.substances)) {
      const fields: Record<string, string | undefined> = { ...substance };
      for (const key of ['label', 'hint']) {
        const text = fields[key];
        if (text === undefined) continue;
        const variants = variantsOf(fields, key);
        if (speaksToReader(language, text) && variants.some(([, variant]) => !variant)) {
          unvoiced.push(`${code}.${key}`);
        }
        for (const [voice, variant] of variants) {
          if (variant !== undefined && !aboutThePerson(language, voice, variant)) {
            notAbout.push(`${code}.${key}_${voice}`);
          }
        }
      }
    }
    expect(unvoiced).toEqual([]);
    expect(notAbout).toEqual([]);
    expect(own.substances['other-medicines']?.label_relative).toContain(name);
  });

  it('never starts a sentence with the name, which may read "personen" or "the person"', () => {
    const relativeTexts = [...strings(own)].filter(([path]) => path.includes('_relative'));
    expect(relativeTexts.length).toBeGreaterThan(voicedItems.length);
    const startsWithName = relativeTexts.filter(([, text]) =>
      /(^|[.!?]\s+)\{\{name\}\}/.test(text),
    );
    expect(startsWithName.map(([path]) => path)).toEqual([]);
    if (language === 'da') {
      // A name that ends in s breaks the genitive "{{name}}s".
      const genitive = relativeTexts.filter(([, text]) => text.includes(`${name}s`));
      expect(genitive.map(([path]) => path)).toEqual([]);
    }
  });
});

/** The real texts in an i18next instance, as the app loads them into its questionnaire namespace. */
async function questionnaireI18n() {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'da',
    fallbackLng: false,
    resources: Object.fromEntries(
      languages.map((language) => [language, { questionnaire: textsIn(language) }]),
    ),
    ns: ['questionnaire'],
    defaultNS: 'questionnaire',
    interpolation: { escapeValue: false },
  });
  return instance;
}

const i18n = await questionnaireI18n();

describe('i18next picks each voice by context', () => {
  const values = { name: 'Mette', substance: 'alkohol', substances: 'alkohol eller hash' };
  const filledIn = (text: string | undefined) =>
    text
      ?.replaceAll('{{name}}', values.name)
      .replaceAll('{{substances}}', values.substances)
      .replaceAll('{{substance}}', values.substance);

  it.each(languages)('fills in every title and hint in %s, naming the person', (language) => {
    const t = i18n.getFixedT(language, 'questionnaire');
    for (const item of voicedItems) {
      for (const voice of otherVoices) {
        const title = tData(t, `questionnaire:items.${item.id}.title`, {
          ...values,
          context: voice,
        });
        const own = textsIn(language).items[item.id];
        expect(title, `${item.id} ${voice}`).toBe(filledIn(own?.[`title_${voice}`]));
        expect(title).not.toContain('{{');
        if (voice === 'relative') expect(title).toContain(values.name);
        if (!own?.hint) continue;
        const hint = tData(t, `questionnaire:items.${item.id}.hint`, { ...values, context: voice });
        expect(hint, `${item.id} hint ${voice}`).toBe(filledIn(own[`hint_${voice}`]));
      }
    }
  });

  it('falls back to the self text for an option with no voiced label', () => {
    const t = i18n.getFixedT('da', 'questionnaire');
    const options = 'items.prescribed.options';
    expect(t(`${options}.as-prescribed`, { ...values, context: 'relative' })).toBe(
      'Ja, og Mette tager den, som lægen har sagt',
    );
    // @ts-expect-error: there is no relative label, and the fallback is what this shows.
    expect(t(`${options}.dont-know`, { context: 'relative' })).toBe('Ved ikke');
    expect(t(`${options}.dont-know`, { context: 'clinician' })).toBe('Uoplyst');
  });
});
