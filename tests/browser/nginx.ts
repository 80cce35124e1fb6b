import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx, installed by scripts/ensure-nginx.sh when missing. */
const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface Nginx {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  stop(): Promise<void>;
}

/** A port no one listens on now; nginx binds it a moment later. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * deploy/nginx.conf as it ships, with only its listeners and its root changed: one listener on a
 * free port on 127.0.0.1 (no root needed) and the built dist/ as the root.
 */
export function siteForTest(site: string, port: number, root: string): string {
  const listeners = /^[ \t]*listen [^\n]*;\n/gm;
  const rootLine = /^([ \t]*)root [^\n]*;$/m;
  if ((site.match(listeners) ?? []).length === 0 || !rootLine.test(site)) {
    throw new Error('deploy/nginx.conf has no listen or no root line to replace');
  }
  let first = true;
  return site
    .replace(listeners, (line) => {
      if (!first) return '';
      first = false;
      return line.replace(/listen [^;]*;/, `listen 127.0.0.1:${port};`);
    })
    .replace(rootLine, `$1root ${root};`);
}

/** The main configuration Debian's /etc/nginx/nginx.conf would be, in a private prefix. */
function mainConfig(prefix: string, site: string): string {
  return `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${site}
}
`;
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string) {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`nginx stopped (exit ${child.exitCode}):\n${output()}`);
    }
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

/** Starts nginx as a child process serving `root` with deploy/nginx.conf; `stop` ends it. */
export async function startNginx(root = resolve('dist')): Promise<Nginx> {
  const prefix = await mkdtemp(join(tmpdir(), 'rusmiddeltjek-nginx-'));
  const port = await freePort();
  const site = siteForTest(await readFile(resolve('deploy/nginx.conf'), 'utf8'), port, root);
  const config = join(prefix, 'nginx.conf');
  await writeFile(config, mainConfig(prefix, site));
  const child = spawn(nginxPath, ['-p', prefix, '-c', config, '-e', 'stderr'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilServing(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
