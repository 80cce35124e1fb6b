import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textsForVoice, textsOf, voices } from '../../scripts/readability/textAreas';
import type { Language, Text, TextFile } from '../../scripts/readability/textAreas';

/**
 * Words a reader may not know are explained where they first appear: in the text of first use,
 * by a parenthesis or a dash right after the word ("abstinenser (at man får det dårligt …)"), or a
 * definition ("En genstand er …"). A question page counts as one place: its hint, right under the
 * question, may explain a word its question uses. Elsewhere the place is the area, in file order.
 */
const hardWords: Record<Language, { word: string; stem: RegExp }[]> = {
  da: [
    { word: 'abstinenser', stem: /abstinens\p{L}*/iu },
    { word: 'tolerance', stem: /toleranc\p{L}*/iu },
    { word: 'genstand', stem: /genstand\p{L}*/iu },
    { word: 'ordineret', stem: /ordiner\p{L}*/iu },
    { word: 'alkoholambulatorium', stem: /alkoholambulatori\p{L}*/iu },
  ],
  en: [
    { word: 'withdrawal', stem: /withdrawal/iu },
    { word: 'tolerance', stem: /tolerance/iu },
    { word: 'outpatient clinic', stem: /outpatient clinic/iu },
  ],
};

const files: TextFile[] = ['questionnaire', 'ui', 'help', 'contact', 'handover'];

function read(file: TextFile, language: Language): unknown {
  const path =
    file === 'questionnaire'
      ? `questionnaires/rusmiddeltjek/${language}.json`
      : `src/i18n/locales/${language}/${file}.json`;
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Where a text is read: a question page (its item) or, otherwise, its area. */
function placeOf(text: Text): string {
  const item = /^(items|followUps)\.([^.]+)\.(title|hint|unit|options)/.exec(text.key);
  if (text.file === 'questionnaire' && item) return `page ${item[2]}`;
  if (text.file === 'questionnaire' && text.key.startsWith('substances.')) return 'page substances';
  if (text.file === 'ui' && text.key.startsWith('drinkCalculator.'))
    return 'page alcohol-typical-day';
  return `area ${text.area}`;
}

function explains(text: string, stem: RegExp): boolean {
  const after = new RegExp(`${stem.source}\\s*(\\(|– |, dvs\\.|, det vil sige|, that is)`, 'iu');
  const definition = new RegExp(
    `\\b(en|an?|one)\\s+${stem.source}\\s+(\\([^)]*\\)\\s+)?(er|is)\\b`,
    'iu',
  );
  return after.test(text) || definition.test(text);
}

function firstUses(language: Language, stem: RegExp) {
  const texts = files.flatMap((file) => textsOf(file, read(file, language)));
  return voices.flatMap((voice) => {
    const voiced = textsForVoice(texts, voice);
    const places = [...new Set(voiced.filter((t) => stem.test(t.text)).map(placeOf))];
    return places.map((place) => {
      const onPlace = voiced.filter((t) => placeOf(t) === place);
      const first = onPlace.find((t) => stem.test(t.text)) as Text;
      const hint = place.startsWith('page ')
        ? onPlace.find((t) => /\.hint$/.test(t.baseKey) && explains(t.text, stem))
        : undefined;
      return {
        voice,
        place,
        key: first.key,
        explained: explains(first.text, stem) || hint !== undefined,
      };
    });
  });
}

describe('hard words are explained where they first appear', () => {
  it('recognises an explanation, and not a bare use', () => {
    const stem = /abstinens\p{L}*/iu;
    expect(explains('Får abstinenser (at man får det dårligt) igen', stem)).toBe(true);
    expect(explains('En genstand er 12 gram ren alkohol.', /genstand\p{L}*/iu)).toBe(true);
    expect(explains('Der var tegn på abstinenser.', stem)).toBe(false);
  });

  for (const language of ['da', 'en'] as const) {
    for (const { word, stem } of hardWords[language]) {
      it(`${language}: "${word}"`, () => {
        const unexplained = firstUses(language, stem)
          .filter((use) => !use.explained)
          .map((use) => `${use.place} (${use.voice}): ${use.key}`);
        expect(unexplained).toEqual([]);
      });
    }
  }

  it('finds the Danish words where they are used, so the check cannot pass by finding nothing', () => {
    const places = (stem: RegExp) => firstUses('da', stem).map((use) => use.place);
    expect(places(/abstinens\p{L}*/iu)).toEqual(
      expect.arrayContaining(['area result', 'area help']),
    );
    expect(places(/genstand\p{L}*/iu)).toEqual(
      expect.arrayContaining(['page alcohol-typical-day', 'area result']),
    );
    expect(places(/alkoholambulatori\p{L}*/iu)).toContain('area help');
  });
});
