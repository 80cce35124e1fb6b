import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { visibleAnswers } from '../questionnaire/visibility';
import { answerCodes } from '../questionnaire/answers';
import type { Assessment } from '../scoring/assessment';
import { substanceLevel } from '../scoring/substanceLevel';
import type { Audience, ReferralInput } from './referral';

/** What the help rules need, read from the assessment and the answers. */
export function referralInput(
  questionnaire: Questionnaire,
  answers: Answers,
  assessment: Assessment,
  audience: Audience,
): ReferralInput {
  const visible = visibleAnswers(questionnaire.steps, answers);
  const selfHarm = questionnaire.steps.some((step) =>
    step.measures.some(
      (m) =>
        m.type === 'flag' &&
        m.concern === 'self-harm' &&
        answerCodes(visible[step.id]).some((code) => m.raisedBy.includes(code)),
    ),
  );
  const kinds = new Map(questionnaire.definition.substances.map((s) => [s.code, s.kind]));
  return {
    level: assessment.level,
    substances: assessment.substances.map((substance) => {
      const kind = kinds.get(substance.substance) ?? 'other';
      const alcohol = kind === 'alcohol' ? assessment.alcohol : undefined;
      return { code: substance.substance, kind, level: substanceLevel(substance, alcohol) };
    }),
    audience,
    ...(assessment.ageGroup !== undefined && { ageGroup: assessment.ageGroup }),
    flags: assessment.flags.map((f) => f.flag),
    selfHarm,
  };
}
