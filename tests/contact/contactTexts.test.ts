import { describe, expect, it } from 'vitest';
import { fieldErrorCodes } from '../../src/contact/callbackContract';
import {
  callbackErrors,
  callbackFields,
  preferredTimes,
} from '../../src/contact/callbackFormSchema';
import { fieldErrorMessage } from '../../src/contact/fieldErrorMessage';
import da from '../../src/i18n/locales/da/contact.json';
import en from '../../src/i18n/locales/en/contact.json';

function at(texts: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], texts);
}

const failures = ['offline', 'unreachable', 'timeout', 'rejected', 'failed', 'noReference'];

/** Every key the form and its schema can ask for. */
const usedKeys = [
  ...Object.values(callbackErrors),
  ...callbackFields.flatMap((field) =>
    fieldErrorCodes.flatMap((code) => [
      fieldErrorMessage(field, code),
      fieldErrorMessage(field, code, { expectedForm: true }),
    ]),
  ),
  ...preferredTimes.map((time) => `fields.preferredTime.options.${time}`),
  ...failures.flatMap((failure) => [`failure.${failure}.title`, `failure.${failure}.body`]),
];

describe.each([
  ['Danish', da],
  ['English', en],
])('the contact texts in %s', (_, texts) => {
  it('have every text the form can show', () => {
    for (const key of usedKeys) expect(at(texts, key), key).toEqual(expect.any(String));
  });

  it('never label a person', () => {
    const words = JSON.stringify(texts).toLowerCase();
    for (const label of ['misbrug', 'addict', 'narkoman', 'alkoholiker', 'junkie', 'alcoholic']) {
      expect(words, label).not.toContain(label);
    }
  });

  it('tell the person, after any failure, that what they typed is kept', () => {
    expect(texts.failure.kept).toMatch(/stadig|still/);
  });
});
