/** The twelve warning-sign pages of the real questionnaire, in its order (a hand-kept expectation). */
export const signIds = [
  'larger-amounts',
  'cut-down',
  'time-spent',
  'craving',
  'needs-to-function',
  'neglects-duties',
  'conflicts',
  'gave-up-activities',
  'hazardous-use',
  'health-problems',
  'tolerance',
  'withdrawal',
] as const;

export type SignId = (typeof signIds)[number];
