import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import schema from '../../docs/contact-api.schema.json';
import { REFERENCE_PATTERN, type CallbackPayload } from '../../src/contact/callbackContract';
import { fieldErrorsFrom, sendCallbackRequest } from '../../src/contact/sendCallbackRequest';
import {
  callbackAccepted,
  callbackNetworkError,
  callbackRejected,
  callbackServerError,
  callbackSlow,
  callbackUrl,
} from '../../src/mocks/callbackHandlers';
import { conformsTo } from './contractSchema';
import { useMswServer } from './mswServer';

const endpoint = 'https://callback.example.dk/api/callback';
const payload: CallbackPayload = {
  name: 'Kim',
  phone: '12 34 56 78',
  preferredTime: 'any',
  consent: true,
  language: 'da',
};
const key = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('sendCallbackRequest', () => {
  const server = useMswServer();

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('posts the JSON body with the idempotency key, and returns the reference', async () => {
    server.use(callbackAccepted());
    const result = await sendCallbackRequest(endpoint, payload, key);
    expect(result).toEqual({ status: 'sent', reference: 'DEMO-0001' });
    expect(server.seen).toEqual([{ idempotencyKey: key, body: payload }]);
  });

  it('reaches a path on the page’s own origin', async () => {
    server.use(callbackAccepted());
    expect(await sendCallbackRequest('/api/callback', payload, key)).toMatchObject({
      status: 'sent',
    });
  });

  it('sends no cookie and no referrer, and says it reads JSON and problem documents', async () => {
    let headers: Headers | undefined;
    server.use(
      http.post(callbackUrl, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({ reference: 'R1' });
      }),
    );
    await sendCallbackRequest(endpoint, payload, key);
    expect(headers?.get('content-type')).toBe('application/json');
    expect(headers?.get('accept')).toContain('application/problem+json');
    expect(headers?.get('cookie')).toBeNull();
    expect(headers?.get('referer')).toBeNull();
  });

  it('gets the same reference when the same key is sent again', async () => {
    server.use(callbackAccepted());
    const first = await sendCallbackRequest(endpoint, payload, key);
    const again = await sendCallbackRequest(endpoint, payload, key);
    const other = await sendCallbackRequest(endpoint, payload, 'another-key');
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('maps a 422’s field errors onto the form’s fields, keeping only fields it has', async () => {
    server.use(
      callbackRejected({
        errors: [
          { field: 'phone', code: 'invalid' },
          { field: 'message', code: 'too-long' },
          { field: 'name', code: 'profanity' },
          { field: 'result', code: 'invalid' },
        ],
      }),
    );
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
      status: 'rejected',
      httpStatus: 422,
      fieldErrors: { phone: 'invalid', message: 'too-long', name: 'invalid' },
    });
  });

  it('reads a 4xx without a problem document as rejected, naming no field', async () => {
    server.use(http.post(callbackUrl, () => new HttpResponse('Bad Request', { status: 400 })));
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
      status: 'rejected',
      httpStatus: 400,
      fieldErrors: {},
    });
  });

  it.each([500, 503])('reads %i as failed', async (status) => {
    server.use(callbackServerError({ status }));
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
      status: 'failed',
      httpStatus: status,
    });
  });

  it.each([408, 409, 429])(
    'reads %i as "try again", not as the person’s mistake',
    async (status) => {
      server.use(callbackRejected({ status, errors: [] }));
      expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
        status: 'failed',
        httpStatus: status,
      });
    },
  );

  it('reads a 2xx without a reference as probably arrived, not as failed', async () => {
    server.use(http.post(callbackUrl, () => HttpResponse.json({ ok: true })));
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
      status: 'noReference',
      httpStatus: 200,
    });
    server.use(http.post(callbackUrl, () => new HttpResponse('<html>', { status: 200 })));
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
      status: 'noReference',
      httpStatus: 200,
    });
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a space', 'AB 12'],
    ['a bidi override', 'AB\u202E12'],
    ['a line break', 'AB\n12'],
    ['a leading hyphen', '-AB12'],
    ['65 characters', 'A'.repeat(65)],
    ['nothing', ''],
    ['a number', 1234],
  ])('shows no reference that has %s', async (_, reference) => {
    server.use(http.post(callbackUrl, () => HttpResponse.json({ reference }, { status: 201 })));
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
      status: 'noReference',
      httpStatus: 201,
    });
  });

  it('keeps a reference in the contract’s pattern, up to 64 characters', async () => {
    for (const reference of ['R1', 'DEMO-0001', 'abc-123-XYZ', 'A'.repeat(64)]) {
      server.use(http.post(callbackUrl, () => HttpResponse.json({ reference })));
      expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({
        status: 'sent',
        reference,
      });
    }
  });

  it('checks the reference with the pattern docs/contact-api.schema.json gives', () => {
    expect(schema.$defs.accepted.properties.reference.pattern).toBe(REFERENCE_PATTERN.source);
  });

  it('reads a connection that fails while the browser is online as unreachable, not offline', async () => {
    // A CORS refusal, a name that does not resolve or a server that is down: fetch rejects alike.
    server.use(callbackNetworkError());
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({ status: 'unreachable' });
  });

  it('reads a connection that fails as the browser goes offline as offline', async () => {
    server.use(
      http.post(callbackUrl, () => {
        vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
        return HttpResponse.error();
      }),
    );
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({ status: 'offline' });
  });

  it.each([301, 302, 303, 307, 308])(
    'follows no %i redirect to another origin, and reads it as unreachable',
    async (status) => {
      server.use(
        http.post(
          callbackUrl,
          () =>
            new HttpResponse(null, {
              status,
              headers: { Location: 'https://elsewhere.example.com/api/callback' },
            }),
        ),
      );
      expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({ status: 'unreachable' });
      // Only the endpoint was asked: nothing went on to the other origin (an unhandled request fails).
      expect(server.seen).toHaveLength(1);
    },
  );

  it('reads a redirect loop as unreachable, after one request', async () => {
    server.use(
      http.post(
        callbackUrl,
        () => new HttpResponse(null, { status: 307, headers: { Location: endpoint } }),
      ),
    );
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({ status: 'unreachable' });
    expect(server.seen).toHaveLength(1);
  });

  it('sends nothing when the browser knows it is offline', async () => {
    server.use(callbackAccepted());
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(await sendCallbackRequest(endpoint, payload, key)).toEqual({ status: 'offline' });
    expect(server.seen).toEqual([]);
  });

  /**
   * Sends to a slow service on fake timers — the time allowed is measured on the page's clock, not
   * this machine's speed — and says what had settled after each step of that clock.
   */
  async function settledAlongTheClock(
    options: { timeoutMs: number } | undefined,
    steps: readonly number[],
  ): Promise<unknown[]> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      server.use(callbackSlow());
      let settled: unknown;
      const sending = sendCallbackRequest(endpoint, payload, key, options).then(
        (r) => (settled = r),
      );
      const seen: unknown[] = [];
      for (const step of steps) {
        await vi.advanceTimersByTimeAsync(step);
        seen.push(settled);
      }
      await sending;
      return seen;
    } finally {
      vi.useRealTimers();
    }
  }

  it('stops waiting after the time allowed', async () => {
    expect(await settledAlongTheClock({ timeoutMs: 50 }, [40, 20])).toEqual([
      undefined,
      { status: 'timeout' },
    ]);
  });

  it('waits 10 seconds by default', async () => {
    expect(await settledAlongTheClock(undefined, [9_900, 200])).toEqual([
      undefined,
      { status: 'timeout' },
    ]);
  });

  it('is cancelled, quietly, when the caller gives up', async () => {
    server.use(callbackSlow());
    const controller = new AbortController();
    const sending = sendCallbackRequest(endpoint, payload, key, { signal: controller.signal });
    controller.abort();
    expect(await sending).toEqual({ status: 'cancelled' });
  });
});

