import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import daHelp from '../../src/i18n/locales/da/help.json';
import daUi from '../../src/i18n/locales/da/ui.json';
import enHelp from '../../src/i18n/locales/en/help.json';
import enUi from '../../src/i18n/locales/en/ui.json';

// The result speaks in three voices through i18next context: a key's `_relative` and `_clinician`
// variants stand beside the self text (`key_relative_one` for plurals). Danish and English having
// the same keys and placeholders is checked in interfaceTexts.test.ts.

const otherVoices = ['relative', 'clinician'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const VOICED = /_(relative|clinician)(_(zero|one|two|few|many|other))?$/;

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    leaves(inner, path ? `${path}.${key}` : key),
  );
}

const texts = {
  da: { ui: new Map(leaves(daUi)), help: new Map(leaves(daHelp)) },
  en: { ui: new Map(leaves(enUi)), help: new Map(leaves(enHelp)) },
};
const languages = ['da', 'en'] as const;

/** The key without its plural suffix: what the allow-list and the voices are written against. */
const stem = (key: string) => key.replace(PLURAL, '');
const isVariant = (key: string) => VOICED.test(key);
const variantKey = (key: string, voice: string) =>
  PLURAL.test(key) ? key.replace(PLURAL, `_${voice}_$1`) : `${key}_${voice}`;
const baseKey = (key: string) => key.replace(VOICED, '$2');

/** Result texts that read the same whoever the answers are about; each says why. */
const voiceNeutral: Record<string, string> = {
  'result.signs.count': 'a bare count, "3 af 11 tegn"',
  'result.signs.noneForSubstance': '"Ingen tegn" under a substance name',
  'result.signs.notCounted': 'about the medicine being taken as prescribed, names no one',
  'result.signs.why': "a disclosure heading for the reader's own answers",
  'result.signs.answered': 'reads back the answer the reader gave (useEvidenceText, unvoiced)',
  'result.signs.whichApplied': 'names substances only',
  'result.alcohol.title': 'the heading names the recommendation',
  'result.alcohol.recommendation': "the Danish Health Authority's limits, for everyone",
  'result.alcohol.aboveWeekly': 'compares the figure above with the limit',
  'result.alcohol.withinWeekly': 'compares the figure above with the limit',
  'result.standing.weekCaption': "the chart's caption, a unit",
  'result.standing.limit': 'the recommendation, for everyone',
  'result.standing.compare': 'introduces figures about all adults',
  'result.standing.adultsAbove': 'a figure about Danish adults',
  'result.standing.adultsHeavy': 'a figure about Danish adults',
  'result.standing.older': 'a figure about people aged 65–74',
  'result.standing.source': 'where the figures come from',
  'result.standing.signsChart': 'a bare count and its band, like "4 af 11 tegn"',
  'result.standing.bands.none': "a band's name on the scale",
  'result.standing.bands.mild': "a band's name on the scale",
  'result.standing.bands.moderate': "a band's name on the scale",
  'result.standing.bands.severe': "a band's name on the scale",
  'result.standing.bandWords.none': 'a word under the bars, the same for everyone',
  'result.standing.bandWords.mild': 'a word under the bars, the same for everyone',
  'result.standing.bandWords.moderate': 'a word under the bars, the same for everyone',
  'result.standing.bandWords.severe': 'a word under the bars, the same for everyone',
  'result.meaning.title': 'a question heading',
  'result.meaning.basis': 'about the questions, not the person',
  'result.help.call': 'a phone number',
  'result.help.visit': 'a web address',
  'result.help.newWindow': 'a hint for a link',
  'result.flags.harm-reduction.because.injecting': 'a general fact about shared needles ("man")',
  'result.flags.harm-reduction.because.mixing': 'a general fact about mixing substances',
  'result.actions.title': "the reader's own next step",
  'result.actions.print': 'the reader prints (the clinician variant names the summary)',
  'result.actions.restart': "the reader's own answers",
  'urgentNotice.where': 'where on the page the numbers are',
  'result.glance.steps.none': 'a step of the scale, the same for everyone',
  'result.glance.steps.risky': 'a step of the scale, the same for everyone',
  'result.glance.steps.mild': 'a step of the scale, the same for everyone',
  'result.glance.steps.moderate': 'a step of the scale, the same for everyone',
  'result.glance.steps.severe': 'a step of the scale, the same for everyone',
  'result.glance.step': 'the scale read out, "Trin 3 af 5: nogle tegn"',
  'result.glance.basis.signs': 'a bare count for a substance',
  'result.glance.basis.weekly': 'a figure against the limit',
  'result.glance.basis.daily': 'heavy days against the limit',
  'result.glance.call112': 'a number to call',
  'result.glance.call': 'a service and its number',
  'result.glance.reason.relative-line': "a relative's own help, shown only to them",
  'result.glance.reason.relative-treatment': "a relative's own help, shown only to them",
  'result.glance.reason.relative-doctor': "a relative's own help, shown only to them",
};

