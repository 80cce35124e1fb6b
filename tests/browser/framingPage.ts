import { createServer, type Server } from 'node:http';

export interface FramingSite {
  /** A page on another site (`localhost`, not the app's 127.0.0.1) that shows `app` in a frame. */
  pageFraming(app: string, options?: { sandbox?: string }): string;
  close(): Promise<void>;
}

/** Another site, sending no headers of its own, that puts the app in an iframe. */
export async function startFramingSite(): Promise<FramingSite> {
  const server: Server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const src = query.get('src') ?? '';
    const sandbox = query.get('sandbox');
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html>
<html lang="en"><head><title>Another site</title></head>
<body><h1>Another site</h1>
<iframe title="The framed app" src="${escape(src)}" width="1200" height="800"${
      sandbox === null ? '' : ` sandbox="${escape(sandbox)}"`
    }></iframe>
</body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The framing site has no port');
  return {
    pageFraming(app, { sandbox } = {}) {
      const url = new URL(`http://localhost:${address.port}/`);
      url.searchParams.set('src', app);
      if (sandbox !== undefined) url.searchParams.set('sandbox', sandbox);
      return url.toString();
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
