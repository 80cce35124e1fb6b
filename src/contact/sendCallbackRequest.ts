import {
  CALLBACK_TIMEOUT_MS,
  IDEMPOTENCY_KEY_HEADER,
  fieldErrorCodes,
  type CallbackPayload,
  type FieldErrorCode,
  type FieldErrors,
} from './callbackContract';
import { callbackFields, type CallbackField } from './callbackFormSchema';

/** How a send ended, each with its own message on the form. */
export type CallbackResult =
  /** The endpoint accepted it (2xx with a reference). */
  | { status: 'sent'; reference: string }
  /** No connection: the browser knows it is offline, or the request never reached anyone. */
  | { status: 'offline' }
  /** No answer within the time allowed; the request may or may not have arrived. */
  | { status: 'timeout' }
  /** A 4xx: the endpoint turned it down, naming the fields it could not use, if any. */
  | { status: 'rejected'; httpStatus: number; fieldErrors: FieldErrors }
  /** A 5xx, a busy or conflicting answer, or an answer without a reference: try again later. */
  | { status: 'failed'; httpStatus: number }
  /** The caller gave up (the form went away): nothing to tell anyone. */
  | { status: 'cancelled' };

export interface SendOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** 4xx answers that say "not now" rather than "not this": resending later may well work. */
const TRANSIENT_CLIENT_ERRORS = new Set([408, 409, 425, 429]);
const REFERENCE_MAX_LENGTH = 64;

function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return (fieldErrorCodes as readonly unknown[]).includes(value);
}

function isCallbackField(value: unknown): value is CallbackField {
  return (callbackFields as readonly unknown[]).includes(value);
}

/** A problem document's `errors: [{ field, code }]`, keeping the fields the form has. */
export function fieldErrorsFrom(body: unknown): FieldErrors {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return {};
  const found: FieldErrors = {};
  for (const error of errors as unknown[]) {
    const { field, code } = (error ?? {}) as { field?: unknown; code?: unknown };
    if (isCallbackField(field) && found[field] === undefined) {
      found[field] = isFieldErrorCode(code) ? code : 'invalid';
    }
  }
  return found;
}

async function jsonBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    // A body that is not JSON is no answer; a connection lost while reading it is.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

async function outcome(response: Response): Promise<CallbackResult> {
  const httpStatus = response.status;
  if (response.ok) {
    const reference = ((await jsonBody(response)) as { reference?: unknown } | undefined)
      ?.reference;
    return typeof reference === 'string' &&
      reference.length > 0 &&
      reference.length <= REFERENCE_MAX_LENGTH
      ? { status: 'sent', reference }
      : { status: 'failed', httpStatus };
  }
  if (httpStatus >= 400 && httpStatus < 500 && !TRANSIENT_CLIENT_ERRORS.has(httpStatus)) {
    return {
      status: 'rejected',
      httpStatus,
      fieldErrors: fieldErrorsFrom(await jsonBody(response)),
    };
  }
  return { status: 'failed', httpStatus };
}

function browserIsOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** A path such as "/api/callback" is on the page's own origin. */
function endpointUrl(endpoint: string): URL {
  return new URL(endpoint, globalThis.location?.href);
}

/**
 * Posts one callback request (docs/contact-api.md). Never throws: every way it can end is a
 * `CallbackResult`. Resending with the same `idempotencyKey` cannot create a second callback.
 */
export async function sendCallbackRequest(
  endpoint: string,
  payload: CallbackPayload,
  idempotencyKey: string,
  { signal, timeoutMs = CALLBACK_TIMEOUT_MS }: SendOptions = {},
): Promise<CallbackResult> {
  if (signal?.aborted) return { status: 'cancelled' };
  // Nothing could arrive: say so at once rather than after a failed attempt.
  if (browserIsOffline()) return { status: 'offline' };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await fetch(endpointUrl(endpoint), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, application/problem+json',
        [IDEMPOTENCY_KEY_HEADER]: idempotencyKey,
      },
      body: JSON.stringify(payload),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    // The time allowed covers the whole answer, body included.
    return await outcome(response);
  } catch {
    if (timedOut) return { status: 'timeout' };
    if (signal?.aborted) return { status: 'cancelled' };
    // fetch rejects only when no answer came at all: no connection, or the endpoint unreachable.
    return { status: 'offline' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
