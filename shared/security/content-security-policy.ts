/**
 * One policy for every way the renderer is served: the Electron protocol handler sends it as a
 * header, the built index.html carries it as a meta tag, and the dev view and test server send
 * it too, so the tests run under exactly the policy users get. No remote origin appears in it.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'worker-src': "'self'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');

/** Sent only as a header: browsers ignore frame-ancestors in a meta tag. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
