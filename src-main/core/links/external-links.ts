import { externalLinkDecision } from '../../../shared/security/external-links';
import type { ExternalLinkDecision } from '../../../shared/security/external-links';

/** A link the allow-list lets out: opened at once ('open') or after the user agrees ('confirm'). */
export type OpenableLink = Exclude<ExternalLinkDecision, { kind: 'refuse' }>;

/**
 * The ExternalLinks port: the desktop hands the link to the system browser (asking first when
 * it must) and says whether it did. Absent where there is no browser to hand it to.
 */
export type ExternalLinkPort = { readonly open: (link: OpenableLink) => Promise<boolean> };

export type ExternalLinkOutcome = {
  readonly outcome: 'opened' | 'declined' | 'refused' | 'unavailable';
  readonly message: string;
};

/** app.openExternal: the decision is made here, in the main process, whatever the renderer thought. */
export async function openExternalLink(address: string, port: ExternalLinkPort | undefined): Promise<ExternalLinkOutcome> {
  const decision = externalLinkDecision(address);
  if (decision.kind === 'refuse') return { outcome: 'refused', message: `Not opened. ${decision.reason}` };
  if (!port) {
    return {
      outcome: 'unavailable',
      message: `This view cannot open web pages. Copy the address into your web browser: ${decision.url}`,
    };
  }
  const opened = await port.open(decision);
  return opened
    ? { outcome: 'opened', message: `Opened ${decision.host} in your web browser.` }
    : { outcome: 'declined', message: `Not opened: you chose not to open ${decision.host}.` };
}
