import type {
  AgeRange,
  Concern,
  FlagId,
  RelativeConcern,
  SubstanceKind,
} from '../questionnaire/definitionSchema';
import type { ResultLevel } from '../scoring/assessment';

export type Audience = 'self' | 'relative' | 'clinician';

/** What the help rules read: nothing else about the person is needed. */
export interface ReferralInput {
  level: ResultLevel;
  /**
   * Substance codes chosen, with their kind from the definition and their own level, so that
   * treatment is offered for the substance that shows the signs, not for every one chosen.
   */
  substances: readonly {
    code: string;
    kind: SubstanceKind;
    level: ResultLevel;
  }[];
  audience: Audience;
  /**
   * The ages of the age-group answer, both ends included: the age of the person the answers are
   * about (for a relative, the person they worry about; netstof.dk serves both).
   */
  age?: AgeRange;
  flags: readonly FlagId[];
  /** What raised the urgent flag, when it was raised (an overdose adds Giftlinjen to the next step). */
  urgentBecause?: readonly Concern[];
  /** What raised "do not stop abruptly", when it was raised: withdrawal, or heavy drinking alone. */
  stopAbruptlyBecause?: readonly Concern[];
  /** Whether the answer to thoughts of self-harm was yes (Livslinien is then named first after 112). */
  selfHarm: boolean;
  /**
   * For a relative: how they are related to the person, from the relative's point of view.
   * 'child' means the user is the person's child (a parent's use: TUBA may fit).
   */
  relationship?: string;
  /** For a relative: what their own answers said about them (children in the home, feeling unsafe…). */
  relativeConcerns?: readonly RelativeConcern[];
  /** Whether the person answered about is pregnant or trying to become pregnant. */
  pregnant?: boolean;
}
