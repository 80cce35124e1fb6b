import { answerCodes, type Answers } from './answers';
import type { OptionDefinition } from './definitionSchema';
import type { Step } from './steps';
import { voices, type Voice } from './vocabulary';

function answerTo(
  steps: readonly Step[],
  answers: Answers,
  type: 'audience' | 'relationship',
): string | undefined {
  const step = steps.find((s) => s.measures.some((m) => m.type === type));
  return step ? answerCodes(answers[step.id])[0] : undefined;
}

/** Who the answers are about; a questionnaire that does not ask is about the person answering. */
export function audienceAnswer(steps: readonly Step[], answers: Answers): Voice {
  const code = answerTo(steps, answers, 'audience');
  return voices.find((v) => v === code) ?? 'self';
}

/** A relative's relationship to the person, from the relative's side ("child": the person is their parent). */
export function relationshipAnswer(steps: readonly Step[], answers: Answers): string | undefined {
  return answerTo(steps, answers, 'relationship');
}

/** A page's options in the voice of the answers so far: "don't know" only for those it is offered to. */
export function optionsInVoice(
  step: Step,
  options: readonly OptionDefinition[],
  answers: Answers,
): readonly OptionDefinition[] {
  if (step.voiceFrom === undefined) return options;
  const voice = voices.find((v) => v === answerCodes(answers[step.voiceFrom ?? ''])[0]) ?? 'self';
  return options.filter((o) => o.voices === undefined || o.voices.includes(voice));
}
