import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../src-main/devweb/web-server';
import type { WebServer } from '../../src-main/devweb/web-server';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { makeTempDir, removeDir } from '../harness/temp-dir';

let core: TestCore;
let server: WebServer;
let rendererDir: string;

beforeAll(async () => {
  core = createTestCore();
  rendererDir = makeTempDir('boardwalk-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({ rendererDir, dispatch: core.dispatch });
});
afterAll(async () => {
  await server.close();
  core.dispose();
  removeDir(rendererDir);
});

/** A raw request, so the Host header can be anything (fetch would not let us forge it). */
function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(server.url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: pathname, method: options.method ?? 'GET', headers: { host: url.host, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const dispatchHeaders = { 'content-type': 'application/json', 'x-boardwalk-dispatch': '1' };

describe('the loopback web server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.boundAddress).toBe('127.0.0.1');
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('serves the page with the transport script injected before the app, under the CSP', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body.indexOf('__boardwalk/web-api.js')).toBeLessThan(page.body.indexOf('assets/app.js'));
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await request('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses other Host names (DNS rebinding), paths out of the folder, and unknown files', async () => {
    expect((await request('/', { headers: { host: 'attacker.example' } })).status).toBe(421);
    expect((await request('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await request('/nothing.js')).status).toBe(404);
  });

  it('dispatches JSON requests to the core', async () => {
    const created = await request('/__boardwalk/dispatch', {
      method: 'POST',
      headers: dispatchHeaders,
      body: JSON.stringify({ channel: 'organisation.create', input: { name: 'Leeds', odsCode: 'RR8', type: 'nhs-trust' } }),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Leeds', odsCode: 'RR8' } });
  });

  it('refuses dispatches without its header, not POSTed, or not JSON, changing nothing', async () => {
    const before = contentHash(core.db);
    const body = JSON.stringify({ channel: 'organisation.delete', input: { id: 1 } });
    expect((await request('/__boardwalk/dispatch', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(403);
    expect((await request('/__boardwalk/dispatch', { method: 'GET', headers: dispatchHeaders })).status).toBe(403);
    expect((await request('/__boardwalk/dispatch', { method: 'POST', headers: { ...dispatchHeaders, 'content-type': 'text/plain' }, body })).status).toBe(415);
    const broken = await request('/__boardwalk/dispatch', { method: 'POST', headers: dispatchHeaders, body: '{"channel":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request is not valid JSON' } });
    const unknown = await request('/__boardwalk/dispatch', { method: 'POST', headers: dispatchHeaders, body: '[1,2]' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('serves a transport script that builds a frozen window.api calling the dispatch endpoint', async () => {
    const script = (await request('/__boardwalk/web-api.js')).body;
    const posted: Array<{ url: string; body: unknown }> = [];
    const sandbox: Record<string, unknown> = {
      fetch: (url: string, init: { body: string }) => {
        posted.push({ url, body: JSON.parse(init.body) });
        return Promise.resolve({ json: () => Promise.resolve({ ok: true, value: [] }) });
      },
    };
    sandbox['window'] = sandbox;
    vm.runInNewContext(script, sandbox);
    const api = sandbox['api'] as { organisation: { list: () => Promise<unknown> } };
    expect(Object.isFrozen(api)).toBe(true);
    await expect(api.organisation.list()).resolves.toEqual({ ok: true, value: [] });
    expect(posted).toEqual([{ url: './__boardwalk/dispatch', body: { channel: 'organisation.list', input: {} } }]);
  });
});

describe('npm run dev:web', () => {
  it('starts the real core behind the loopback server from the command line', async () => {
    const dataDir = makeTempDir('boardwalk-devweb-');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src-main/devweb/cli.ts', '--port', '0', '--data', dataDir, '--renderer', rendererDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Boardwalk dev view: (\S+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`dev:web exited with ${String(code)}`)));
        setTimeout(() => reject(new Error('dev:web did not start')), 20_000);
      });
      const transport = await fetch(new URL('__boardwalk/web-api.js', url));
      const script = await transport.text();
      expect(script).toContain('"organisation.create"');
      // The source that tsx produced for buildApi must also run on its own in a page.
      expect(() => {
        vm.runInNewContext(script, { window: {}, fetch: () => undefined });
      }).not.toThrow();
      const response = await fetch(new URL('__boardwalk/dispatch', url), {
        method: 'POST',
        headers: dispatchHeaders,
        body: JSON.stringify({ channel: 'app.info', input: {} }),
      });
      expect(await response.json()).toMatchObject({ ok: true, value: { name: 'Boardwalk', version: 'dev' } });
      expect(fs.existsSync(path.join(dataDir, 'boardwalk.sqlite3'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      removeDir(dataDir);
    }
  });
});
