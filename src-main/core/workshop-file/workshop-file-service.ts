import crypto from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ExportResult } from '../../../shared/export/export';
import type { Organisation } from '../../../shared/organisations/organisation';
import type {
  ImportWorkshopFileInput,
  ImportWorkshopFileOutput,
  OrganisationMatch,
  WorkshopFileInspection,
  WorkshopFileSummary,
} from '../../../shared/workshop-file/channels';
import { workshopFileSchema } from '../../../shared/workshop-file/format';
import type { WorkshopFile } from '../../../shared/workshop-file/format';
import { countWorkshopFile, importedName, workshopFileName } from '../../../shared/workshop-file/summary';
import { crossCheck, describeIssues } from '../../../shared/workshop-file/validate';
import { backupDatabase } from '../db/backup';
import { AppError } from '../errors';
import { writeFileAtomic } from '../export/atomic-write';
import type { SaveFileChooserPort } from '../export/export-service';
import { OrganisationRepository } from '../organisations/organisation-repository';
import { requireOrganisation } from '../organisations/organisation-service';
import { readWorkshopFile, UnreadableFileError } from './read-file';
import { readOrganisation } from './read-organisation';
import { writeOrganisation } from './write-organisation';

/** The open dialog for a workshop file: the desktop's, or a path a test chose. Null when cancelled. */
export type WorkshopFileChooserPort = { readonly chooseWorkshopFile: () => Promise<string | null> };

type ChosenWorkshopFile = { readonly path: string; readonly name: string; readonly sha256: string };

/** Files chosen but not yet imported; the oldest are forgotten first. */
const MAX_OPEN_FILES = 20;

const CANNOT_READ = 'Boardwalk cannot open that file. Check it still exists and you may read it, then choose it again.';

/**
 * Export one organisation to a `.boardwalk` file, and import one: inspect (choose, read,
 * validate, summarise) then import as a new organisation or in place of the same one. The
 * renderer holds only an opaque file id; the path stays here.
 */
