import type { Browser } from '@playwright/test';
import { REPORT_ERROR_ATTRIBUTE, REPORT_READY_ATTRIBUTE } from '../../shared/report/report-route';
import type { PdfPrinterPort } from '../../src-main/core/export/export-service';

/** How long a report may take to be ready before the print fails (the benchmark's whole report takes about a second). */
const READY_TIMEOUT_MS = 30_000;

/**
 * The PdfPrinter port for tests and the benchmark: Playwright's `page.pdf()`, Chromium's own
 * print engine, as Electron's `printToPDF` is. It prints the route from the app at `baseUrl()`
 * in a context of its own, waiting for the page to say the report is ready.
 */
export function playwrightPdfPrinter(browser: Browser, baseUrl: () => string): PdfPrinterPort {
  return {
    printRoute: async (routePath) => {
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
      try {
        const page = await context.newPage();
        await page.goto(`${baseUrl()}#${routePath}`);
        const html = page.locator(`html[${REPORT_READY_ATTRIBUTE}]`);
        await html.waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
        if ((await html.getAttribute(REPORT_READY_ATTRIBUTE)) !== 'ready') {
          throw new Error((await html.getAttribute(REPORT_ERROR_ATTRIBUTE)) ?? 'the report page failed');
        }
        // Page size, margins, running heads and page numbers all come from the page's own @page rules.
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
  };
}
