import { screen, within } from '@testing-library/react';
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

describe("the clinician's import view", () => {
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

  it('goes back to the start page', async () => {
    const { user } = await openImport('en');
    await user.click(screen.getByRole('button', { name: /Back to the start/ }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
  });
});