export class WorkshopFileService {
  private readonly organisations: OrganisationRepository;
  private readonly chosen = new Map<string, ChosenWorkshopFile>();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly options: {
      readonly appVersion: string;
      readonly backupDir: string;
      readonly saveChooser: SaveFileChooserPort | undefined;
      readonly fileChooser: WorkshopFileChooserPort | undefined;
    },
  ) {
    this.organisations = new OrganisationRepository(db);
  }

  /** Writes a file, changes nothing stored. The file is checked as import would check it before it is saved. */
  async export(organisationId: number): Promise<ExportResult> {
    const organisation = requireOrganisation(this.db, organisationId, ['organisationId']);
    const exportedAt = this.now();
    const file = this.db.transaction(() =>
      readOrganisation(this.db, organisationId, { appVersion: this.options.appVersion, exportedAt: exportedAt.toISOString() }),
    )();
    assertImportable(file);
    const chooser = this.options.saveChooser;
    if (!chooser) return { saved: false, fileName: null, available: false };
    const chosen = await chooser.chooseSavePath(workshopFileName(organisation.name, exportedAt), 'boardwalk');
    if (chosen === null) return { saved: false, fileName: null, available: true };
    const fileName = path.basename(chosen);
    try {
      writeFileAtomic(chosen, `${JSON.stringify(file, null, 2)}\n`);
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

  /** Asks for a file and reads it whole; changes nothing stored. */
  async inspect(): Promise<WorkshopFileInspection> {
    const chooser = this.options.fileChooser;
    if (!chooser) return { state: 'unavailable' };
    const chosenPath = await chooser.chooseWorkshopFile();
    if (chosenPath === null) return { state: 'cancelled' };
    const fileName = path.basename(chosenPath);
    let read;
    try {
      read = readWorkshopFile(chosenPath);
    } catch (error) {
      if (error instanceof UnreadableFileError) return { state: 'refused', fileName, problems: [CANNOT_READ] };
      throw error;
    }
    if (!read.ok) return { state: 'refused', fileName, problems: [...read.problems] };
    const fileId = crypto.randomUUID();
    this.remember(fileId, { path: chosenPath, name: fileName, sha256: read.sha256 });
    return { state: 'ready', fileId, fileName, sizeBytes: read.sizeBytes, summary: this.summarise(read.file) };
  }

  /** All or nothing, in one transaction; replacing takes a backup of the database first. */
  import(input: ImportWorkshopFileInput): ImportWorkshopFileOutput {
    const file = this.reread(input.fileId);
    const counts = countWorkshopFile(file);
    let organisation: Organisation;
    let replaced: string | null = null;
    if (input.mode === 'new') {
      organisation = this.db.transaction(() => this.importNew(file, input.name)).immediate();
    } else {
      const target = this.replaceable(file, input.organisationId);
      try {
        backupDatabase(this.db, this.options.backupDir, 'before-replace', this.now());
      } catch {
        throw new AppError(
          'CONFLICT',
          `Boardwalk could not keep a copy of your data before replacing ${target.name}, so nothing was replaced. Check there is space on the disk and try again.`,
          [],
        );
      }
      organisation = this.db.transaction(() => this.importReplacing(file, input.organisationId)).immediate();
      replaced = target.name;
    }
    this.chosen.delete(input.fileId);
    return { organisation, replaced, counts };
  }

  private importNew(file: WorkshopFile, name: string | undefined): Organisation {
    const chosenName = name ?? file.organisation.name;
    const holder = this.organisations.findByName(chosenName);
    if (holder) {
      throw new AppError(
        'CONFLICT',
        `An organisation called ${holder.name} already exists. Give the imported organisation another name.`,
        ['name'],
      );
    }
    // Two organisations cannot share an ODS code: the copy goes without one.
    const odsCode = file.organisation.odsCode !== null && this.organisations.findByOdsCode(file.organisation.odsCode) ? null : file.organisation.odsCode;
    return this.written(writeOrganisation(this.db, file, { id: null, name: chosenName, odsCode }));
  }

  private importReplacing(file: WorkshopFile, organisationId: number): Organisation {
    this.replaceable(file, organisationId);
    // Everything of the organisation goes with it (ON DELETE CASCADE); the library stays.
    this.db.prepare('DELETE FROM organisation WHERE id = ?').run(organisationId);
    const { name, odsCode } = file.organisation;
    const byName = this.organisations.findByName(name);
    if (byName) {
      throw new AppError('CONFLICT', `Another organisation is called ${byName.name}. Rename it first; nothing was replaced.`, ['organisationId']);
    }
    const byOds = odsCode === null ? undefined : this.organisations.findByOdsCode(odsCode);
    if (byOds) {
      throw new AppError('CONFLICT', `ODS code ${odsCode ?? ''} is already used by ${byOds.name}; nothing was replaced.`, ['organisationId']);
    }
    // The same id, so links to the organisation still lead to it.
    return this.written(writeOrganisation(this.db, file, { id: organisationId, name, odsCode }));
  }

  /** Only the same organisation may be replaced: the same ODS code, or the same name. */
  private replaceable(file: WorkshopFile, organisationId: number): Organisation {
    const target = this.organisations.get(organisationId);
    if (!target) throw new AppError('NOT_FOUND', `There is no organisation with id ${organisationId}. It may have been deleted.`, ['organisationId']);
    if (!matches(target, file)) {
      throw new AppError(
        'INVALID_INPUT',
        `${target.name} is not the organisation in this file (${file.organisation.name}). Only an organisation with the same ODS code or name can be replaced.`,
        ['organisationId'],
      );
    }
    return target;
  }

  private written(id: number): Organisation {
    const organisation = this.organisations.get(id);
    if (!organisation) throw new Error('The imported organisation is not there');
    return organisation;
  }

  /** The file as it is now, which must be the file as it was inspected. */
  private reread(fileId: string): WorkshopFile {
    const chosen = this.chosen.get(fileId);
    if (!chosen) {
      throw new AppError('NOT_FOUND', 'Boardwalk no longer has that file open. Choose it again.', ['fileId']);
    }
    let read;
    try {
      read = readWorkshopFile(chosen.path);
    } catch {
      throw new AppError('NOT_FOUND', CANNOT_READ, ['fileId']);
    }
    if (read.sha256 !== chosen.sha256 || !read.ok) {
      throw new AppError('CONFLICT', `${chosen.name} has changed since you chose it. Choose it again to see what it holds now; nothing was imported.`, ['fileId']);
    }
    return read.file;
  }

  private summarise(file: WorkshopFile): WorkshopFileSummary {
    const { name, odsCode, type } = file.organisation;
    const suggestedName = importedName(name, this.now(), (candidate) => this.organisations.findByName(candidate) !== undefined);
    return {
      organisation: { name, odsCode, type },
      formatVersion: file.formatVersion,
      appVersion: file.appVersion,
      exportedAt: file.exportedAt,
      counts: countWorkshopFile(file),
      matches: this.organisations
        .list()
        .filter((o) => matches(o, file))
        .map((o) => this.match(o, file)),
      suggestedName,
      nameTaken: suggestedName !== name.trim(),
      odsCodeTaken: odsCode !== null && this.organisations.findByOdsCode(odsCode) !== undefined,
    };
  }

  private match(organisation: Organisation, file: WorkshopFile): OrganisationMatch {
    const count = (table: string) =>
      this.db.prepare<[number], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE organisation_id = ?`).get(organisation.id)?.n ?? 0;
    return {
      id: organisation.id,
      name: organisation.name,
      odsCode: organisation.odsCode,
      sameOdsCode: organisation.odsCode !== null && organisation.odsCode === file.organisation.odsCode,
      sameName: sameName(organisation.name, file.organisation.name),
      boardMembers: count('board_member'),
      workshops: count('workshop'),
      snapshots: count('workforce_snapshot'),
    };
  }

  private remember(fileId: string, file: ChosenWorkshopFile): void {
    this.chosen.set(fileId, file);
    while (this.chosen.size > MAX_OPEN_FILES) {
      const oldest = this.chosen.keys().next();
      if (oldest.done) break;
      this.chosen.delete(oldest.value);
    }
  }
}

/** As the database compares names: without regard to case (ASCII, as SQLite's NOCASE). */
function sameName(a: string, b: string): boolean {
  return a.replace(/[A-Z]/g, (c) => c.toLowerCase()) === b.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function matches(organisation: Organisation, file: WorkshopFile): boolean {
  const sameOds = organisation.odsCode !== null && organisation.odsCode === file.organisation.odsCode;
  return sameOds || sameName(organisation.name, file.organisation.name);
}

/** An export that import would refuse is a fault here, found before the user shares it. */
function assertImportable(file: WorkshopFile): void {
  const parsed = workshopFileSchema.safeParse(file, { reportInput: true });
  const problems = parsed.success ? crossCheck(parsed.data) : describeIssues(parsed.error.issues);
  if (problems.length > 0) throw new Error(`The exported file would not import: ${problems.slice(0, 3).join('; ')}`);
}
