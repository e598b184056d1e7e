/**
 * Which web addresses Boardwalk may hand to the system browser (the resource library's links),
 * decided in one pure function that the main process applies before `shell.openExternal`.
 *
 * The rule: https only, to a named host (no IP address, no port, no user name or password in
 * the address). Hosts of the NHS and of the publishers of the source documents open straight
 * away; any other https host opens only after the user confirms, in a dialog of the main
 * process naming the host (users add their own resources, and a link to their own trust's
 * website should work; a link they did not expect should not open silently). Anything else —
 * http, file:, javascript:, custom schemes that would start another program — is refused.
 */

/** Hosts (and their subdomains) that open without asking. */
export const TRUSTED_LINK_DOMAINS: readonly string[] = [
  // NHS England, NHS Improvement, Health Education England, the NHS Leadership Academy, trusts.
  'nhs.uk',
  // The National Institute for Health and Care Research (two of the source documents).
  'nihr.ac.uk',
  // Government guidance (the Department of Health and Social Care, NHS Improvement's publications).
  'gov.uk',
  // The University of Cambridge (Leadership in Action).
  'cam.ac.uk',
];

export const EXTERNAL_URL_MAX = 2048;

/**
 * The WHATWG URL parser, present in Node, Electron and every browser; shared/ compiles without
 * DOM or Node types, so only the parts used here are declared. The decision is made on the parsed
 * URL and the address opened is its `href`, so what is checked is exactly what is opened.
 */
declare const URL: new (input: string) => {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly port: string;
};
type URL = InstanceType<typeof URL>;

export type ExternalLinkDecision =
  | { readonly kind: 'open'; readonly url: string; readonly host: string }
  | { readonly kind: 'confirm'; readonly url: string; readonly host: string }
  | { readonly kind: 'refuse'; readonly reason: string };

export function isTrustedLinkHost(host: string): boolean {
  return TRUSTED_LINK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** A DNS name of at least two labels: letters, digits and hyphens (IDNs arrive as punycode). */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function externalLinkDecision(address: string): ExternalLinkDecision {
  if (address.length > EXTERNAL_URL_MAX) return { kind: 'refuse', reason: 'The web address is too long to open.' };
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { kind: 'refuse', reason: 'This is not a web address.' };
  }
  if (url.protocol === 'http:') {
    return { kind: 'refuse', reason: 'Boardwalk opens only secure web addresses (starting https://). Change the address to https:// if the site has one.' };
  }
  if (url.protocol !== 'https:') return { kind: 'refuse', reason: 'Boardwalk opens only web pages (addresses starting https://).' };
  if (url.username !== '' || url.password !== '') {
    return { kind: 'refuse', reason: 'The web address contains a user name or password, so Boardwalk will not open it.' };
  }
  if (url.port !== '') return { kind: 'refuse', reason: 'The web address names a port, so Boardwalk will not open it.' };
  const host = url.hostname;
  if (!HOST_NAME.test(host)) {
    return { kind: 'refuse', reason: 'The web address does not name a website by its name, so Boardwalk will not open it.' };
  }
  return { kind: isTrustedLinkHost(host) ? 'open' : 'confirm', url: url.href, host };
}
