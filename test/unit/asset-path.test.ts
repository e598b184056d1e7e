import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAssetPath } from '../../src-main/core/util/asset-path';

const root = path.resolve('/srv/boardwalk/renderer');

describe('resolveAssetPath', () => {
  it('maps request paths to files under the root', () => {
    expect(resolveAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAssetPath(root, '/assets/./a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fetc%2fpasswd',
    '/..\\..\\windows\\win.ini',
    '/C:/Windows/win.ini',
    '/index.html%00.png',
    '/%E0%A4%A',
    'relative/path',
  ])('refuses %s', (requestPath) => {
    expect(resolveAssetPath(root, requestPath)).toBeNull();
  });

  it('names the types the renderer needs', () => {
    expect(mimeTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });
});
