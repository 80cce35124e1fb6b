/** Age-group codes from questionnaires/rusmiddeltjek/definition.json that the rules depend on. */

// netstof.dk counsels people aged 15–24 (FACTS.md).
const netstofAgeGroups: readonly string[] = ['15-17', '18-24'];
// TUBA is for 14–35-year-olds (FACTS.md); 'under-15' also holds those under 14, so it is left out.
const tubaAgeGroups: readonly string[] = ['15-17', '18-24', '25-35'];

export function isUnder15(ageGroup: string | undefined): boolean {
  return ageGroup === 'under-15';
}

export function fitsNetstof(ageGroup: string | undefined): boolean {
  return ageGroup !== undefined && netstofAgeGroups.includes(ageGroup);
}

export function fitsTuba(ageGroup: string | undefined): boolean {
  return ageGroup !== undefined && tubaAgeGroups.includes(ageGroup);
}