describe('the stand-in answers', () => {
  const server = useMswServer();

  it('follow the documented shapes', async () => {
    server.use(callbackAccepted());
    const accepted = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Idempotency-Key': key },
      body: JSON.stringify(payload),
    });
    expect(conformsTo('accepted', await accepted.json())).toBe(true);
    server.use(callbackRejected());
    const rejected = await fetch(endpoint, { method: 'POST', body: JSON.stringify(payload) });
    expect(rejected.headers.get('content-type')).toBe('application/problem+json');
    expect(conformsTo('rejected', await rejected.json())).toBe(true);
  });

  it('refuse a request without an idempotency key', async () => {
    server.use(callbackAccepted());
    const answer = await fetch(endpoint, { method: 'POST', body: JSON.stringify(payload) });
    expect(answer.status).toBe(400);
  });
});

describe('fieldErrorsFrom', () => {
  it('reads nothing from a body that is not a problem document', () => {
    for (const body of [undefined, null, 'x', {}, { errors: 'x' }, { errors: [null, 1] }]) {
      expect(fieldErrorsFrom(body)).toEqual({});
    }
  });

  it('keeps the first error for a field', () => {
    expect(
      fieldErrorsFrom({
        errors: [
          { field: 'email', code: 'too-long' },
          { field: 'email', code: 'required' },
        ],
      }),
    ).toEqual({ email: 'too-long' });
  });
});
