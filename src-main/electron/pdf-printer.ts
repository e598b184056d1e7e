import { BrowserWindow } from 'electron';
import type { PdfPrinterPort } from '../core/export/export-service';
import { createHardenedWindow } from './security';
import { buildPrintWindowOptions, PRINT_TO_PDF_OPTIONS, printUrl, READ_REPORT_STATE_SCRIPT, waitForReport } from './print-window';
import type { ReportState } from './print-window';

const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

/**
 * The PdfPrinter port in the desktop app: the report route in a hidden window, printed by
 * Chromium with `webContents.printToPDF` (the engine the tests drive through Playwright). One
 * window per report, destroyed afterwards whatever happens.
 */
export function createPdfPrinter(preloadPath: string): PdfPrinterPort {
  return {
    printRoute: async (routePath) => {
      const window = createHardenedWindow(BrowserWindow, buildPrintWindowOptions(preloadPath));
      try {
        await window.loadURL(printUrl(routePath));
        await waitForReport(() => window.webContents.executeJavaScript(READ_REPORT_STATE_SCRIPT) as Promise<ReportState>, {
          timeoutMs: READY_TIMEOUT_MS,
          intervalMs: POLL_MS,
        });
        const pdf = await window.webContents.printToPDF(PRINT_TO_PDF_OPTIONS);
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
