import type { Questionnaire } from '../questionnaire/questionnaire';
import { crc24, crc24Text } from './crc24';
import { checksumBits, codePrefix, idTagBits, versionTagBits } from './handoverFormat';
import { pageLayout } from './pageLayout';

/**
 * Short hashes of the questionnaire's id, and of its id, version and page layout, carried in every
 * code. They only choose the reader's message; the checksum binds a code to all three.
 */
export interface QuestionnaireTag {
  id: number;
  version: number;
}

interface Identity {
  tag: QuestionnaireTag;
  /** The checksum's state after the format and the questionnaire's id, version and layout. */
  bound: number;
}

// Worked out once per questionnaire: a reader tries every code typed against every questionnaire.
const identities = new WeakMap<Questionnaire, Identity>();

function topBits(value: number, width: number): number {
  return value >>> (checksumBits - width);
}

function identity(questionnaire: Questionnaire): Identity {
  const known = identities.get(questionnaire);
  if (known) return known;
  const { id, version } = questionnaire.definition;
  const edition = `${id}@${version}\n${pageLayout(questionnaire)}`;
  const found: Identity = {
    tag: {
      id: topBits(crc24Text(id), idTagBits),
      version: topBits(crc24Text(edition), versionTagBits),
    },
    bound: crc24Text(`${codePrefix}:${edition}`),
  };
  identities.set(questionnaire, found);
  return found;
}

export function questionnaireTag(questionnaire: Questionnaire): QuestionnaireTag {
  return identity(questionnaire).tag;
}

/**
 * The CRC-24 of a code's bits, bound to the format and the questionnaire's id, version and layout:
 * over the bits before the checksum, the checksum; over a whole body, zero when it is intact.
 */
export function handoverChecksum(questionnaire: Questionnaire, bits: readonly number[]): number {
  return crc24(bits, identity(questionnaire).bound);
}
