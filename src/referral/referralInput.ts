import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Assessment } from '../scoring/assessment';
import { substanceLevel } from '../scoring/substanceLevel';
import type { ReferralInput } from './referral';

/** What the help rules need, read from the assessment (which holds only visible answers' findings). */
export function referralInput(questionnaire: Questionnaire, assessment: Assessment): ReferralInput {
  const selfHarm = assessment.flags.some(
    (f) => f.flag === 'urgent' && f.concerns.includes('self-harm'),
  );
  const kinds = new Map(questionnaire.definition.substances.map((s) => [s.code, s.kind]));
  return {
    level: assessment.level,
    substances: assessment.substances.map((substance) => {
      const kind = kinds.get(substance.substance) ?? 'other';
      const alcohol = kind === 'alcohol' ? assessment.alcohol : undefined;
      return { code: substance.substance, kind, level: substanceLevel(substance, alcohol) };
    }),
    audience: assessment.audience,
    ...(assessment.relationship !== undefined && { relationship: assessment.relationship }),
    relativeConcerns: assessment.relativeConcerns.map((f) => f.concern),
    ...(assessment.age !== undefined && { age: assessment.age }),
    flags: assessment.flags.map((f) => f.flag),
    urgentBecause: assessment.flags.find((f) => f.flag === 'urgent')?.concerns ?? [],
    stopAbruptlyBecause:
      assessment.flags.find((f) => f.flag === 'do-not-stop-abruptly')?.concerns ?? [],
    selfHarm,
    pregnant: assessment.pregnancy?.status === 'pregnant',
  };
}
