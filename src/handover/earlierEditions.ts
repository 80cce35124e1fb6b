/**
 * Earlier versions of the questionnaires, by the version tag their codes carry
 * (`questionnaireTag`), so that a code made before a version change is told apart from a typo or
 * a foreign version. Its answers are never read: the pages have changed. When a version goes up,
 * add the one it replaces here (tests/handover/earlierEditions.test.ts checks each entry against
 * the old definition kept in tests/fixtures/earlier/).
 */
export const earlierEditions: Readonly<
  Record<string, readonly { version: string; tag: number }[]>
> = {
  rusmiddeltjek: [{ version: '1.2.0', tag: 367 }],
};
