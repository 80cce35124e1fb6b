import { codePrefix, groupSize } from './handoverFormat';

/** "RT1-7K2M-…": the prefix, then the body in groups of four, for reading aloud and typing. */
export function formatHandoverCode(body: string): string {
  const groups = body.match(new RegExp(`.{1,${groupSize}}`, 'g')) ?? [];
  return [codePrefix, ...groups].join('-');
}
