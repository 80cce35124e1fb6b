import type { Language } from '../../i18n/languages';
import type { Concern, FlagId, Icd11Group } from '../../questionnaire/definitionSchema';
import type { DsmBand, PregnancyFinding, ResultLevel } from '../../scoring/assessment';

/**
 * Words the exported Questionnaire needs beyond the questionnaire's own texts: the names of the
 * derived scores, and who `{{name}}` is when no name is known. A clinician reads them in a FHIR
 * tool; the app never shows them, so they live with the export. Danish is the source.
 */
export interface ExportTexts {
  /** Fills `{{name}}`: the person a relative's questions are about. */
  person: string;
  scores: string;
  level: string;
  levels: Record<ResultLevel, string>;
  flags: string;
  flagNames: Record<FlagId, string>;
  concerns: string;
  concernNames: Record<Concern, string>;
  criteriaCount: string;
  criteria: string;
  /** Seed warning signs met that count towards no DSM-5 criterion. */
  warningSigns: string;
  /** Pregnant or trying to become pregnant, as answered. */
  pregnancy: string;
  pregnancyStatuses: Record<PregnancyFinding['status'], string>;
  band: string;
  bands: Record<DsmBand, string>;
  icd11Groups: string;
  icd11GroupNames: Record<Icd11Group, string>;
  dependenceIndicated: string;
  takenAsPrescribed: string;
  weeklyDrinks: string;
  aboveRecommendation: string;
}

export const exportTexts: Record<Language, ExportTexts> = {
  da: {
    person: 'personen',
    scores: 'Resultat beregnet ud fra svarene',
    level: 'Samlet niveau',
    levels: {
      none: 'Ingen tegn på et problem',
      risky: 'Risikabelt forbrug',
      mild: 'Let',
      moderate: 'Moderat',
      severe: 'Svær',
    },
    flags: 'Sikkerhedsflag',
    flagNames: {
      urgent: 'Akut brug for hjælp',
      'harm-reduction': 'Skadesreduktion',
      'do-not-stop-abruptly': 'Bør ikke stoppe brat på egen hånd',
    },
    concerns: 'Hvad sikkerhedsflagene bygger på',
    concernNames: {
      'self-harm': 'Tanker om at skade sig selv eller tage sit liv',
      overdose: 'Overdosis eller bevidstløshed',
      'severe-withdrawal': 'Krampeanfald, hallucinationer eller stærk forvirring ved ophør',
      injecting: 'Har sprøjtet et stof ind',
      'sharing-equipment': 'Har delt eller genbrugt kanyler, sprøjter eller andet udstyr',
      mixing: 'Har brugt flere rusmidler på samme tid',
      withdrawal: 'Abstinenser fra et rusmiddel, som er farligt at stoppe brat',
      'daily-heavy-drinking': 'Drikker mere end 4 genstande 5 dage om ugen eller mere',
    },
    criteriaCount: 'Antal DSM-5-kriterier, der tæller med',
    criteria: 'DSM-5-kriterier, der tæller med',
    warningSigns: 'Andre tegn, der ikke tæller som DSM-5-kriterier',
    pregnancy: 'Gravid eller forsøger at blive gravid',
    pregnancyStatuses: {
      pregnant: 'Ja',
      'not-pregnant': 'Nej',
      unknown: 'Ved ikke',
    },
    band: 'Sværhedsgrad efter DSM-5',
    bands: {
      none: 'Under 2 kriterier',
      mild: 'Let (2–3 kriterier)',
      moderate: 'Moderat (4–5 kriterier)',
      severe: 'Svær (6 kriterier eller flere)',
    },
    icd11Groups: 'ICD-11-grupper af kendetegn, der er til stede',
    icd11GroupNames: {
      'impaired-control': 'Nedsat kontrol',
      precedence: 'Forbruget går forud for andet',
      physiological: 'Fysiologiske kendetegn',
    },
    dependenceIndicated: 'Tegn på afhængighed (mindst 2 af de 3 ICD-11-grupper)',
    takenAsPrescribed: 'Tages som ordineret',
    weeklyDrinks: 'Genstande om ugen (skøn)',
    aboveRecommendation: 'Over Sundhedsstyrelsens anbefaling',
  },
  en: {
    person: 'the person',
    scores: 'Result calculated from the answers',
    level: 'Overall level',
    levels: {
      none: 'No signs of a problem',
      risky: 'Risky use',
      mild: 'Mild',
      moderate: 'Moderate',
      severe: 'Severe',
    },
    flags: 'Safety flags',
    flagNames: {
      urgent: 'Urgent need of help',
      'harm-reduction': 'Harm reduction',
      'do-not-stop-abruptly': 'Should not stop abruptly on their own',
    },
    concerns: 'What the safety flags rest on',
    concernNames: {
      'self-harm': 'Thoughts of self-harm or suicide',
      overdose: 'Overdose or loss of consciousness',
      'severe-withdrawal': 'Seizures, hallucinations or severe confusion on stopping',
      injecting: 'Has injected a drug',
      'sharing-equipment': 'Has shared or reused needles, syringes or other equipment',
      mixing: 'Has used several substances at the same time',
      withdrawal: 'Withdrawal from a substance that is risky to stop abruptly',
      'daily-heavy-drinking': 'Drinks more than 4 drinks on 5 or more days a week',
    },
    criteriaCount: 'Number of DSM-5 criteria that count',
    criteria: 'DSM-5 criteria that count',
    warningSigns: 'Other signs that count as no DSM-5 criterion',
    pregnancy: 'Pregnant or trying to become pregnant',
    pregnancyStatuses: {
      pregnant: 'Yes',
      'not-pregnant': 'No',
      unknown: "Don't know",
    },
    band: 'DSM-5 severity',
    bands: {
      none: 'Fewer than 2 criteria',
      mild: 'Mild (2–3 criteria)',
      moderate: 'Moderate (4–5 criteria)',
      severe: 'Severe (6 or more criteria)',
    },
    icd11Groups: 'ICD-11 feature groups present',
    icd11GroupNames: {
      'impaired-control': 'Impaired control',
      precedence: 'Increasing precedence of use',
      physiological: 'Physiological features',
    },
    dependenceIndicated: 'Dependence indicated (at least 2 of the 3 ICD-11 groups)',
    takenAsPrescribed: 'Taken as prescribed',
    weeklyDrinks: 'Standard drinks a week (estimate)',
    aboveRecommendation: "Above the Danish Health Authority's recommendation",
  },
};
