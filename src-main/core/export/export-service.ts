import path from 'node:path';
import { actionsCsvRows, exportOrder } from '../../../shared/export/actions-csv';
import { ceilingCsvRows } from '../../../shared/export/ceiling-csv';
import { toCsv } from '../../../shared/export/csv';
import type { CeilingCsvInput, ExportKind, ExportResult } from '../../../shared/export/export';
import { buildAnalysis } from '../../../shared/workforce/metrics';
import { AppError } from '../errors';
import type { PrioritiesService } from '../priorities/priorities-service';
import type { WorkforceService } from '../workforce/workforce-service';
import type { WorkshopService } from '../workshops/workshop-service';
import { writeFileAtomic } from './atomic-write';

/**
 * The SaveFileChooser port: the desktop's save dialog, or a path a test chose. `suggestedName`
 * is the file name the dialog offers; null when the user cancels.
 */
export type SaveFileChooserPort = {
  readonly chooseSavePath: (suggestedName: string, kind: ExportKind) => Promise<string | null>;
};

/** Exports to files the user chooses. Reads stored data, changes none of it. */
export class ExportService {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly priorities: PrioritiesService,
    private readonly workforce: WorkforceService,
    private readonly chooser: SaveFileChooserPort | undefined,
  ) {}

  async actionsCsv(workshopId: number): Promise<ExportResult> {
    // Throws NOT_FOUND (path workshopId) before any dialog opens.
    const priorities = this.priorities.get(workshopId);
    const workshop = this.workshops.get(workshopId);
    const csv = toCsv(actionsCsvRows(priorities, exportOrder(priorities.order)));
    return this.save(`actions-${workshop.date}.csv`, 'csv', csv);
  }

  async ceilingCsv(input: CeilingCsvInput): Promise<ExportResult> {
    const { snapshot, counts } = this.snapshotFor(input.snapshotId);
    if (input.measure === 'fte' && !snapshot.hasFte) {
      throw new AppError('INVALID_INPUT', 'This snapshot has no FTE: export it by headcount.', ['measure']);
    }
    let csv: string;
    try {
      csv = toCsv(ceilingCsvRows(buildAnalysis(counts, { measure: input.measure, threshold: input.threshold })));
    } catch (error) {
      if (error instanceof RangeError) throw new AppError('INVALID_INPUT', error.message, []);
      throw error;
    }
    return this.save(`ceiling-table-${snapshot.snapshotDate}.csv`, 'csv', csv);
  }

  private snapshotFor(id: number): ReturnType<WorkforceService['getSnapshot']> {
    try {
      return this.workforce.getSnapshot(id);
    } catch (error) {
      // The same refusal, about this channel's field.
      if (error instanceof AppError) throw new AppError(error.code, error.message, ['snapshotId']);
      throw error;
    }
  }

  private async save(suggestedName: string, kind: ExportKind, content: string): Promise<ExportResult> {
    if (!this.chooser) return { saved: false, fileName: null, available: false };
    const chosen = await this.chooser.chooseSavePath(suggestedName, kind);
    if (chosen === null) return { saved: false, fileName: null, available: true };
    const fileName = path.basename(chosen);
    try {
      writeFileAtomic(chosen, content);
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
      throw new AppError(
        'CONFLICT',
        `Boardwalk could not save ${fileName}${reason}. Check the folder still exists and you may save files there, then try again.`,
        [],
      );
    }
    return { saved: true, fileName, available: true };
  }
}
