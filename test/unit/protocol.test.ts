import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/content-security-policy';
import { serveAppRequest } from '../../src-main/electron/protocol';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/**
 * The app:// protocol handler itself (not only the path resolution it uses), with real files:
 * a renderer folder, and a secret beside it that no request may reach.
 */
let root = '';
let rendererDir = '';

beforeAll(() => {
  root = makeTempDir('boardwalk-protocol-');
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Boardwalk</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(root, 'renderer-other.txt'), 'SECRET');
});

afterAll(() => removeDir(root));

const get = (url: string, method = 'GET') => serveAppRequest(rendererDir, new Request(url, { method }));

describe('serveAppRequest (the app:// protocol)', () => {
  it('serves the renderer’s files with their type, the Content-Security-Policy and nosniff', async () => {
    const page = await get('app://boardwalk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Boardwalk</title>');
    const script = await get('app://boardwalk/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://boardwalk/')).status).toBe(200);
  });

  it.each([
    'app://boardwalk/../secret.txt',
    'app://boardwalk/%2e%2e/secret.txt',
    'app://boardwalk/%2E%2E/secret.txt',
    'app://boardwalk/assets/..%2f..%2fsecret.txt',
    'app://boardwalk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://boardwalk/..%5csecret.txt',
    'app://boardwalk/assets%5c..%5c..%5csecret.txt',
    'app://boardwalk/%2fsecret.txt',
    `app://boardwalk/${encodeURIComponent(path.join(root, 'secret.txt'))}`,
    `app://boardwalk//${path.join(root, 'secret.txt').replace(/^\//, '')}`,
    'app://boardwalk/C:/Windows/win.ini',
    'app://boardwalk/C%3A%5CWindows%5Cwin.ini',
    'app://boardwalk/..%00/secret.txt',
    'app://boardwalk/index.html%00.js',
    'app://boardwalk/%E0%A4%A',
    'app://boardwalk/../renderer-other.txt',
    'app://boardwalk/assets/missing.js',
    'app://boardwalk/assets',
  ])('answers 404 and reveals nothing for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('serves only GET, and only our host', async () => {
    expect((await get('app://boardwalk/index.html', 'POST')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://boardwalk.evil/index.html')).status).toBe(404);
  });
});
