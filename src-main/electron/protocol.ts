import fs from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/content-security-policy';
import { mimeTypeFor, resolveAssetPath } from '../core/util/asset-path';
import { APP_HOST } from './security';

/**
 * Serves the built renderer for `app://boardwalk/…`. A custom protocol rather than file://
 * gives the page a real origin to check senders against and keeps it away from the filesystem.
 */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST || request.method !== 'GET') {
    return new Response('Not found', { status: 404 });
  }
  const file = resolveAssetPath(rendererDir, url.pathname);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
