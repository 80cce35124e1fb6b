/**
 * Which area of the product each text key belongs to, which voice reads it, and the text with its
 * placeholders filled by realistic words. Pure: the files are read by the caller.
 */

export const areas = [
  'start',
  'questions',
  'hints',
  'options',
  'result',
  'help',
  'privacy',
] as const;
export type Area = (typeof areas)[number];

export const voices = ['self', 'relative', 'clinician'] as const;
export type Voice = (typeof voices)[number];

/** A text file: `questionnaire` is questionnaires/<id>/<language>.json, the rest src/i18n/locales/<language>/<file>.json. */
export type TextFile = 'questionnaire' | 'ui' | 'help' | 'contact' | 'handover';

export interface Text {
  file: TextFile;
  key: string;
  area: Area;
  /** The voice the key is written for, or undefined when it counts for every voice. */
  voice: Voice | undefined;
  /** The key without its voice suffix. */
  baseKey: string;
  text: string;
}

/**
 * Areas by key, first match wins. A pattern is a dotted key where `*` stands for one segment and
 * a trailing `**` for any rest. Every key must match one rule, so a new text cannot escape.
 */
const areaRules: Record<TextFile, [pattern: string, area: Area][]> = {
  questionnaire: [
    ['title', 'start'],
    ['substances.*.label', 'options'],
    ['substances.*.hint', 'hints'],
    ['substances.*.inSentence', 'options'],
    ['criteria.*.short', 'result'],
    ['items.*.title', 'questions'],
    ['items.*.hint', 'hints'],
    ['items.*.options.**', 'options'],
    ['items.*.unit', 'options'],
    ['items.*.short', 'result'],
    ['followUps.*.title', 'questions'],
    ['followUps.*.hint', 'hints'],
  ],
  ui: [
    ['app.**', 'start'],
    ['skipLink', 'start'],
    ['language.**', 'start'],
    ['start.**', 'start'],
    ['errorPage.**', 'start'],
    ['quickExit.**', 'start'],
    ['framed.**', 'start'],
    ['staleVersion.**', 'start'],
    ['readAloud.**', 'questions'],
    ['question.**', 'questions'],
    ['errors.**', 'questions'],
    ['review.**', 'questions'],
    ['voice.**', 'questions'],
    ['personName.**', 'questions'],
    ['urgentNotice.**', 'questions'],
    ['drinkCalculator.**', 'hints'],
    ['result.help.**', 'help'],
    ['result.**', 'result'],
    ['summary.**', 'result'],
    ['plan.**', 'result'],
    ['urgent.**', 'help'],
    ['footer.urgent', 'help'],
    ['footer.privacy', 'privacy'],
    ['clearAnswers.**', 'privacy'],
    ['privacy.**', 'privacy'],
  ],
  help: [['**', 'help']],
  contact: [['**', 'help']],
  handover: [
    ['share.**', 'result'],
    ['fhir.**', 'result'],
    ['import.**', 'start'],
  ],
};

function matches(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '**') return k.length > i;
    if (i >= k.length || (p[i] !== '*' && p[i] !== k[i])) return false;
  }
  return p.length === k.length;
}

/** The area of a key, read without its voice and plural suffixes (`title_relative`, `unit_one`). */
export function areaOf(file: TextFile, key: string): Area | undefined {
  const plain = voiceOf(key).baseKey.replace(/_(zero|one|two|few|many|other)$/, '');
  return areaRules[file].find(([pattern]) => matches(pattern, plain))?.[1];
}

/** Every string in a JSON text file, with its dotted key, in file order. */
export function flatten(value: unknown, prefix = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key: prefix, text: value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, inner]) =>
    flatten(inner, prefix === '' ? name : `${prefix}.${name}`),
  );
}

const voiceSuffix = /_(relative|clinician)(?=_|$)/;

