import { describe, expect, it } from 'vitest';
import {
  linkIdPattern,
  quotableImportedText,
  quotedLength,
  versionPattern,
} from '../../src/export/fhir/importedText';

describe('text from an imported file, quoted in a message', () => {
  it('is quoted as it is when it has the form the app writes', () => {
    expect(quotableImportedText('2.0.0', versionPattern)).toBe('2.0.0');
    expect(quotableImportedText('frequency.cannabis', linkIdPattern)).toBe('frequency.cannabis');
    expect(quotableImportedText('age-group', linkIdPattern)).toBe('age-group');
  });

  it('loses the controls that reorder text', () => {
    expect(quotableImportedText('\u202Eage-group\u202C', linkIdPattern)).toBe('age-group');
    expect(quotableImportedText('2.0\u200F.1\u2066', versionPattern)).toBe('2.0.1');
  });

  it('is cut to a short length', () => {
    const long = 'a'.repeat(300);
    expect(quotableImportedText(long, linkIdPattern)).toBe(`${'a'.repeat(quotedLength)}…`);
  });

  it.each([
    ['a sentence', 'Ring til 12 34 56 78 nu', linkIdPattern],
    ['markup', '<img src=x onerror=alert(1)>', linkIdPattern],
    ['upper case and spaces', 'Age Group', linkIdPattern],
    ['a version with words', '2.0.0 – call us', versionPattern],
    ['an empty value', '', versionPattern],
    ['something not text', 42, linkIdPattern],
    ['text far too long to look at', `${'1.'.repeat(600)}0`, versionPattern],
  ])('is not quoted at all when it is %s', (_, value, pattern) => {
    expect(quotableImportedText(value, pattern)).toBeUndefined();
  });
});
