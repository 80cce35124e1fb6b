import type { FlagId } from '../questionnaire/definitionSchema';
import type { ResultLevel } from '../scoring/assessment';

export type Audience = 'self' | 'relative' | 'clinician';

/** What the help rules read: nothing else about the person is needed. */
export interface ReferralInput {
  level: ResultLevel;
  /** Substance codes chosen, with their kind from the definition. */
  substances: readonly { code: string; kind: 'alcohol' | 'medicine' | 'other' }[];
  audience: Audience;
  ageGroup?: string;
  flags: readonly FlagId[];
  /** Whether the answer to thoughts of self-harm was yes (Livslinien is then named first after 112). */
  selfHarm: boolean;
}
