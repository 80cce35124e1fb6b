import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionnaireResponse } from '../../src/export/fhir/questionnaireResponse';
import { encodeHandover } from '../../src/handover/encodeHandover';
import { assess } from '../../src/scoring/assess';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';
import { renderApp } from '../support/renderApp';

const answers = completeAnswers({
  audience: 'self',
  'age-group': '25-35',
  substances: ['alcohol', 'cannabis'],
  craving: 'yes',
  'craving.which': ['cannabis'],
  tolerance: 'yes',
  'tolerance.which': ['cannabis'],
});

/** A QuestionnaireResponse as far as the tampering needs it. */
interface Resource {
  questionnaire: string;
  item: unknown[];
}

async function openImport(language: 'da' | 'en' = 'da') {
  const app = await renderApp(language);
  await app.user.click(
    screen.getByRole('button', {
      name: language === 'da' ? /For fagfolk/ : /For professionals/,
    }),
  );
  await screen.findByRole('heading', { level: 1, name: /Indlæs svar|Read a client/ });
  return app;
}

/** A file whose reading finishes only when the test says so. */
function slowFile(name: string) {
  const file = new File([''], name);
  let finish: (text: string) => void = () => undefined;
  file.text = () =>
    new Promise<string>((resolve) => {
      finish = resolve;
    });
  return { file, finish: (text: string) => finish(text) };
}

function responseText(language: 'da' | 'en') {
  const resource = questionnaireResponse(questionnaire, answers, assess(questionnaire, answers), {
    authored: new Date('2026-11-26T10:00:00Z'),
    language,
  });
  return JSON.stringify(resource);
}

/** Lets every pending promise of the page settle (the file's reading, the state it sets). */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Starts reading a file that is slow to read, then reads this code; the file finishes later. */
async function readCodeWhileFileIsRead(code: string) {
  const { user } = await openImport('en');
  const slow = slowFile('response.json');
  await user.upload(screen.getByLabelText(/FHIR QuestionnaireResponse/), slow.file);
  await user.click(screen.getByRole('button', { name: 'Read the file' }));
  await user.click(screen.getByRole('textbox', { name: 'Code' }));
  await user.paste(code);
  await user.click(screen.getByRole('button', { name: 'Read the code' }));
  return slow;
}

