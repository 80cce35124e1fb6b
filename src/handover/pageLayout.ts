import type { Questionnaire } from '../questionnaire/questionnaire';

/**
 * Everything about the pages that decides a code's bits — their order, kinds, options, ranges and
 * conditions — as text. A code is bound to it, so a definition whose pages changed without a new
 * version refuses the old codes rather than misreading them.
 */
export function pageLayout(questionnaire: Questionnaire): string {
  return JSON.stringify(
    questionnaire.steps.map((step) => [
      step.id,
      step.kind,
      step.options.map((o) => [o.code, o.exclusive ?? false, o.voices ?? []]),
      step.min ?? null,
      step.max ?? null,
      step.condition ?? null,
      step.optionsFromSubstances ?? false,
      step.voiceFrom ?? null,
    ]),
  );
}
