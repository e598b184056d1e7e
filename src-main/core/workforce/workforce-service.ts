import type { Database } from 'better-sqlite3';
import { valueMappingSchema } from '../../../shared/workforce/mapping-schemas';
import { applyMapping } from '../../../shared/workforce/preview';
import type { ImportPreview } from '../../../shared/workforce/preview';
import type {
  ChosenFile,
  CommitImportInput,
  FileInspection,
  SavedProfile,
  ScanStatus,
  Snapshot,
  SnapshotWithCounts,
} from '../../../shared/workforce/snapshot';
import type { ColumnMapping } from '../../../shared/workforce/types';
import { AppError } from '../errors';
import { requireOrganisation } from '../organisations/organisation-service';
import type { ImportJobs } from './import-jobs';
import { ProfileRepository } from './profile-repository';
import { SnapshotRepository } from './snapshot-repository';

/** Names the values still to map, so the message says what to do rather than how many. */
function unmappedMessage(preview: ImportPreview): string {
  const kinds = [
    ['staff group or profession', preview.unmapped.groups],
    ['occupation', preview.unmapped.occupations],
    ['pay band or grade', preview.unmapped.levels],
  ] as const;
  const named = kinds.flatMap(([kind, values]) => values.slice(0, 3).map((v) => `"${v.value}" (${kind})`));
  if (named.length === 0) return preview.blockers.join(' ') || 'Map every value before importing.';
  return `Choose where these values go before importing: ${named.join(', ')}. Nothing was imported.`;
}

/** The FileChooser port: the desktop's open dialog, or a path a test chose. Null when cancelled. */
export type FileChooserPort = { readonly chooseWorkforceFile: () => Promise<string | null> };

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Workforce snapshots: import (through the jobs), list, read, delete; and saved mappings. */
export class WorkforceService {
  private readonly snapshots: SnapshotRepository;
  private readonly profiles: ProfileRepository;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly jobs: ImportJobs,
    private readonly chooser: FileChooserPort | undefined,
  ) {
    this.snapshots = new SnapshotRepository(db);
    this.profiles = new ProfileRepository(db);
  }

  async chooseFile(): Promise<{ file: ChosenFile | null; available: boolean }> {
    if (!this.chooser) return { file: null, available: false };
    const chosen = await this.chooser.chooseWorkforceFile();
    if (chosen === null) return { file: null, available: true };
    try {
      return { file: this.jobs.registerFile(chosen), available: true };
    } catch {
      throw new AppError('NOT_FOUND', 'Boardwalk cannot open that file. Check it still exists and you may read it.', []);
    }
  }

  inspect(fileId: string, sheet: string | undefined): Promise<FileInspection> {
    return this.jobs.inspect(fileId, sheet);
  }

  startScan(fileId: string, sheet: string | null, columns: ColumnMapping): { jobId: string } {
    return this.jobs.startScan(fileId, sheet, columns);
  }

  scanStatus(jobId: string): ScanStatus {
    return this.jobs.status(jobId);
  }

  cancelScan(jobId: string): { cancelled: boolean } {
    return this.jobs.cancel(jobId);
  }

  /**
   * The mapping is applied again here to the scan the main process holds, not to anything the
   * renderer sends, and the snapshot with every count lands in one transaction or not at all.
   */
  commitImport(input: CommitImportInput): Snapshot {
    const scan = this.jobs.completed(input.jobId);
    const preview = applyMapping(scan.result, input.values, scan.columns);
    if (!preview.canCommit) throw new AppError('INVALID_INPUT', unmappedMessage(preview), ['values']);
    const id = this.db
      .transaction(() => {
        requireOrganisation(this.db, input.organisationId, ['organisationId']);
        if (this.snapshots.findByDate(input.organisationId, input.snapshotDate) !== undefined) {
          throw new AppError(
            'CONFLICT',
            `There is already a snapshot dated ${DATE_FORMAT.format(new Date(`${input.snapshotDate}T00:00:00Z`))}. Choose another date, or delete that snapshot first.`,
            ['snapshotDate'],
          );
        }
        const stamp = this.now().toISOString();
        const snapshotId = this.snapshots.insert(
          {
            organisationId: input.organisationId,
            snapshotDate: input.snapshotDate,
            label: input.label,
            sourceName: scan.file.name.slice(0, 260),
            shape: scan.columns.shape,
            hasFte: scan.columns.fte !== null,
            rowsRead: preview.rowsRead,
            rowsMapped: preview.mapped.rows,
            rowsNonClinical: preview.nonClinical.rows,
            rowsExcluded: preview.excluded.reduce((sum, e) => sum + e.rows, 0),
            createdAt: stamp,
          },
          preview.counts,
        );
        if (input.saveProfileAs !== null) {
          // Values of earlier files that this one lacks stay in the profile for the next file.
          const earlier = this.profiles.findByName(input.saveProfileAs)?.values;
          const merged = earlier
            ? {
                groups: { ...earlier.groups, ...input.values.groups },
                occupations: { ...earlier.occupations, ...input.values.occupations },
                levels: { ...earlier.levels, ...input.values.levels },
              }
            : input.values;
          // Past the size a profile may have, the earlier values give way to this file's, so the
          // saved profile never becomes one that can no longer be read.
          const values = valueMappingSchema.safeParse(merged).success ? merged : input.values;
          this.profiles.save(input.saveProfileAs, scan.columns, values, stamp);
        }
        return snapshotId;
      })
      .immediate();
    this.jobs.release(input.jobId);
    return this.requireSnapshot(id, ['jobId']);
  }

  listSnapshots(organisationId: number): Snapshot[] {
    requireOrganisation(this.db, organisationId, ['organisationId']);
    return this.snapshots.list(organisationId);
  }

  getSnapshot(id: number): SnapshotWithCounts {
    const snapshot = this.requireSnapshot(id, ['id']);
    return { snapshot, counts: this.snapshots.counts(id) };
  }

  deleteSnapshot(id: number): { id: number } {
    this.db.transaction(() => {
      this.requireSnapshot(id, ['id']);
      this.snapshots.delete(id);
    })();
    return { id };
  }

  listProfiles(): SavedProfile[] {
    return this.profiles.list();
  }

  deleteProfile(id: number): { id: number } {
    this.db.transaction(() => {
      if (!this.profiles.get(id)) {
        throw new AppError('NOT_FOUND', `There is no saved mapping with id ${id}. It may have been deleted.`, ['id']);
      }
      this.profiles.delete(id);
    })();
    return { id };
  }

  private requireSnapshot(id: number, path: readonly (string | number)[]): Snapshot {
    const snapshot = this.snapshots.get(id);
    if (!snapshot) throw new AppError('NOT_FOUND', `There is no workforce snapshot with id ${id}. It may have been deleted.`, path);
    return snapshot;
  }
}