/** A relative's own help: already about the relative, in every voice they can be shown in. */
const relativesOwnReasons = [
  'reasons.relative-alcohol-line',
  'reasons.relative-grew-up',
  'reasons.children-at-home',
  'reasons.relative-drug-treatment',
  'reasons.relative-own-gp',
  'reasons.relative-al-anon',
];

/** Service texts that address the reader as the one to be treated. */
const voicedServiceTexts = [
  'services.own-gp.name',
  'services.own-gp.description',
  'services.municipal-alcohol-treatment.description',
  'services.municipal-drug-treatment.description',
  'services.doctor-or-midwife.name',
  'services.doctor-or-midwife.description',
];

function speaksAboutThePerson(namespace: 'ui' | 'help', key: string): boolean {
  if (namespace === 'ui') {
    return (
      (key.startsWith('result.') || key.startsWith('urgentNotice.')) &&
      !key.startsWith('result.relative.') &&
      !(stem(key) in voiceNeutral)
    );
  }
  return (
    (key.startsWith('reasons.') && !relativesOwnReasons.includes(key)) ||
    voicedServiceTexts.includes(key)
  );
}

/** Every self text that must be voiced, with the namespace's texts, in one language. */
function voicedBases(language: (typeof languages)[number]) {
  return (['ui', 'help'] as const).flatMap((namespace) => {
    const all = texts[language][namespace];
    return [...all.keys()]
      .filter((key) => !isVariant(key) && speaksAboutThePerson(namespace, key))
      .map((key) => ({ namespace, key, all }));
  });
}

function variants(language: (typeof languages)[number]): [string, string][] {
  return [...texts[language].ui, ...texts[language].help].filter(([key]) => isVariant(key));
}

function placeholders(text: string): string[] {
  const names = [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].filter((name) => name !== 'name').sort();
}

