import { http, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { callbackUrl } from '../../src/mocks/callbackHandlers';

/** What reached the stand-in endpoint: the idempotency key and the parsed body. */
export interface SeenRequest {
  idempotencyKey: string | null;
  body: unknown;
}

/**
 * An msw server for one test file. A request no handler answers fails the test it came from, and
 * every request to the callback endpoint is recorded in `seen` (cleared after each test).
 */
export function useMswServer() {
  const unhandled: string[] = [];
  const seen: SeenRequest[] = [];
  // Returns nothing, so msw goes on to the handler the test chose.
  const recorder = http.post(callbackUrl, async ({ request }) => {
    seen.push({
      idempotencyKey: request.headers.get('Idempotency-Key'),
      body: await request.clone().json(),
    });
  });
  const server = setupServer();
  beforeAll(() => {
    server.listen({
      onUnhandledRequest: (request, print) => {
        unhandled.push(`${request.method} ${request.url}`);
        print.error();
      },
    });
  });
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
    expect(unhandled.splice(0), 'requests no handler answered').toEqual([]);
  });
  afterAll(() => {
    server.close();
  });
  return {
    seen,
    /** Answers the callback endpoint with `handlers`, recording each request first. */
    use: (...handlers: RequestHandler[]) => server.use(recorder, ...handlers),
  };
}
