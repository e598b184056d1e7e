import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { REPORT_ERROR_ATTRIBUTE, REPORT_READY_ATTRIBUTE } from '../../shared/report/report-route';
import { APP_ENTRY_URL, buildMainWindowOptions } from './security';

/**
 * The hidden window the report is printed from: the main window's locked-down web preferences
 * (sandbox, context isolation, no Node), never shown, and never throttled while hidden, so the
 * charts draw and the ready flag is set even though nobody sees it.
 */
export function buildPrintWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  const base = buildMainWindowOptions(preloadPath, { devTools: false });
  return {
    ...base,
    title: 'Boardwalk – report',
    show: false,
    width: 900,
    height: 1200,
    backgroundColor: '#ffffff',
    webPreferences: { ...base.webPreferences, backgroundThrottling: false },
  };
}

export function printUrl(routePath: string): string {
  if (!routePath.startsWith('/')) throw new Error('A print route is a path of the app, starting with /');
  return `${APP_ENTRY_URL}#${routePath}`;
}

/**
 * Page size, margins, running heads and page numbers come from the report's own @page rules, as
 * they do for Playwright's page.pdf() in the tests; the PDF is tagged and has an outline.
 */
export const PRINT_TO_PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  displayHeaderFooter: false,
};

/** Read in the page (a fixed script: no data of ours is ever put into it). */
export const READ_REPORT_STATE_SCRIPT = `[document.documentElement.getAttribute(${JSON.stringify(REPORT_READY_ATTRIBUTE)}), document.documentElement.getAttribute(${JSON.stringify(REPORT_ERROR_ATTRIBUTE)})]`;

export type ReportState = readonly [state: unknown, error: unknown];

/**
 * Waits for the report page to say it is ready: resolves then, rejects with the page's own
 * message if it says it failed, or with a timeout. `read` asks the page; `sleep` waits.
 */
export async function waitForReport(
  read: () => Promise<ReportState>,
  options: { readonly timeoutMs: number; readonly intervalMs: number; readonly sleep?: (ms: number) => Promise<void>; readonly now?: () => number },
): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const started = now();
  for (;;) {
    const [state, error] = await read();
    if (state === 'ready') return;
    if (state === 'error') throw new Error(typeof error === 'string' && error !== '' ? error : 'the report page failed');
    if (now() - started >= options.timeoutMs) throw new Error('the report took too long to prepare');
    await sleep(options.intervalMs);
  }
}
