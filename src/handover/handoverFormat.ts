/**
 * The hand-over code's fixed layout (docs/handover.md). A change to anything here, or to how
 * answers become bits, is a new format: give it a new `formatVersion`.
 */

/** "RT": a hand-over code of Rusmiddeltjek, whatever the questionnaire. */
export const codeFamily = 'RT';
/** The format this app writes and reads; a code of another format is recognised, not misread. */
export const formatVersion = '1';
export const codePrefix = `${codeFamily}${formatVersion}`;

/** Characters between hyphens when the code is shown. */
export const groupSize = 4;

/** The body's length in characters, modulo 64: tells a truncated code from a mistyped one. */
export const lengthBits = 6;
/** A hash of the questionnaire's id: tells another questionnaire from another version. */
export const idTagBits = 4;
/** A hash of the questionnaire's id and version: tells another version from a typo. */
export const versionTagBits = 10;
/** Exactly the body's first four characters, so a typo there changes nothing after it. */
export const headerBits = lengthBits + idTagBits + versionTagBits;
/** A body this much longer than its header says has extra characters; more, it is truncated. */
export const maxExtraCharacters = 8;
/** CRC-24 (OpenPGP, RFC 4880) of the questionnaire's id and version and every bit before it. */
export const checksumBits = 24;
