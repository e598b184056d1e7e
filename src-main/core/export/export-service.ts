import path from 'node:path';
import { actionsCsvRows } from '../../../shared/export/actions-csv';
import { ceilingCsvRows } from '../../../shared/export/ceiling-csv';
import { toCsv } from '../../../shared/export/csv';
import type { CeilingCsvInput, ExportKind, ExportResult } from '../../../shared/export/export';
import type { ExportReportInput } from '../../../shared/report/report-inputs';
import { reportPrintPath } from '../../../shared/report/report-route';
import { priorityOrder } from '../../../shared/report/build-report';
import type { ReportService } from '../report/report-service';
import { buildAnalysis } from '../../../shared/workforce/metrics';
import { AppError } from '../errors';
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

/**
 * The PdfPrinter port: prints a route of the renderer (a hash path such as
 * `/workshops/3/report/print/official`) to PDF bytes. Electron prints it in a hidden window with
 * `webContents.printToPDF`; the tests print it with Playwright's `page.pdf()`, the same engine.
 */
export type PdfPrinterPort = {
  readonly printRoute: (routePath: string) => Promise<Uint8Array>;
};

const PDF_MAGIC = '%PDF-';

/** Exports to files the user chooses. Reads stored data, changes none of it. */
export class ExportService {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly workforce: WorkforceService,
    private readonly chooser: SaveFileChooserPort | undefined,
    private readonly printer: PdfPrinterPort | undefined,
    private readonly report: ReportService,
  ) {}

  /**
   * The priorities report as PDF: the user picks where first, then the report route is printed
   * and the bytes are checked to be a PDF before anything is written.
   */
  async reportPdf(input: ExportReportInput): Promise<ExportResult> {
    const workshop = this.workshops.require(input.workshopId, ['workshopId']);
    if (!this.chooser || !this.printer) return { saved: false, fileName: null, available: false };
    const printer = this.printer;
    return this.save(`priorities-report-${workshop.date}.pdf`, 'pdf', async () => {
      let bytes: Uint8Array;
      try {
        bytes = await printer.printRoute(reportPrintPath(input.workshopId, input.marking, { measure: input.measure, threshold: input.threshold }));
      } catch (error) {
        const reason = error instanceof Error ? ` (${error.message})` : '';
        throw new AppError('CONFLICT', `Boardwalk could not make the report${reason}. Nothing was saved; try again.`, []);
      }
      if (Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString('latin1') !== PDF_MAGIC) {
        throw new AppError('CONFLICT', 'Boardwalk could not make the report: the printer did not return a PDF. Nothing was saved.', []);
      }
      return bytes;
    });
  }

  async actionsCsv(workshopId: number): Promise<ExportResult> {
    // One read of the workshop, its priorities and the snapshot of its day; throws NOT_FOUND
    // (path workshopId) before any dialog opens.
    const inputs = this.report.orderInputs(workshopId);
    // Numbered as the priorities screen and the report number them.
    const { order } = priorityOrder(inputs);
    const csv = toCsv(actionsCsvRows(inputs.priorities, order));
    return this.save(`actions-${inputs.session.workshop.date}.csv`, 'csv', () => Promise.resolve(csv));
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
    return this.save(`ceiling-table-${snapshot.snapshotDate}.csv`, 'csv', () => Promise.resolve(csv));
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

  /** `content` is made only once the user has chosen where: a report is not printed for nothing. */
  private async save(suggestedName: string, kind: ExportKind, content: () => Promise<string | Uint8Array>): Promise<ExportResult> {
    if (!this.chooser) return { saved: false, fileName: null, available: false };
    const chosen = await this.chooser.chooseSavePath(suggestedName, kind);
    if (chosen === null) return { saved: false, fileName: null, available: true };
    const fileName = path.basename(chosen);
    const bytes = await content();
    try {
      writeFileAtomic(chosen, bytes);
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
