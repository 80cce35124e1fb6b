import type { Assessment } from '../../src/scoring/assessment';

/** A moderate result for cannabis with the evidence behind each sign, none of which may be sent. */
export const sampleAssessment: Assessment = {
  level: 'moderate',
  audience: 'self',
  relativeConcerns: [],
  substances: [
    {
      substance: 'cannabis',
      criteria: [
        { criterion: 'craving', evidence: ['craving'], counted: true },
        { criterion: 'social', evidence: ['conflicts'], counted: true },
        { criterion: 'tolerance', evidence: ['tolerance'], counted: true },
        { criterion: 'withdrawal', evidence: ['withdrawal'], counted: true },
      ],
      warningSigns: [],
      unknownCriteria: [],
      criteriaCount: 4,
      band: 'moderate',
      icd11Groups: ['impaired-control', 'physiological'],
      dependenceIndicated: true,
      takenAsPrescribed: false,
    },
  ],
  flags: [
    { flag: 'harm-reduction', evidence: ['mixing'], concerns: ['mixing'] },
    { flag: 'harm-reduction', evidence: ['injecting'], concerns: ['injecting'] },
  ],
  ageGroup: '25-35',
  age: { from: 25, to: 35 },
};
