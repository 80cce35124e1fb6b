import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appQuestionnaire } from '../../src/app/appQuestionnaire';
import { resultSummary } from '../../src/contact/resultSummary';
import { FlowProvider } from '../../src/flow/FlowProvider';
import { createI18n, switchLanguage } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { TextsProvider } from '../../src/i18n/useTexts';
import da from '../../src/i18n/locales/da/contact.json';
import en from '../../src/i18n/locales/en/contact.json';
import daUi from '../../src/i18n/locales/da/ui.json';
import {
  callbackAccepted,
  callbackNetworkError,
  callbackRejected,
  callbackServerError,
  callbackSlow,
  callbackUrl,
} from '../../src/mocks/callbackHandlers';
import { CallbackForm } from '../../src/screens/result/CallbackForm';
import { loadedFlow } from '../support/renderApp';
import { frameTexts } from '../support/renderWithTexts';
import { useMswServer } from './mswServer';
import { sampleAssessment } from './sampleAssessment';

type Texts = typeof da;
type User = ReturnType<typeof userEvent.setup>;

async function renderForm(language: Language = 'da') {
  const i18n = await createI18n(language);
  // The frame's words too, as the app gives them: a field's error starts with its "Fejl:".
  const texts = await frameTexts(language);
  // No pauses between key presses: no timers, so a test may take over the clock.
  const user = userEvent.setup({ delay: null });
  render(
    <TextsProvider value={texts}>
      <I18nextProvider i18n={i18n}>
        <FlowProvider flow={loadedFlow()}>
          <CallbackForm endpoint="/api/callback" assessment={sampleAssessment} />
        </FlowProvider>
      </I18nextProvider>
    </TextsProvider>,
  );
  return { user, i18n };
}

const typed = {
  name: 'Kim',
  phone: '12 34 56 78',
  email: 'kim@example.dk',
  message: 'Helst efter kl. 14',
};

async function fillIn(user: User, texts: Texts = da, { attach = false } = {}) {
  await user.type(screen.getByRole('textbox', { name: texts.fields.name.label }), typed.name);
  await user.type(screen.getByRole('textbox', { name: texts.fields.phone.label }), typed.phone);
  await user.type(screen.getByRole('textbox', { name: texts.fields.email.label }), typed.email);
  await user.click(
    screen.getByRole('radio', { name: texts.fields.preferredTime.options.afternoon }),
  );
  await user.type(screen.getByRole('textbox', { name: /^Besked|^Message/ }), typed.message);
  if (attach) {
    await user.click(screen.getByRole('checkbox', { name: texts.fields.attachResult.label }));
  }
  await user.click(screen.getByRole('checkbox', { name: texts.fields.consent.label }));
}

/** Every typed value, ticked box and chosen time is still on the form. */
function expectEverythingKept(texts: Texts) {
  expect(screen.getByRole('textbox', { name: texts.fields.name.label })).toHaveValue(typed.name);
  expect(screen.getByRole('textbox', { name: texts.fields.phone.label })).toHaveValue(typed.phone);
  expect(screen.getByRole('textbox', { name: texts.fields.email.label })).toHaveValue(typed.email);
  expect(
    screen.getByRole('radio', { name: texts.fields.preferredTime.options.afternoon }),
  ).toBeChecked();
  expect(screen.getByRole('textbox', { name: /^Besked|^Message/ })).toHaveValue(typed.message);
  expect(screen.getByRole('checkbox', { name: texts.fields.consent.label })).toBeChecked();
}

const send = (user: User, texts: Texts = da) =>
  user.click(screen.getByRole('button', { name: texts.send }));
const retry = (user: User, texts: Texts = da) =>
  user.click(screen.getByRole('button', { name: texts.retry }));

/** The form filled in and sent, as the person would. */
async function renderAndSend(): Promise<User> {
  const { user } = await renderForm();
  await fillIn(user);
  await send(user);
  return user;
}

/** The failure as announced: the alert holds its title and says the input is kept. */
async function expectFailure(title: string, texts: Texts = da) {
  const alert = await screen.findByRole('alert');
  await within(alert).findByRole('heading', { name: title });
  expect(alert).toHaveTextContent(texts.failure.kept);
  expect(alert).toHaveTextContent(texts.failure.otherWays);
}

async function expectConfirmation(reference: string) {
  const heading = await screen.findByRole('heading', { name: da.sent.title });
  expect(heading).toHaveFocus();
  expect(screen.getByText(da.sent.reference.replace('{{reference}}', reference))).toBeVisible();
  expect(screen.getByRole('status')).toHaveTextContent(da.status.sent);
}

