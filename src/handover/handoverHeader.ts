import { BitReader } from './bitReader';
import type { BitWriter } from './bitWriter';
import { idTagBits, lengthBits, versionTagBits } from './handoverFormat';
import type { QuestionnaireTag } from './questionnaireTag';

/** The body's first four characters: its length and which questionnaire and version made it. */
export interface HandoverHeader {
  /** The body's length in characters, modulo 64. */
  length: number;
  tag: QuestionnaireTag;
}

export const lengthModulus = 2 ** lengthBits;

export function writeHeader(writer: BitWriter, characters: number, tag: QuestionnaireTag): void {
  writer.write(characters % lengthModulus, lengthBits);
  writer.write(tag.id, idTagBits);
  writer.write(tag.version, versionTagBits);
}

/** The header at the start of these bits; zeros where they run short. */
export function readHeader(bits: readonly number[]): HandoverHeader {
  const reader = new BitReader(bits);
  return {
    length: reader.read(lengthBits) ?? 0,
    tag: { id: reader.read(idTagBits) ?? 0, version: reader.read(versionTagBits) ?? 0 },
  };
}
