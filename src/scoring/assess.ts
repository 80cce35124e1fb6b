import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { visibleAnswers } from '../questionnaire/visibility';
import { audienceAnswer, relationshipAnswer } from '../questionnaire/voice';
import { ageGroup } from './ageGroup';
import { ageRange } from './ageRange';
import { alcoholAssessment } from './alcoholAssessment';
import type { Assessment } from './assessment';
import { criteriaMet } from './criteriaMet';
import { criteriaUnknown } from './criteriaUnknown';
import { flagsRaised } from './flagsRaised';
import { medicinesTakenAsPrescribed } from './medicinesTakenAsPrescribed';
import { pregnancyAnswer } from './pregnancyAnswer';
import { relativeConcernsRaised } from './relativeConcernsRaised';
import { resultLevel } from './resultLevel';
import { substanceAssessment } from './substanceAssessment';
import { warningSignsMet } from './warningSignsMet';
import { withdrawalRiskEvidence } from './withdrawalRiskEvidence';

/** Everything the answers suggest, with the answers that made each part. */
export function assess(questionnaire: Questionnaire, answers: Answers): Assessment {
  const { definition, steps } = questionnaire;
  // Answers to questions that became hidden never count (docs/architecture.md).
  const visible = visibleAnswers(steps, answers);
  const asPrescribed = medicinesTakenAsPrescribed(steps, visible);
  const met = criteriaMet(questionnaire, visible, asPrescribed);
  const unknown = criteriaUnknown(questionnaire, visible, met);
  const warningSigns = warningSignsMet(questionnaire, visible, asPrescribed);
  const substances = [...met].map(([substance, findings]) =>
    substanceAssessment(
      substance,
      findings,
      definition.criteria,
      asPrescribed.has(substance),
      unknown.get(substance),
      warningSigns.get(substance),
    ),
  );
  const alcohol = alcoholAssessment(questionnaire, visible);
  const flags = flagsRaised(
    steps,
    visible,
    withdrawalRiskEvidence(definition, substances),
    alcohol?.dailyHeavyEvidence,
  );
  const pregnancy = pregnancyAnswer(steps, visible);
  const group = ageGroup(steps, visible);
  const age = ageRange(steps, visible);
  const relationship = relationshipAnswer(steps, visible);
  return {
    level: resultLevel({ substances, alcohol, flags }),
    audience: audienceAnswer(steps, visible),
    ...(relationship !== undefined && { relationship }),
    relativeConcerns: relativeConcernsRaised(steps, visible),
    substances,
    ...(alcohol && { alcohol }),
    flags,
    ...(group !== undefined && { ageGroup: group }),
    ...(age !== undefined && { age }),
    ...(pregnancy !== undefined && { pregnancy }),
  };
}
