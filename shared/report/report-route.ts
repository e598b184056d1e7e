import { thresholdSegment } from '../workforce/threshold';
import type { ReportAnalysis, ReportMarking } from './report-inputs';

/**
 * The renderer route the PdfPrinter prints: the report alone, styled for A4, with the marking,
 * measure and ceiling threshold in the path (the app routes by hash path and has no query
 * strings). The main process builds it and the renderer's router parses it;
 * test/unit/routes.test.ts checks the two agree.
 */
export function reportPrintPath(workshopId: number, marking: ReportMarking, analysis: ReportAnalysis): string {
  return `/workshops/${workshopId}/report/print/${marking}/${analysis.measure}/${thresholdSegment(analysis.threshold)}`;
}

/**
 * Set on <html> by the print route once every figure is drawn and the fonts are loaded: the
 * printer waits for it rather than for a guessed delay. On failure it carries "error" and the
 * message is in REPORT_ERROR_ATTRIBUTE.
 */
export const REPORT_READY_ATTRIBUTE = 'data-report-state';
export const REPORT_ERROR_ATTRIBUTE = 'data-report-error';
