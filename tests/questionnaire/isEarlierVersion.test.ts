import { describe, expect, it } from 'vitest';
import { isEarlierVersion } from '../../src/questionnaire/isEarlierVersion';

describe('isEarlierVersion', () => {
  it.each([
    ['1.2.0', ['2.0.0'], true],
    ['1.10.0', ['1.9.0'], false],
    ['1.9.0', ['1.10.0'], true],
    ['2.0.0', ['2.0.0'], false],
    ['3.0.0', ['2.0.0'], false],
    ['1.2.0', ['1.0.0', '2.0.0'], false],
    ['0.1.0', ['1.0.0', '2.0.0'], true],
    ['1.2', ['2.0.0'], false],
    ['<b>1</b>', ['2.0.0'], false],
    ['1.0.0', [], false],
  ])('%s before every one of %j: %s', (version, known, earlier) => {
    expect(isEarlierVersion(version, known)).toBe(earlier);
  });
});