describe('the callback form', () => {
  const server = useMswServer();

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('sends nothing until Send is pressed, and leaves the result off unless ticked', async () => {
    server.use(callbackAccepted());
    const { user } = await renderForm();
    expect(screen.getByRole('checkbox', { name: da.fields.attachResult.label })).not.toBeChecked();
    await fillIn(user);
    expect(server.seen).toEqual([]);

    await send(user);
    await expectConfirmation('DEMO-0001');
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]?.body).toEqual({
      name: 'Kim',
      phone: '12 34 56 78',
      email: 'kim@example.dk',
      preferredTime: 'afternoon',
      message: 'Helst efter kl. 14',
      consent: true,
      language: 'da',
    });
    expect(server.seen[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    // What was sent is shown back, so the person can see it went as they typed it.
    for (const value of [typed.name, typed.phone, typed.email, typed.message]) {
      expect(screen.getByText(value)).toBeVisible();
    }
    expect(screen.getByText(da.sent.resultNotAttached)).toBeVisible();
  });

  it('attaches the summary of the result when the box is ticked', async () => {
    server.use(callbackAccepted());
    const { user } = await renderForm();
    await fillIn(user, da, { attach: true });
    await send(user);
    await expectConfirmation('DEMO-0001');
    const body = server.seen[0]?.body as { result?: unknown };
    expect(body.result).toEqual(resultSummary(sampleAssessment, appQuestionnaire.definition));
    expect(JSON.stringify(body)).not.toMatch(/evidence|criteria"|ageGroup/);
  });

  it('an empty Send: the error summary takes focus and links each problem to its field', async () => {
    server.use(callbackAccepted());
    const { user } = await renderForm();
    await send(user);

    const summary = await screen.findByRole('alert', { name: daUi.errors.summaryTitle });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      da.errors.name.required,
      da.errors.phone.phoneOrEmail,
      da.errors.preferredTime.required,
      da.errors.consent.required,
    ]);
    const nameField = screen.getByRole('textbox', { name: da.fields.name.label });
    expect(nameField).toHaveAttribute('aria-invalid', 'true');
    expect(nameField).toHaveAccessibleDescription(
      `${da.fields.name.hint} ${daUi.errors.titlePrefix}${da.errors.name.required}`,
    );
    await user.click(links[2] as HTMLElement);
    expect(
      screen.getByRole('radio', { name: da.fields.preferredTime.options.morning }),
    ).toHaveFocus();
    await user.click(links[1] as HTMLElement);
    expect(screen.getByRole('textbox', { name: da.fields.phone.label })).toHaveFocus();
    expect(server.seen).toEqual([]);
  });

  it('offline: says so, keeps everything, and Retry sends once with the same key', async () => {
    // The connection drops while the request is on its way.
    server.use(
      http.post(callbackUrl, () => {
        vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
        return HttpResponse.error();
      }),
    );
    const { user } = await renderForm();
    await fillIn(user);
    await send(user);
    await expectFailure(da.failure.offline.title);
    expectEverythingKept(da);

    vi.restoreAllMocks();
    server.use(callbackAccepted());
    await retry(user);
    await expectConfirmation('DEMO-0001');
    expect(server.seen).toHaveLength(2);
    expect(server.seen[1]?.idempotencyKey).toBe(server.seen[0]?.idempotencyKey);
    expect(server.seen[1]?.body).toEqual(server.seen[0]?.body);
  });

  it('no answer within 10 seconds: says it is safe to try again', async () => {
    server.use(callbackSlow());
    const { user } = await renderForm();
    await fillIn(user);
    // The clock moves with real time too, for Testing Library's own short waits.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    await send(user);
    expect(await screen.findByText(da.status.sending)).toBe(screen.getByRole('status'));
    await act(() => vi.advanceTimersByTimeAsync(9_000));
    expect(screen.queryByRole('heading', { name: da.failure.timeout.title })).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    vi.useRealTimers();

    await expectFailure(da.failure.timeout.title);
    expect(screen.getByRole('alert')).toHaveTextContent(
      da.failure.timeout.body.replace('{{seconds}}', '10'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
    expectEverythingKept(da);

    server.use(callbackAccepted());
    await retry(user);
    await expectConfirmation('DEMO-0001');
    expect(new Set(server.seen.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  it('a 4xx naming fields: marks them in the summary and on the field, then sends once fixed', async () => {
    server.use(callbackRejected({ errors: [{ field: 'phone', code: 'invalid' }] }));
    const { user } = await renderForm();
    await fillIn(user);
    await send(user);

    // The number has the expected form: the service did not take it, and that is all it says.
    const summary = await screen.findByRole('alert', { name: daUi.errors.summaryTitle });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link')).toHaveTextContent(da.errors.phone.notAccepted);
    expect(summary).not.toHaveTextContent(da.errors.phone.invalid);
    const phone = screen.getByRole('textbox', { name: da.fields.phone.label });
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(
      `${daUi.errors.titlePrefix}${da.errors.phone.notAccepted}`,
    );
    expectEverythingKept(da);

    server.use(callbackAccepted());
    await user.clear(phone);
    await user.type(phone, '87 65 43 21');
    await send(user);
    await expectConfirmation('DEMO-0001');
    expect((server.seen[1]?.body as { phone: string }).phone).toBe('87 65 43 21');
  });

  it('online, but the service cannot be reached (CORS, a redirect): does not blame the connection', async () => {
    server.use(callbackNetworkError());
    await renderAndSend();
    await expectFailure(da.failure.unreachable.title);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(da.failure.unreachable.body);
    expect(alert).not.toHaveTextContent(da.failure.offline.title);
    expect(alert).not.toHaveTextContent(/Tjek, at du er på nettet/);
    expectEverythingKept(da);
  });

  it('a redirect to another origin: says the service could not be reached, and sends nothing on', async () => {
    server.use(
      http.post(
        callbackUrl,
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: { Location: 'https://elsewhere.example.com/collect' },
          }),
      ),
    );
    await renderAndSend();
    await expectFailure(da.failure.unreachable.title);
    expect(server.seen).toHaveLength(1);
  });

  it('a 2xx without a reference: says it probably arrived, and that trying again is safe', async () => {
    server.use(http.post(callbackUrl, () => HttpResponse.json({}, { status: 201 })));
    const user = await renderAndSend();
    await expectFailure(da.failure.noReference.title);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(da.failure.noReference.body);
    expect(alert).not.toHaveTextContent(da.failure.failed.body);

    // Sending again with the same key gets the reference, and no second callback.
    server.use(callbackAccepted());
    await retry(user);
    await expectConfirmation('DEMO-0001');
    expect(new Set(server.seen.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  it('shows no reference outside the contract’s pattern', async () => {
    const reference = 'Ring <b>nu</b> på 11 22 33 44';
    server.use(http.post(callbackUrl, () => HttpResponse.json({ reference }, { status: 201 })));
    await renderAndSend();
    await expectFailure(da.failure.noReference.title);
    expect(document.body).not.toHaveTextContent('11 22 33 44');
    expect(screen.queryByRole('heading', { name: da.sent.title })).toBeNull();
  });

  it('a 4xx naming no field the form has: says it could not be received', async () => {
    server.use(callbackRejected({ status: 400, errors: [{ field: 'result', code: 'invalid' }] }));
    const { user } = await renderForm();
    await fillIn(user);
    await send(user);
    await expectFailure(da.failure.rejected.title);
    expect(screen.getByRole('button', { name: da.retry })).toBeVisible();
  });

  it('a 5xx: says something went wrong at the service, and Retry recovers', async () => {
    server.use(callbackServerError());
    const { user } = await renderForm();
    await fillIn(user);
    await send(user);
    await expectFailure(da.failure.failed.title);
    expectEverythingKept(da);

    // The same failure twice is announced twice: the message is put in again.
    const first = within(screen.getByRole('alert')).getByRole('heading');
    await retry(user);
    await expectFailure(da.failure.failed.title);
    expect(within(screen.getByRole('alert')).getByRole('heading')).not.toBe(first);

    server.use(callbackAccepted());
    await retry(user);
    await expectConfirmation('DEMO-0001');
  });

  it('keeps what was typed, and the failure, through a switch of language', async () => {
    server.use(callbackNetworkError());
    const { user, i18n } = await renderForm();
    await fillIn(user);
    await send(user);
    await expectFailure(da.failure.unreachable.title);

    await act(() => switchLanguage(i18n, 'en'));
    expect(screen.getByRole('heading', { name: en.title })).toBeVisible();
    await expectFailure(en.failure.unreachable.title, en);
    expectEverythingKept(en);

    server.use(callbackAccepted());
    await retry(user, en);
    expect(await screen.findByRole('heading', { name: en.sent.title })).toHaveFocus();
    expect((server.seen[1]?.body as { language: string }).language).toBe('en');
  });

  it('announces sending, and a second press while sending sends nothing more', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post(callbackUrl, async () => {
        await answered;
      }),
      callbackAccepted(),
    );
    const { user } = await renderForm();
    await fillIn(user);
    await send(user);
    expect(await screen.findByText(da.status.sending)).toBe(screen.getByRole('status'));
    const button = screen.getByRole('button', { name: da.send });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    answer();
    await expectConfirmation('DEMO-0001');
    expect(server.seen).toHaveLength(1);
  });
});
