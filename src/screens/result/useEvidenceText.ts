import { useTranslation } from 'react-i18next';
import { useQuestionnaire } from '../../flow/FlowProvider';
import type { Answers } from '../../questionnaire/answers';
import { useVoicedTranslation } from '../../ui/voice';
import { answerText } from '../answerText';
import { stepTexts } from '../stepTexts';

/** Reads an answer back as a sentence: 'You answered "Yes" to: …', for "why this result". */
export function useEvidenceText(answers: Answers): (stepId: string) => string {
  const { t, i18n } = useTranslation();
  const questionnaire = useQuestionnaire();
  const { name } = useVoicedTranslation();
  return (stepId) => {
    const step = questionnaire.steps.find((s) => s.id === stepId);
    if (!step) return stepId;
    const texts = stepTexts(step, answers, questionnaire, i18n, name);
    const answer = answerText(answers[stepId], texts, i18n.language);
    // A follow-up stands after its sign's own line: say only which substances it was.
    if (step.followUpOf) {
      return t('result.signs.whichApplied', {
        substances: answer.toLocaleLowerCase(i18n.language),
      });
    }
    return t('result.signs.answered', { answer, question: texts.title });
  };
}
