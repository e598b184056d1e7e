import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { err } from '../../shared/ipc/result';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/content-security-policy';
import type { Dispatch } from '../core/ipc/dispatch';
import { mimeTypeFor, resolveAssetPath } from '../core/util/asset-path';
import { DISPATCH_HEADER, DISPATCH_PATH, TRANSPORT_SCRIPT_PATH, webTransportScript } from './web-transport-script';

export type WebServerOptions = {
  /** The production build of the renderer (out/renderer). */
  readonly rendererDir: string;
  readonly dispatch: Dispatch;
  /** 0 picks a free port. */
  readonly port?: number;
};

export type WebServer = {
  readonly url: string;
  /** The address the socket is actually bound to, as the operating system reports it. */
  readonly boundAddress: string;
  readonly close: () => Promise<void>;
};

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Serves the real renderer against the real core over loopback, for the end-to-end tests and
 * for looking at screens where no Electron binary exists. It listens on 127.0.0.1 only and
 * answers only requests whose Host is that address, so no other machine and no DNS-rebinding
 * page can reach the data behind it.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const transportScript = webTransportScript();
  let allowedHosts = new Set<string>();

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
      return;
    }
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the server listens on loopback only; nothing crosses a network
    const url = new URL(request.url ?? '/', `http://${HOST}`);
    if (url.pathname === DISPATCH_PATH) {
      await handleDispatch(request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    if (url.pathname === TRANSPORT_SCRIPT_PATH) {
      send(response, 200, 'text/javascript; charset=utf-8', transportScript);
      return;
    }
    const file = resolveAssetPath(options.rendererDir, url.pathname);
    if (!file) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    if (file.endsWith('index.html')) {
      body = Buffer.from(injectTransport(body.toString('utf8')));
    }
    send(response, 200, mimeTypeFor(file), body);
  }

  async function handleDispatch(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'POST' || request.headers[DISPATCH_HEADER] !== '1') {
      send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, err('INVALID_INPUT', 'The request must be JSON'));
      return;
    }
    let text: string;
    try {
      text = await readBody(request);
    } catch {
      sendJson(response, 413, err('INVALID_INPUT', 'The request is too large'));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      sendJson(response, 400, err('INVALID_INPUT', 'The request is not valid JSON'));
      return;
    }
    const envelope = (typeof body === 'object' && body !== null ? body : {}) as { channel?: unknown; input?: unknown };
    sendJson(response, 200, await options.dispatch(envelope.channel, envelope.input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  return {
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the server listens on loopback only; nothing crosses a network
    url: `http://${HOST}:${port}/`,
    boundAddress: address,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function injectTransport(html: string): string {
  const tag = `<script src=".${TRANSPORT_SCRIPT_PATH}"></script>\n    `;
  const at = html.indexOf('<script');
  if (at === -1) throw new Error('The built index.html has no script tag');
  return html.slice(0, at) + tag + html.slice(at);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
