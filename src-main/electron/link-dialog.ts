import type { MessageBoxOptions } from 'electron';
import type { OpenableLink } from '../core/links/external-links';

/** The question asked before opening a host that is not on the allow-list; Cancel is the default. */
export function confirmLinkDialogOptions(link: OpenableLink): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open a web page',
    message: `Open ${link.host} in your web browser?`,
    detail: `This website is not one Boardwalk knows (the NHS and the publishers of its source documents). Open it only if you trust it.\n\n${link.url}`,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}
