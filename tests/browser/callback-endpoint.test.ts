import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallbackPayload } from '../../src/contact/callbackContract';
import type { CallbackResult } from '../../src/contact/sendCallbackRequest';
import { useBrowser } from './journey';

/*
 * What fetch really reports in Chromium when the callback endpoint is on another origin and
 * misbehaves: a CORS refusal and a redirect look nothing like they do in Node, so the client
 * (src/contact/sendCallbackRequest.ts) is run here, in a page, against real HTTP servers.
 */

const payload: CallbackPayload = {
  name: 'Kim',
  phone: '12 34 56 78',
  preferredTime: 'any',
  consent: true,
};
const corsHeaders = {
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
};

type Behaviour = (
  request: IncomingMessage,
  origin: string,
) => {
  status: number;
  headers?: Record<string, string>;
  body?: string;
};

/** One endpoint on its own origin: every request it gets is recorded, then answered as told. */
interface Endpoint {
  url: string;
  posts: string[];
  behave: (behaviour: Behaviour) => void;
  close: () => Promise<void>;
}

async function startEndpoint(): Promise<Endpoint> {
  const posts: string[] = [];
  let behaviour: Behaviour = () => ({ status: 500 });
  const server: Server = createHttpServer((request, response) => {
    if (request.method === 'POST') posts.push(request.url ?? '');
    const { status, headers = {}, body = '' } = behaviour(request, request.headers.origin ?? '');
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/callback`,
    posts,
    behave: (next) => (behaviour = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Allows the page's origin, answers the preflight, and hands POSTs to `post`. */
function withCors(post: Behaviour): Behaviour {
  return (request, origin) => {
    const allow = { 'Access-Control-Allow-Origin': origin, ...corsHeaders };
    if (request.method === 'OPTIONS') return { status: 204, headers: allow };
    const answer = post(request, origin);
    return { ...answer, headers: { ...allow, ...answer.headers } };
  };
}

const accepted: Behaviour = () => ({
  status: 201,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ reference: 'R-0001' }),
});

let vite: ViteDevServer | undefined;
let pageUrl = '';
let endpoint: Endpoint;
let elsewhere: Endpoint;

beforeAll(async () => {
  // Vite's dev server only to hand the page the client as a module; no app, no CSP in the way.
  vite = await createServer({
    configFile: false,
    logLevel: 'warn',
    server: { port: 0, host: 'localhost', strictPort: false },
  });
  await vite.listen();
  pageUrl = new URL('robots.txt', vite.resolvedUrls?.local[0] ?? '').toString();
  endpoint = await startEndpoint();
  elsewhere = await startEndpoint();
  elsewhere.behave(withCors(accepted));
});

afterAll(async () => {
  await vite?.close();
  await endpoint?.close();
  await elsewhere?.close();
});

/**
 * sendCallbackRequest as the page runs it. A string, so that Vitest leaves its `import()` alone:
 * the page imports the module from Vite's dev server.
 */
async function send(page: Page, url = endpoint.url): Promise<CallbackResult> {
  const args = JSON.stringify([url, payload]);
  return (await page.evaluate(`(async () => {
    const { sendCallbackRequest } = await import('/src/contact/sendCallbackRequest.ts');
    const [url, payload] = ${args};
    return sendCallbackRequest(url, payload, crypto.randomUUID(), { timeoutMs: 30000 });
  })()`)) as CallbackResult;
}

describe('the callback client in Chromium, against another origin', () => {
  const browser = useBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser().newContext();
    page = await context.newPage();
    await page.goto(pageUrl);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('gets the reference from an endpoint that allows the page’s origin', async () => {
    endpoint.behave(withCors(accepted));
    expect(await send(page)).toEqual({ status: 'sent', reference: 'R-0001' });
  });

  it('a CORS refusal: the service could not be reached, not "you are offline"', async () => {
    // The endpoint takes the request but does not allow the page's origin to read the answer.
    endpoint.behave(accepted);
    expect(await send(page)).toEqual({ status: 'unreachable' });
  });

  it('a redirect to another origin: not followed, and the service could not be reached', async () => {
    elsewhere.posts.length = 0;
    endpoint.behave(withCors(() => ({ status: 307, headers: { Location: elsewhere.url } })));
    expect(await send(page)).toEqual({ status: 'unreachable' });
    expect(elsewhere.posts, 'requests that reached the other origin').toEqual([]);
  });

  it('a redirect loop: the service could not be reached, after one request', async () => {
    endpoint.posts.length = 0;
    endpoint.behave(withCors(() => ({ status: 308, headers: { Location: endpoint.url } })));
    expect(await send(page)).toEqual({ status: 'unreachable' });
    expect(endpoint.posts).toHaveLength(1);
  });

  it('a 2xx without a reference in the pattern: probably arrived, no reference shown', async () => {
    endpoint.behave(
      withCors(() => ({
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reference: '<b>R 1</b>' }),
      })),
    );
    expect(await send(page)).toEqual({ status: 'noReference', httpStatus: 200 });
  });

  it('offline: says so', async () => {
    endpoint.behave(withCors(accepted));
    await context.setOffline(true);
    try {
      expect(await send(page)).toEqual({ status: 'offline' });
    } finally {
      await context.setOffline(false);
    }
  });
});
