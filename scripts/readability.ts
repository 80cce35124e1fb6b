/**
 * `npm run readability`: LIX per voice and area for the Danish texts, words per sentence and long
 * words for the English, from src/i18n/locales/<language>/*.json and questionnaires/. Fails above
 * the limits in scripts/readability/report.ts. `--hardest N` lists the N hardest sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionnaireFolders } from './readQuestionnaireFiles';
import { formatReport, hardestSentences, languageReport } from './readability/report';
import { textsOf } from './readability/textAreas';
import type { Language, Text, TextFile } from './readability/textAreas';

const localeFiles: TextFile[] = ['ui', 'help', 'contact', 'handover'];

function read(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function textsFor(language: Language): Text[] {
  return [
    ...questionnaireFolders('questionnaires').flatMap((folder) =>
      textsOf('questionnaire', read(join(folder, `${language}.json`))),
    ),
    ...localeFiles.flatMap((file) =>
      textsOf(file, read(join('src/i18n/locales', language, `${file}.json`))),
    ),
  ];
}

const hardestAt = process.argv.indexOf('--hardest');
const hardest = hardestAt === -1 ? 0 : Number(process.argv[hardestAt + 1] ?? 20);
let failed = false;
for (const language of ['da', 'en'] as const) {
  let report;
  try {
    report = languageReport(language, textsFor(language));
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(formatReport(report));
  for (const s of hardestSentences(report, hardest)) {
    console.log(`  ${s.lix.toFixed(0)} · ${s.words} words · ${s.key}: ${s.sentence}`);
  }
  for (const failure of report.failures) console.error(`✗ ${language}: ${failure}`);
  if (report.failures.length > 0) failed = true;
  console.log('');
}
console.log(failed ? '✗ Readability limits broken' : '✓ Every area within the readability limits');
process.exit(failed ? 1 : 0);