// Typing a whole code key by key is slow on a busy machine, whatever the page does.
describe("the clinician's import view", { timeout: 30_000 }, () => {
  it('reads a hand-over code, typed in lower case with spaces, into the intake summary', async () => {
    const { user } = await openImport();
    const code = encodeHandover(questionnaire, answers).toLowerCase().replaceAll('-', ' ');
    await user.type(screen.getByRole('textbox', { name: 'Kode' }), code);
    await user.click(screen.getByRole('button', { name: 'Indlæs koden' }));
    expect(await screen.findByText('Svarene er indlæst.')).toHaveAttribute('role', 'status');
    const table = screen.getByRole('table', { name: /Tegn \(DSM-5-kriterier\)/ });
    const cannabis = within(table).getByRole('columnheader', { name: 'Hash eller anden cannabis' });
    expect(cannabis).toBeInTheDocument();
    const craving = within(table).getByRole('row', { name: /Stærk trang/ });
    expect(
      within(craving)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Nedsat kontrol', 'Nej', 'Ja']);
    const count = within(table).getByRole('row', { name: /Antal tegn/ });
    expect(count).toHaveTextContent('0 af 11');
    expect(count).toHaveTextContent('2 af 11');
    // "Read another" gives way to an empty code field, with focus in it.
    await user.click(screen.getByRole('button', { name: 'Indlæs en anden' }));
    expect(screen.getByRole('textbox', { name: 'Kode' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Kode' })).toHaveValue('');
  });

  it('says what is wrong with a mistyped code, and keeps what was typed', async () => {
    const { user } = await openImport('en');
    const code = encodeHandover(questionnaire, answers);
    const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    const field = screen.getByRole('textbox', { name: 'Code' });
    await user.type(field, typo);
    await user.click(screen.getByRole('button', { name: 'Read the code' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent(/does not add up/);
    expect(field).toHaveValue(typo);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, 'hello');
    await user.click(screen.getByRole('button', { name: 'Read the code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a code from Rusmiddeltjek/);
  });

  it('reads a QuestionnaireResponse file, and refuses a file that is not one', async () => {
    const { user } = await openImport('en');
    const resource = questionnaireResponse(questionnaire, answers, assess(questionnaire, answers), {
      authored: new Date('2026-11-26T10:00:00Z'),
      language: 'en',
    });
    const fileInput = screen.getByLabelText(/FHIR QuestionnaireResponse/);
    await user.upload(fileInput, new File(['{"resourceType":"Patient"}'], 'patient.json'));
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a FHIR QuestionnaireResponse/);
    await user.upload(fileInput, new File([JSON.stringify(resource)], 'response.json'));
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    expect(await screen.findByText('The answers have been read.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('table', { name: /Signs \(DSM-5 criteria\)/ })).toBeInTheDocument();
  });

  it.each([
    [
      'a version not of the known form, without quoting it',
      (r: Resource) => ({
        ...r,
        questionnaire: `${r.questionnaire.split('|')[0]}|9.9 ring 99999999`,
      }),
      /does not give a valid version of the questionnaire\. Known here: 2\.0\.0\.$/,
      'ring',
    ],
    [
      'a question name not of the known form, without quoting it',
      (r: Resource) => ({
        ...r,
        item: [...r.item, { linkId: 'Ring <b>99999999</b>', answer: [] }],
      }),
      /do not fit the questionnaire\. A question in the file has a name that is not valid\.$/,
      'Ring',
    ],
    [
      'a question name of the known form without its bidi controls, cut short',
      (r: Resource) => ({
        ...r,
        item: [...r.item, { linkId: `\u202E${'x'.repeat(200)}\u202C`, answer: [] }],
      }),
      new RegExp(`\\(at question ${'x'.repeat(40)}…\\)\\.$`),
      '\u202E',
    ],
  ])('names %s', async (_, tamper, message, left) => {
    const { user } = await openImport('en');
    const resource = JSON.parse(responseText('en')) as Resource;
    const file = new File([JSON.stringify(tamper(resource))], 'response.json');
    await user.upload(screen.getByLabelText(/FHIR QuestionnaireResponse/), file);
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(document.getElementById('handover-file-error')).toHaveTextContent(message);
    expect(document.body.textContent).not.toContain(left);
  });

  it('says so when two codes are pasted together', async () => {
    const { user } = await openImport('en');
    const code = encodeHandover(questionnaire, answers);
    await user.click(screen.getByRole('textbox', { name: 'Code' }));
    await user.paste(`${code}\n${code}`);
    await user.click(screen.getByRole('button', { name: 'Read the code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This looks like two codes run together. Enter one code at a time.',
    );
  });

  it('reads a code pasted with invisible characters in it', async () => {
    const { user } = await openImport('en');
    const code = [...encodeHandover(questionnaire, answers)].join('\u200B\u00AD');
    await user.click(screen.getByRole('textbox', { name: 'Code' }));
    await user.paste(`\u202E${code}\u202C`);
    await user.click(screen.getByRole('button', { name: 'Read the code' }));
    expect(await screen.findByText('The answers have been read.')).toBeInTheDocument();
  });

  it('drops a file still being read when a code is read, so its late failure never shows', async () => {
    const slow = await readCodeWhileFileIsRead(encodeHandover(questionnaire, answers));
    expect(await screen.findByText('The answers have been read.')).toBeInTheDocument();
    slow.finish('{"resourceType":"Patient"}');
    await settle();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('The answers have been read.')).toBeInTheDocument();
  });

  it('drops a file still being read when a code is read, so its late success hides no error', async () => {
    const slow = await readCodeWhileFileIsRead('hello');
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a code from Rusmiddeltjek/);
    slow.finish(responseText('en'));
    await settle();
    expect(screen.queryByText('The answers have been read.')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/not a code from Rusmiddeltjek/);
  });

  it('reads only the file chosen last when an earlier one finishes later', async () => {
    const { user } = await openImport('en');
    const fileInput = screen.getByLabelText(/FHIR QuestionnaireResponse/);
    const slow = slowFile('patient.json');
    await user.upload(fileInput, slow.file);
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    await user.upload(fileInput, new File([responseText('en')], 'response.json'));
    await user.click(screen.getByRole('button', { name: 'Read the file' }));
    expect(await screen.findByText('The answers have been read.')).toBeInTheDocument();
    slow.finish('{"resourceType":"Patient"}');
    await settle();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes back to the start page', async () => {
    const { user } = await openImport('en');
    await user.click(screen.getByRole('button', { name: /Back to the start/ }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
  });
});
