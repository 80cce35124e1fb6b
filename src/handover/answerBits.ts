import type { Answer } from '../questionnaire/answers';
import type { OptionDefinition } from '../questionnaire/definitionSchema';
import type { Step } from '../questionnaire/steps';
import { answerFits } from '../questionnaire/answerFits';
import type { BitReader } from './bitReader';
import type { BitWriter } from './bitWriter';

/** Bits enough for `count` different values: 0 for one, 1 for two, 3 for five to eight. */
export function bitsFor(count: number): number {
  let width = 0;
  while (2 ** width < count) width++;
  return width;
}

/** The answer to one page as bits: an option's index, a bit per option, or the number above min. */
export function writeAnswer(
  writer: BitWriter,
  step: Step,
  options: readonly OptionDefinition[],
  answer: Answer,
): void {
  if (step.kind === 'number') {
    const min = step.min ?? 0;
    writer.write(Number(answer) - min, bitsFor((step.max ?? min) - min + 1));
    return;
  }
  const codes = options.map((o) => o.code);
  if (step.kind === 'single') {
    writer.write(codes.indexOf(String(answer)), bitsFor(codes.length));
    return;
  }
  const chosen: readonly string[] = Array.isArray(answer) ? answer : [];
  for (const code of codes) writer.write(chosen.includes(code) ? 1 : 0, 1);
}

/** The answer to one page read back, in the options' order, or undefined if the bits make none. */
export function readAnswer(
  reader: BitReader,
  step: Step,
  options: readonly OptionDefinition[],
): Answer | undefined {
  let answer: Answer | undefined;
  if (step.kind === 'number') {
    if (step.min === undefined || step.max === undefined) return undefined;
    const above = reader.read(bitsFor(step.max - step.min + 1));
    answer = above === undefined ? undefined : step.min + above;
  } else if (step.kind === 'single') {
    const index = reader.read(bitsFor(options.length));
    answer = index === undefined ? undefined : options[index]?.code;
  } else {
    const chosen: string[] = [];
    for (const option of options) {
      const bit = reader.read(1);
      if (bit === undefined) return undefined;
      if (bit === 1) chosen.push(option.code);
    }
    answer = chosen;
  }
  return answerFits(step, options, answer) ? answer : undefined;
}
