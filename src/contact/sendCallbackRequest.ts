import {
  CALLBACK_TIMEOUT_MS,
  IDEMPOTENCY_KEY_HEADER,
  REFERENCE_PATTERN,
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
  /** No connection: the browser is offline (before sending, or when the request failed). */
  | { status: 'offline' }
  /**
   * Online, yet no usable answer came: the endpoint could not be reached, refused the page's
   * origin (CORS), or answered with a redirect (another origin, a loop). Not the person's connection.
   */
  | { status: 'unreachable' }
  /** A 2xx without a reference in the contract's pattern: it probably arrived, but we cannot say so. */
  | { status: 'noReference'; httpStatus: number }
  /** No answer within the time allowed; the request may or may not have arrived. */
  | { status: 'timeout' }
  /** A 4xx: the endpoint turned it down, naming the fields it could not use, if any. */
  | { status: 'rejected'; httpStatus: number; fieldErrors: FieldErrors }
  /** A 5xx, or a busy or conflicting answer: try again later. */
  | { status: 'failed'; httpStatus: number }
  /** The caller gave up (the form went away): nothing to tell anyone. */
  | { status: 'cancelled' };

export interface SendOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** 4xx answers that say "not now" rather than "not this": resending later may well work. */
const TRANSIENT_CLIENT_ERRORS = new Set([408, 409, 425, 429]);

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

/** Only a reference in the contract's pattern is shown; anything else is no reference. */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && REFERENCE_PATTERN.test(value);
}

/**
 * A redirect is never followed (`redirect: 'manual'`): a browser hands it over as an opaque
 * response with status 0, other runtimes as the 3xx itself. Either way the endpoint was not reached.
 */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

async function outcome(response: Response): Promise<CallbackResult> {
  if (isRedirect(response)) return { status: 'unreachable' };
  const httpStatus = response.status;
  if (response.ok) {
    const reference = ((await jsonBody(response)) as { reference?: unknown } | undefined)
      ?.reference;
    return isReference(reference)
      ? { status: 'sent', reference }
      : { status: 'noReference', httpStatus };
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
      // The endpoint answers itself (docs/contact-api.md): a redirect could turn the POST into a GET,
      // or send what the person wrote somewhere else.
      redirect: 'manual',
      signal: controller.signal,
    });
    // The time allowed covers the whole answer, body included.
    return await outcome(response);
  } catch {
    if (timedOut) return { status: 'timeout' };
    if (signal?.aborted) return { status: 'cancelled' };
    // fetch rejects when no answer it may read came: no connection, the endpoint unreachable, or
    // a CORS refusal (which a page cannot tell apart). Only the first is the person's to fix.
    return browserIsOffline() ? { status: 'offline' } : { status: 'unreachable' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
