import type { BrowserWindow } from 'electron';
import { dialog, shell } from 'electron';
import { externalLinkDecision } from '../../shared/security/external-links';
import type { OpenableLink } from '../core/links/external-links';
import { confirmLinkDialogOptions } from './link-dialog';

/**
 * The ExternalLinks port on the desktop. The decision is taken again from the address itself,
 * so nothing but an allow-listed or confirmed https address ever reaches shell.openExternal.
 */
export async function openLinkInBrowser(link: OpenableLink, parent: BrowserWindow | null): Promise<boolean> {
  const decision = externalLinkDecision(link.url);
  if (decision.kind === 'refuse' || decision.url !== link.url) return false;
  if (decision.kind === 'confirm') {
    const options = confirmLinkDialogOptions(decision);
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
  }
  // Only an address the allow-list passed, or the user confirmed by host, parsed afresh (see
  // docs/SECURITY.md, recommendation 15).
  await shell.openExternal(decision.url, { activate: true }); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
