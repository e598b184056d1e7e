import { z } from 'zod';
import { boardMemberSchema } from '../board/board-member';
import { ceilingThresholdSchema, measureSchema } from '../export/export';
import { organisationSchema } from '../organisations/organisation';
import { prioritiesSchema, progressSchema } from '../priorities/priorities';
import { resourceSchema } from '../resources/resource';
import { DEFAULT_CEILING_THRESHOLD } from '../workforce/metrics';
import { snapshotWithCountsSchema } from '../workforce/snapshot';
import type { Measure } from '../workforce/types';
import { workshopSessionSchema } from '../workshops/session';
import { workshopIdSchema } from '../workshops/workshop';

/** The protective marking printed at the top and bottom of every page (Government Security Classifications). */
export const REPORT_MARKINGS = ['none', 'official', 'official-sensitive'] as const;
export type ReportMarking = (typeof REPORT_MARKINGS)[number];

/** The words on the page; none prints nothing. */
export const MARKING_TEXT: Readonly<Record<ReportMarking, string>> = {
  none: '',
  official: 'OFFICIAL',
  'official-sensitive': 'OFFICIAL-SENSITIVE',
};

export const MARKING_LABELS: Readonly<Record<ReportMarking, string>> = {
  none: 'No marking',
  official: 'OFFICIAL',
  'official-sensitive': 'OFFICIAL-SENSITIVE',
};

export const reportMarkingSchema = z.enum(REPORT_MARKINGS, { error: 'Choose a protective marking: none, OFFICIAL or OFFICIAL-SENSITIVE' });

/** How many of the newest workforce snapshots the report draws on (the newest for ceilings; the rest for change). */
export const REPORT_SNAPSHOTS = 3;

export const reportInputsRequestSchema = z.strictObject({ workshopId: workshopIdSchema });

/**
 * Everything the report is made from, read in one go so the pages agree with each other. The
 * report's words and figures are worked out from these by `buildReport` (pure, in shared/), so
 * the same stored data always gives the same report.
 */
export const reportInputsSchema = z.strictObject({
  organisation: organisationSchema,
  board: z.array(boardMemberSchema),
  session: workshopSessionSchema,
  priorities: prioritiesSchema,
  progress: progressSchema,
  /** The newest snapshots first, at most REPORT_SNAPSHOTS. */
  snapshots: z.array(snapshotWithCountsSchema).max(REPORT_SNAPSHOTS),
  /** The whole library: the report picks what serves the agreed priorities. */
  resources: z.array(resourceSchema),
});
export type ReportInputs = z.output<typeof reportInputsSchema>;

/**
 * How the report analyses the workforce: the measure and ceiling threshold chosen on the
 * report's options page (those of the workforce screen by default). FTE falls back to headcount
 * where a snapshot has no FTE, and the report says so.
 */
export type ReportAnalysis = { readonly measure: Measure; readonly threshold: number };
export const DEFAULT_REPORT_ANALYSIS: ReportAnalysis = { measure: 'headcount', threshold: DEFAULT_CEILING_THRESHOLD };

/** Headcount at the usual threshold: the basis the report need not mention, and the priorities screen's. */
export function isUsualAnalysis(analysis: ReportAnalysis): boolean {
  return analysis.measure === DEFAULT_REPORT_ANALYSIS.measure && analysis.threshold === DEFAULT_REPORT_ANALYSIS.threshold;
}

export const exportReportInputSchema = z.strictObject({
  workshopId: workshopIdSchema,
  marking: reportMarkingSchema,
  measure: measureSchema,
  threshold: ceilingThresholdSchema,
});
export type ExportReportInput = z.output<typeof exportReportInputSchema>;