describe.each(languages)('the result in the %s voices', (language) => {
  it('has a relative and a clinician text for every text about the person', () => {
    const bases = voicedBases(language);
    const missing = bases.flatMap(({ namespace, key, all }) =>
      otherVoices
        .map((voice) => variantKey(key, voice))
        .filter((variant) => !all.has(variant))
        .map((variant) => `${namespace}:${variant}`),
    );
    expect(missing).toEqual([]);
    // Guards against a filter that quietly checks nothing.
    expect(bases.length).toBeGreaterThanOrEqual(50);
  });

  it('allow-lists only keys that exist', () => {
    const ui = [...texts[language].ui.keys()].map(stem);
    for (const key of Object.keys(voiceNeutral)) expect(ui, key).toContain(key);
    const help = [...texts[language].help.keys()];
    for (const key of [...relativesOwnReasons, ...voicedServiceTexts]) {
      expect(help, key).toContain(key);
    }
  });

  it('voices only keys that have a self text, and keeps its placeholders', () => {
    const all = new Map([...texts[language].ui, ...texts[language].help]);
    const checked = variants(language);
    for (const [key, text] of checked) {
      const base = all.get(baseKey(key));
      expect(base, `${key} has no self text ${baseKey(key)}`).toEqual(expect.any(String));
      expect(placeholders(text), key).toEqual(placeholders(base ?? ''));
    }
    expect(checked.length).toBeGreaterThanOrEqual(100);
  });

  it('says "borgeren" or "the client" to a clinician, never {{name}}', () => {
    for (const [key, text] of variants(language)) {
      if (key.includes('_clinician')) expect(text, key).not.toContain('{{name}}');
    }
  });

  it('keeps the name out of the page title, which becomes the tab title and the history', () => {
    for (const voice of otherVoices) {
      const title = texts[language].ui.get(`result.title_${voice}`);
      expect(title, voice).toEqual(expect.any(String));
      expect(title, voice).not.toContain('{{name}}');
    }
  });

  it('never tells a relative or a clinician about their own use', () => {
    const ownUse =
      language === 'da'
        ? /\b(dit forbrug|du drikker|du bruger|du tager)\b/i
        : /\b(your use|you drink|you take)\b/i;
    for (const [key, text] of variants(language)) expect(text, key).not.toMatch(ownUse);
  });

  it('reads well whatever {{name}} becomes ("personen", "the person", "Lars")', () => {
    for (const [key, text] of variants(language)) {
      // "personen" / "the person" would start the sentence in lower case.
      expect(text, key).not.toMatch(/(^|[.!?]\s+){{name}}/);
      // A Danish genitive -s breaks on names that end in s ("Larss").
      if (language === 'da') expect(text, key).not.toMatch(/{{name}}s\b/);
    }
  });
});

/** The real texts in an i18next instance, loaded into the namespaces the app uses. */
async function resultI18n() {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'da',
    fallbackLng: false,
    resources: {
      da: { ui: daUi, help: daHelp },
      en: { ui: enUi, help: enHelp },
    },
    ns: ['ui', 'help'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  return instance;
}

const i18n = await resultI18n();

describe('i18next picks the voice by context from the real texts', () => {
  it.each(languages)('speaks about the person a relative named (%s)', (lng) => {
    const self = i18n.t('result.level.mild', { lng });
    const relative = i18n.t('result.level.mild', { lng, context: 'relative', name: 'Kim' });
    expect(relative).toContain('Kim');
    expect(relative).not.toEqual(self);
    expect(
      i18n.t('help:reasons.alcohol-treatment', { lng, context: 'relative', name: 'Kim' }),
    ).toContain('Kim');
  });

  it('speaks about "borgeren" / "the client" to a clinician', () => {
    const da = i18n.t('result.level.mild', { lng: 'da', context: 'clinician', name: 'personen' });
    const en = i18n.t('result.level.mild', { lng: 'en', context: 'clinician', name: 'the person' });
    expect(da).toContain('borgeren');
    expect(en).toContain('the client');
    expect(da).not.toContain('personen');
  });

  it('combines the voice with plurals', () => {
    const options = { lng: 'en', context: 'relative', name: 'Kim' };
    expect(i18n.t('result.signs.uncounted', { ...options, count: 1 })).toBe(
      '1 more sign is not counted, because Kim takes the medicine as the doctor prescribed.',
    );
    expect(i18n.t('result.signs.uncounted', { ...options, count: 2 })).toBe(
      '2 more signs are not counted, because Kim takes the medicine as the doctor prescribed.',
    );
  });

  it('falls back to the self text where no voice is written', () => {
    // @ts-expect-error: there is no relative text, and the fallback is what this shows.
    expect(i18n.t('result.help.call', { context: 'relative', name: 'Kim', phone: '112' })).toBe(
      i18n.t('result.help.call', { phone: '112' }),
    );
  });
});