/** The voice a key's last segment names (`title_relative`, `uncounted_clinician_one`), and the key without it. */
export function voiceOf(key: string): { voice: Voice | undefined; baseKey: string } {
  const match = voiceSuffix.exec(key.split('.').at(-1) ?? '');
  if (!match) return { voice: undefined, baseKey: key };
  const last = key.lastIndexOf(match[0]);
  return {
    voice: match[1] as Voice,
    baseKey: key.slice(0, last) + key.slice(last + match[0].length),
  };
}

export class UnmappedTextError extends Error {}

/** The texts of one file with area and voice; throws naming every key no rule maps. */
export function textsOf(file: TextFile, content: unknown): Text[] {
  const unmapped: string[] = [];
  const texts = flatten(content).flatMap(({ key, text }): Text[] => {
    const area = areaOf(file, key);
    if (area === undefined) {
      unmapped.push(key);
      return [];
    }
    return [{ file, key, area, text, ...voiceOf(key) }];
  });
  if (unmapped.length > 0) {
    throw new UnmappedTextError(
      `${file}: no readability area for ${unmapped.join(', ')} (map them in scripts/readability/textAreas.ts)`,
    );
  }
  return texts;
}

/** The texts one voice reads: its own variant where there is one, otherwise the key without a variant. */
export function textsForVoice(texts: Text[], voice: Voice): Text[] {
  const own = new Set(texts.filter((t) => t.voice === voice).map((t) => `${t.file}:${t.baseKey}`));
  return texts.filter(
    (t) => t.voice === voice || (t.voice === undefined && !own.has(`${t.file}:${t.key}`)),
  );
}

export type Language = 'da' | 'en';

/** Placeholders read the same in every language: numbers, versions, names of services. */
const sharedWords: Record<string, string> = {
  count: '3',
  current: '4',
  total: '20',
  drinks: '6',
  genstande: '1',
  known: '2.0.0',
  version: '1.0.0',
  limit: '10',
  linkId: 'substances',
  max: '20',
  min: '0',
  men: '20',
  women: '10',
  met: '3',
  mild: '2–3',
  moderate: '4–5',
  severe: '6+',
  none: '0–1',
  per100: '20',
  phone: '12 34 56 78',
  provider: 'Alkolinjen',
  service: 'Alkolinjen',
  reference: 'K-1234',
  seconds: '20',
  signs: '3',
  site: 'netstof.dk',
  step: '3',
  volume: '33',
  weekly: '14',
};

/** Realistic words for each placeholder, so a filled text reads as a person sees it. */
const placeholderWords: Record<Language, Record<string, string>> = {
  da: {
    ...sharedWords,
    name: 'Mette',
    substance: 'hash',
    substances: 'alkohol og hash',
    answer: 'Ja',
    band: 'nogle tegn',
    email: 'kontakt@eksempel.dk',
    hours: 'hverdage 9–15',
    howOften: '1–3 dage om ugen',
    kind: 'Øl, flaske',
    label: 'Nogle tegn',
    list: 'Alkolinjen og min egen læge',
    option: 'Ingen af disse',
    question: 'Har du prøvet at skære ned på alkohol eller stoppe, uden at det lykkedes?',
    strength: '4,6',
  },
  en: {
    ...sharedWords,
    name: 'Sam',
    substance: 'cannabis',
    substances: 'alcohol and cannabis',
    answer: 'Yes',
    band: 'some signs',
    email: 'contact@example.com',
    hours: 'weekdays 9–15',
    howOften: '1–3 days a week',
    kind: 'Beer, bottle',
    label: 'Some signs',
    list: 'Alkolinjen and my own doctor',
    option: 'None of these',
    question: 'Have you tried to cut down on alcohol or stop, without managing to?',
    strength: '4.6',
  },
};

/** Fills `{{placeholder}}`s with realistic words; throws on one it has no word for. */
export function fillPlaceholders(text: string, language: Language): string {
  return text.replace(/{{\s*([\w-]+)\s*}}/g, (_, name: string) => {
    const word = placeholderWords[language][name];
    if (word === undefined) {
      throw new Error(
        `No realistic word for the placeholder {{${name}}} (add one in scripts/readability/textAreas.ts)`,
      );
    }
    return word;
  });
}
