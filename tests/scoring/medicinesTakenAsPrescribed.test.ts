import { describe, expect, it } from 'vitest';
import { medicinesTakenAsPrescribed } from '../../src/scoring/medicinesTakenAsPrescribed';
import { questionnaire } from './rusmiddeltjek';

describe('medicinesTakenAsPrescribed', () => {
  it('lists each medicine answered "as prescribed", and only those', () => {
    const found = medicinesTakenAsPrescribed(questionnaire.steps, {
      'prescribed.opioid-painkillers': 'more-than-prescribed',
      'prescribed.sedatives': 'as-prescribed',
      'prescribed.other-medicines': 'not-prescribed',
    });
    expect([...found]).toEqual(['sedatives']);
  });

  it('finds none without answers', () => {
    expect(medicinesTakenAsPrescribed(questionnaire.steps, {}).size).toBe(0);
  });
});
