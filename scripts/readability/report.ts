import {
  addCounts,
  countText,
  isFragment,
  lix,
  longWordShare,
  noCounts,
  splitSentences,
  words,
  wordsPerSentence,
} from './lix';
import type { Counts } from './lix';
import { areas, fillPlaceholders, textsForVoice, voices } from './textAreas';
import type { Area, Language, Text, Voice } from './textAreas';

export const limits = {
  /** Highest LIX of any area in any voice (Danish). */
  lix: 35,
  /** Most words in one sentence. */
  sentenceWords: 25,
  /** Danish areas held to the sentence limit. */
  sentenceAreas: ['questions', 'options', 'result'] as Area[],
};

export interface AreaFigures {
  voice: Voice;
  area: Area;
  counts: Counts;
  lix: number;
  wordsPerSentence: number;
  longWordShare: number;
}

export interface Sentence {
  voice: Voice;
  area: Area;
  key: string;
  sentence: string;
  words: number;
  lix: number;
}

export interface LanguageReport {
  language: Language;
  figures: AreaFigures[];
  sentences: Sentence[];
  failures: string[];
}

/** Figures per voice and area, every sentence, and what breaks the limits, for one language. */
export function languageReport(language: Language, texts: Text[]): LanguageReport {
  const figures: AreaFigures[] = [];
  const sentences: Sentence[] = [];
  for (const voice of voices) {
    const read = textsForVoice(texts, voice).map((t) => ({
      ...t,
      text: fillPlaceholders(t.text, language),
    }));
    for (const area of areas) {
      const inArea = read.filter((t) => t.area === area && !isFragment(t.text));
      const counts = inArea.map((t) => countText(t.text)).reduce(addCounts, noCounts);
      figures.push({
        voice,
        area,
        counts,
        lix: lix(counts),
        wordsPerSentence: wordsPerSentence(counts),
        longWordShare: longWordShare(counts),
      });
      for (const t of inArea) {
        for (const sentence of splitSentences(t.text)) {
          sentences.push({
            voice,
            area,
            key: `${t.file}:${t.key}`,
            sentence,
            words: words(sentence).length,
            lix: lix(countText(sentence)),
          });
        }
      }
    }
  }
  const failures: string[] = [];
  if (language === 'da') {
    for (const f of figures) {
      if (f.lix > limits.lix)
        failures.push(`LIX ${f.lix.toFixed(1)} > ${limits.lix} in ${f.area} (${f.voice})`);
    }
  }
  const seen = new Set<string>();
  for (const s of sentences) {
    const heldToLimit = language === 'en' || limits.sentenceAreas.includes(s.area);
    if (!heldToLimit || s.words <= limits.sentenceWords || seen.has(s.key + s.sentence)) continue;
    seen.add(s.key + s.sentence);
    failures.push(
      `${s.words} words (> ${limits.sentenceWords}) in ${s.key} (${s.area}): "${s.sentence}"`,
    );
  }
  return { language, figures, sentences, failures };
}

function pad(text: string, width: number): string {
  return text.padEnd(width);
}

/** The report as a table a person reads: per area a row, per voice a column. */
export function formatReport(report: LanguageReport): string {
  const danish = report.language === 'da';
  const lines = [
    danish
      ? 'Danish: LIX (words per sentence + % words over six letters) per area and voice'
      : 'English: words per sentence / % words over six letters per area and voice',
    `${pad('area', 10)}${voices.map((v) => pad(v, 22)).join('')}`,
  ];
  for (const area of areas) {
    const cells = voices.map((voice) => {
      const f = report.figures.find((x) => x.voice === voice && x.area === area);
      if (!f || f.counts.words === 0) return pad('–', 22);
      return pad(
        danish
          ? `${f.lix.toFixed(1)} (${f.wordsPerSentence.toFixed(1)} + ${f.longWordShare.toFixed(1)})`
          : `${f.wordsPerSentence.toFixed(1)} / ${f.longWordShare.toFixed(1)} %`,
        22,
      );
    });
    lines.push(`${pad(area, 10)}${cells.join('')}`);
  }
  return lines.join('\n');
}

/** The hardest distinct sentences, by LIX, for rewriting first. */
export function hardestSentences(report: LanguageReport, count: number): Sentence[] {
  const distinct = new Map<string, Sentence>();
  for (const s of report.sentences) if (!distinct.has(s.sentence)) distinct.set(s.sentence, s);
  return [...distinct.values()].sort((a, b) => b.lix - a.lix).slice(0, count);
}
