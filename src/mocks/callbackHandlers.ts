import { delay, http, HttpResponse } from 'msw';
import { IDEMPOTENCY_KEY_HEADER } from '../contact/callbackContract';
import { DEMO_CALLBACK_PATH } from '../contact/demoProvider';

/**
 * Stand-ins for the provider's callback endpoint (docs/contact-api.md), shared by the tests
 * (msw/node) and the development server's demo mode (msw/browser). Any origin, so a test may use
 * an absolute address and the demo its own origin.
 */
export const callbackUrl = `*${DEMO_CALLBACK_PATH}`;

/** The longest the slow stand-in waits: well past the form's 10 seconds. */
export const SLOW_ANSWER_MS = 15_000;

function missingKey() {
  return HttpResponse.json(
    {
      type: 'about:blank',
      title: 'Idempotency-Key header is required',
      status: 400,
      errors: [],
    },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * Accepts every request, with one reference per idempotency key: a resend with the same key gets
 * the same reference and creates nothing new, as the contract asks of a real endpoint.
 */
export function callbackAccepted({ url = callbackUrl, afterMs = 0 } = {}) {
  const references = new Map<string, string>();
  return http.post(url, async ({ request }) => {
    const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
    if (!key) return missingKey();
    if (afterMs > 0) await delay(afterMs);
    let reference = references.get(key);
    if (reference === undefined) {
      reference = `DEMO-${String(references.size + 1).padStart(4, '0')}`;
      references.set(key, reference);
    }
    return HttpResponse.json({ reference }, { status: 201 });
  });
}

/** A 422 naming the fields the endpoint could not use (by default, the phone number). */
export function callbackRejected({
  url = callbackUrl,
  errors = [{ field: 'phone', code: 'invalid' }] as { field: string; code: string }[],
  status = 422,
} = {}) {
  return http.post(url, () =>
    HttpResponse.json(
      { type: 'about:blank', title: 'The request has invalid fields', status, errors },
      { status, headers: { 'Content-Type': 'application/problem+json' } },
    ),
  );
}

/** A 500: something broke at the provider. */
export function callbackServerError({ url = callbackUrl, status = 500 } = {}) {
  return http.post(url, () =>
    HttpResponse.json(
      { type: 'about:blank', title: 'Internal Server Error', status },
      { status, headers: { 'Content-Type': 'application/problem+json' } },
    ),
  );
}

/** Answers, but only after the form has stopped waiting. */
export function callbackSlow({ url = callbackUrl, afterMs = SLOW_ANSWER_MS } = {}) {
  return callbackAccepted({ url, afterMs });
}

/** No answer at all: the connection fails, as when the person is offline. */
export function callbackNetworkError({ url = callbackUrl } = {}) {
  return http.post(url, () => HttpResponse.error());
}

/** What the demo's endpoint does, chosen with `?demo-callback=` in the address. */
export const demoScenarios = {
  accepted: callbackAccepted,
  rejected: callbackRejected,
  failed: callbackServerError,
  slow: callbackSlow,
  offline: callbackNetworkError,
} as const;
export type DemoScenario = keyof typeof demoScenarios;

export function isDemoScenario(value: unknown): value is DemoScenario {
  return typeof value === 'string' && Object.hasOwn(demoScenarios, value);
}
