/**
 * Serve dist/ the way a host would: Debian's nginx with deploy/nginx.conf, or Cloudflare Pages' own
 * rules (dist/_headers, dist/_redirects) through `wrangler pages dev`, offline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST } from './dist';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);

export interface Host {
  origin: string;
  stop(): void;
}

async function waitFor(origin: string, seconds: number, log: () => string): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await fetch(`${origin}/ru/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the host did not start on ${origin}:\n${log()}`);
}

export async function startNginx(port: number): Promise<Host> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const site = readFileSync(resolve('deploy/nginx.conf'), 'utf8')
    .replaceAll('__ROOT__', DIST)
    .replaceAll('__PORT__', `127.0.0.1:${port}`);
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const child = spawn(NGINX!, ['-c', join(prefix, 'nginx.conf'), '-p', prefix], { stdio: 'inherit' });
  const stop = () => {
    child.kill();
    rmSync(prefix, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(origin, 5, () => readFileSync(join(prefix, 'logs/error.log'), 'utf8'));
  } catch (e) {
    stop();
    throw e;
  }
  return { origin, stop };
}

/**
 * wrangler runs workerd locally; it tries to reach Cloudflare for its metrics, update check and the
 * request.cf object, logs the DNS failure and goes on. A throw-away HOME keeps it from reading or
 * writing any account state; its .wrangler/ state goes to a temporary folder too.
 */
export async function startWrangler(port: number): Promise<Host> {
  const home = mkdtempSync(join(tmpdir(), 'wrangler-'));
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      resolve('node_modules/wrangler/bin/wrangler.js'),
      'pages',
      'dev',
      DIST,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--compatibility-date',
      '2026-11-17',
      '--persist-to',
      join(home, 'state'),
      '--log-level',
      'error',
    ],
    {
      cwd: home,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        WRANGLER_SEND_METRICS: 'false',
        CI: 'true',
        NO_UPDATE_NOTIFIER: '1',
      },
    },
  );
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const stop = () => {
    child.kill();
    rmSync(home, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(origin, 60, () => log);
  } catch (e) {
    stop();
    throw e;
  }
  return { origin, stop };
}
