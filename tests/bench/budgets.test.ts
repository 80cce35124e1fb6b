import { describe, expect, it } from 'vitest';
import { budgets, files, firstLoadVerdict, formatKb } from '../../scripts/bench/budgets';

describe('the first-load JS budget', () => {
  it('is 85 KB as a target and 100 KB (of 1,000 bytes) as the hard budget', () => {
    expect(budgets.firstLoadJsTarget).toBe(85_000);
    expect(budgets.firstLoadJsBudget).toBe(100_000);
  });

  it('passes at the budget and fails a byte above it', () => {
    expect(firstLoadVerdict(100_000).withinBudget).toBe(true);
    expect(firstLoadVerdict(100_000).message).toBe(
      'within the 100 KB budget, above the 85 KB target',
    );
    expect(firstLoadVerdict(84_000).message).toBe('within the 100 KB budget and the 85 KB target');
    expect(firstLoadVerdict(100_001)).toEqual({
      withinBudget: false,
      message: 'OVER the 100 KB budget by 0.00 KB',
    });
    expect(firstLoadVerdict(136_420).message).toBe('OVER the 100 KB budget by 36.42 KB');
  });
});

describe('formatting', () => {
  it('writes kilobytes of 1,000 bytes and counts files', () => {
    expect(formatKb(142_214)).toBe('142.21 KB');
    expect(formatKb(100_000, 0)).toBe('100 KB');
    expect(files(1)).toBe('1 file');
    expect(files(4)).toBe('4 files');
  });
});
