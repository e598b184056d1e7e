import type { ExportResult } from '../../../shared/export/export';
import type { Result } from '../../../shared/ipc/result';
import type { Measure } from '../../../shared/workforce/types';
import { api } from '../../api/client';

/** The workshop's actions as CSV, saved where the user chooses. */
export function exportActionsCsv(workshopId: number): Promise<Result<ExportResult>> {
  return api.export.actionsCsv({ workshopId });
}

/** The ceiling table of a snapshot as CSV, with the screen's measure and threshold. */
export function exportCeilingCsv(snapshotId: number, measure: Measure, threshold: number): Promise<Result<ExportResult>> {
  return api.export.ceilingCsv({ snapshotId, measure, threshold });
}
