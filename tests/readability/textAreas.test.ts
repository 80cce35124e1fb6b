import { describe, expect, it } from 'vitest';
import { languageReport } from '../../scripts/readability/report';
import {
  areaOf,
  fillPlaceholders,
  textsForVoice,
  textsOf,
  UnmappedTextError,
  voiceOf,
} from '../../scripts/readability/textAreas';

describe('areas', () => {
  it('maps question texts by their kind, with voice and plural suffixes', () => {
    expect(areaOf('questionnaire', 'items.craving.title_relative')).toBe('questions');
    expect(areaOf('questionnaire', 'items.craving.hint')).toBe('hints');
    expect(areaOf('questionnaire', 'items.craving.options.dont-know_clinician')).toBe('options');
    expect(areaOf('questionnaire', 'items.alcohol-days.unit_one')).toBe('options');
    expect(areaOf('ui', 'result.help.title_relative')).toBe('help');
    expect(areaOf('ui', 'result.signs.uncounted_relative_one')).toBe('result');
    expect(areaOf('ui', 'privacy.points.device')).toBe('privacy');
  });

  it('fails on a text key no rule maps, so a new text cannot escape the measure', () => {
    expect(() =>
      textsOf('ui', { start: { title: 'Velkommen' }, newPage: { title: 'Ny side' } }),
    ).toThrow(UnmappedTextError);
    expect(() => textsOf('ui', { newPage: { title: 'Ny side' } })).toThrow(/newPage\.title/);
  });
});

describe('voices', () => {
  it('reads the voice from the last segment', () => {
    expect(voiceOf('result.signs.uncounted_clinician_one')).toEqual({
      voice: 'clinician',
      baseKey: 'result.signs.uncounted_one',
    });
    expect(voiceOf('items.x.title')).toEqual({ voice: undefined, baseKey: 'items.x.title' });
  });

  it('gives each voice its own variant, and a key without a variant to every voice', () => {
    const texts = textsOf('questionnaire', {
      items: { x: { title: 'Har du?', title_relative: 'Har {{name}}?', hint: 'Tænk efter.' } },
    });
    expect(textsForVoice(texts, 'self').map((t) => t.text)).toEqual(['Har du?', 'Tænk efter.']);
    expect(textsForVoice(texts, 'relative').map((t) => t.text)).toEqual([
      'Har {{name}}?',
      'Tænk efter.',
    ]);
    expect(textsForVoice(texts, 'clinician').map((t) => t.text)).toEqual([
      'Har du?',
      'Tænk efter.',
    ]);
  });
});

describe('placeholders', () => {
  it('are filled with realistic words', () => {
    expect(fillPlaceholders('Har {{name}} brugt {{substances}} {{count}} gange?', 'da')).toBe(
      'Har Mette brugt alkohol og hash 3 gange?',
    );
  });

  it('fail when there is no word for one', () => {
    expect(() => fillPlaceholders('{{unheard}}', 'da')).toThrow(/unheard/);
  });
});

describe('languageReport', () => {
  const long = `Har du ${Array.from({ length: 24 }, () => 'igen').join(' ')}?`;

  it('fails a Danish question sentence over 25 words, but not a hint', () => {
    const asTitle = languageReport(
      'da',
      textsOf('questionnaire', { items: { x: { title: long } } }),
    );
    expect(asTitle.failures.some((f) => f.includes('26 words'))).toBe(true);
    const asHint = languageReport('da', textsOf('questionnaire', { items: { x: { hint: long } } }));
    expect(asHint.failures.filter((f) => f.includes('words'))).toEqual([]);
  });

  it('fails an English sentence over 25 words in any area', () => {
    const report = languageReport('en', textsOf('questionnaire', { items: { x: { hint: long } } }));
    expect(report.failures.some((f) => f.includes('26 words'))).toBe(true);
  });

  it('fails a Danish area above LIX 35, naming area and voice', () => {
    const hard = 'Behandlingsmulighederne omfatter medicinsk nedtrapningsbehandling.';
    const report = languageReport('da', textsOf('help', { a: hard }));
    expect(report.failures).toContain('LIX 104.0 > 35 in help (self)');
  });
});
