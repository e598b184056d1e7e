import { create } from 'zustand';
import type { Result } from '../../../shared/ipc/result';
import type { ChosenFile, FileInspection, SavedProfile, Snapshot } from '../../../shared/workforce/snapshot';
import type { ColumnMapping, ImportShape, ScanResult, ValueMapping } from '../../../shared/workforce/types';
import { validateColumns } from '../../../shared/workforce/columns';
import { defaultMapping } from '../../../shared/workforce/recognise';
import { api } from '../../api/client';

export type ImportStep = 'choose' | 'columns' | 'reading' | 'values';

/** Column choices as the form holds them: '' is "not chosen". */
export type PersonDraft = { readonly staffGroup: string; readonly occupation: string; readonly level: string; readonly fte: string };
export type AggregatedDraft = { readonly profession: string; readonly level: string; readonly headcount: string; readonly fte: string };

export type Progress = { readonly bytesRead: number; readonly totalBytes: number; readonly rowsRead: number };

/** Where each value's target came from, so the screen can say "suggested" or "from profile". */
export type ValueOrigin = 'profile' | 'suggested' | 'unmapped' | 'chosen';
export type ValueKind = keyof ValueMapping;
export type Origins = { readonly [K in ValueKind]: Readonly<Record<string, ValueOrigin>> };

type ImportState = {
  readonly organisationId: number | null;
  readonly step: ImportStep;
  readonly busy: boolean;
  /** False where this window cannot open files (the dev view in a plain browser). */
  readonly chooserAvailable: boolean;
  readonly file: ChosenFile | null;
  readonly inspection: FileInspection | null;
  readonly shape: ImportShape;
  readonly person: PersonDraft;
  readonly aggregated: AggregatedDraft;
  readonly profiles: readonly SavedProfile[];
  readonly profileId: number | null;
  readonly jobId: string | null;
  readonly progress: Progress | null;
  readonly scan: ScanResult | null;
  readonly columnsUsed: ColumnMapping | null;
  readonly values: ValueMapping;
  readonly origins: Origins;
  /** What went wrong with the file as a whole (unreadable, bad value at row N). */
  readonly problem: string | null;
  readonly columnErrors: ReadonlyArray<{ readonly id: string; readonly message: string }>;
  readonly start: (organisationId: number) => void;
  /** The screen closes: a read still running is stopped. */
  readonly leave: () => void;
  readonly choose: () => Promise<void>;
  readonly chooseSheet: (sheet: string) => Promise<void>;
  readonly setShape: (shape: ImportShape) => void;
  readonly setPersonColumn: (role: keyof PersonDraft, header: string) => void;
  readonly setAggregatedColumn: (role: keyof AggregatedDraft, header: string) => void;
  readonly chooseProfile: (profileId: number | null) => void;
  readonly read: () => Promise<void>;
  readonly cancel: () => Promise<void>;
  readonly backToColumns: () => void;
  readonly setValue: (kind: ValueKind, value: string, target: string) => void;
  readonly commit: (input: { snapshotDate: string; label: string; saveProfileAs: string | null }) => Promise<Result<Snapshot>>;
};

const EMPTY_PERSON: PersonDraft = { staffGroup: '', occupation: '', level: '', fte: '' };
const EMPTY_AGGREGATED: AggregatedDraft = { profession: '', level: '', headcount: '', fte: '' };
const EMPTY_VALUES: ValueMapping = { groups: {}, occupations: {}, levels: {} };
const EMPTY_ORIGINS: Origins = { groups: {}, occupations: {}, levels: {} };

/** How often the renderer asks how a read is going: often enough for a smooth bar. */
const POLL_MS = 150;

export const COLUMN_FIELD_IDS = {
  staffGroup: 'column-staffGroup',
  occupation: 'column-occupation',
  level: 'column-level',
  fte: 'column-fte',
  profession: 'column-profession',
  headcount: 'column-headcount',
} as const;

const initial = {
  organisationId: null,
  step: 'choose' as ImportStep,
  busy: false,
  chooserAvailable: true,
  file: null,
  inspection: null,
  shape: 'person' as ImportShape,
  person: EMPTY_PERSON,
  aggregated: EMPTY_AGGREGATED,
  profiles: [],
  profileId: null,
  jobId: null,
  progress: null,
  scan: null,
  columnsUsed: null,
  values: EMPTY_VALUES,
  origins: EMPTY_ORIGINS,
  problem: null,
  columnErrors: [],
};

export function draftToColumns(shape: ImportShape, person: PersonDraft, aggregated: AggregatedDraft): ColumnMapping {
  const orNull = (header: string) => (header === '' ? null : header);
  return shape === 'person'
    ? { shape, staffGroup: orNull(person.staffGroup), occupation: orNull(person.occupation), level: person.level, fte: orNull(person.fte) }
    : { shape, profession: aggregated.profession, level: aggregated.level, headcount: aggregated.headcount, fte: orNull(aggregated.fte) };
}

/** A saved profile's columns, where this file has them; otherwise the suggestion stays. */
function columnsFromProfile(profile: SavedProfile, headers: readonly string[], person: PersonDraft, aggregated: AggregatedDraft) {
  const has = (header: string | null): header is string => header !== null && headers.includes(header);
  const pick = (header: string | null, fallback: string) => (has(header) ? header : fallback);
  const c = profile.columns;
  if (c.shape === 'person') {
    return {
      shape: 'person' as const,
      person: { staffGroup: pick(c.staffGroup, ''), occupation: pick(c.occupation, ''), level: pick(c.level, person.level), fte: pick(c.fte, '') },
      aggregated,
    };
  }
  return {
    shape: 'aggregated' as const,
    person,
    aggregated: { profession: pick(c.profession, aggregated.profession), level: pick(c.level, aggregated.level), headcount: pick(c.headcount, aggregated.headcount), fte: pick(c.fte, '') },
  };
}

/**
 * The import conversation: choose a file, confirm its columns, read it in the main process's
 * worker (polling for progress), map its values, then commit. The file's rows never come here:
 * only its headers and, after the read, the distinct category values with their counts.
 */
export const useImport = create<ImportState>()((set, get) => {
  const inspect = async (fileId: string, sheet?: string) => {
    const inspected = await api.workforce.inspect(sheet === undefined ? { fileId } : { fileId, sheet });
    if (!inspected.ok) {
      set({ busy: false, problem: inspected.error.message, inspection: null, step: 'choose' });
      return;
    }
    const s = inspected.value.suggested;
    let next = {
      shape: s.shape,
      person: { staffGroup: s.person.staffGroup ?? '', occupation: s.person.occupation ?? '', level: s.person.level ?? '', fte: s.person.fte ?? '' },
      aggregated: { profession: s.aggregated.profession ?? '', level: s.aggregated.level ?? '', headcount: s.aggregated.headcount ?? '', fte: s.aggregated.fte ?? '' },
    };
    const profile = get().profiles.find((p) => p.id === get().profileId);
    if (profile) next = columnsFromProfile(profile, inspected.value.headers, next.person, next.aggregated);
    set({ busy: false, problem: null, inspection: inspected.value, step: 'columns', columnErrors: [], ...next });
  };

  const poll = async (jobId: string) => {
    while (get().jobId === jobId) {
      const status = await api.workforce.scanStatus({ jobId });
      if (get().jobId !== jobId) return;
      if (!status.ok) {
        set({ busy: false, jobId: null, progress: null, problem: status.error.message, step: 'columns' });
        return;
      }
      const s = status.value;
      if (s.state === 'running') {
        set({ progress: { bytesRead: s.bytesRead, totalBytes: s.totalBytes, rowsRead: s.rowsRead } });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (s.state === 'done') {
        const columns = get().columnsUsed;
        if (!columns) return;
        const profile = get().profiles.find((p) => p.id === get().profileId);
        const { values, origins } = initialValues(s.result, columns, profile?.values);
        set({ busy: false, progress: null, scan: s.result, values, origins, step: 'values', problem: null });
      } else if (s.state === 'failed') {
        set({ busy: false, jobId: null, progress: null, problem: s.problem.message, step: 'columns' });
      } else {
        set({ busy: false, jobId: null, progress: null, step: 'columns' });
      }
      return;
    }
  };

  return {
    ...initial,
    start: (organisationId) => {
      get().leave();
      set({ ...initial, organisationId });
      void api.workforce.listProfiles({}).then((result) => {
        if (result.ok && get().organisationId === organisationId) set({ profiles: result.value });
      });
    },
    choose: async () => {
      if (get().busy) return;
      set({ busy: true, problem: null });
      const chosen = await api.workforce.chooseFile({});
      if (!chosen.ok) {
        set({ busy: false, problem: chosen.error.message });
        return;
      }
      if (!chosen.value.available) {
        set({ busy: false, chooserAvailable: false });
        return;
      }
      if (!chosen.value.file) {
        set({ busy: false });
        return;
      }
      set({ file: chosen.value.file, inspection: null, scan: null, jobId: null });
      await inspect(chosen.value.file.fileId);
    },
    chooseSheet: async (sheet) => {
      const file = get().file;
      if (!file || get().busy) return;
      set({ busy: true, problem: null });
      await inspect(file.fileId, sheet);
    },
    setShape: (shape) => set({ shape, columnErrors: [] }),
    setPersonColumn: (role, header) => set((s) => ({ person: { ...s.person, [role]: header } })),
    setAggregatedColumn: (role, header) => set((s) => ({ aggregated: { ...s.aggregated, [role]: header } })),
    chooseProfile: (profileId) => {
      const { inspection, person, aggregated, profiles } = get();
      const profile = profiles.find((p) => p.id === profileId);
      set({ profileId });
      if (profile && inspection) set(columnsFromProfile(profile, inspection.headers, person, aggregated));
    },
    read: async () => {
      const { file, inspection, shape, person, aggregated, busy } = get();
      if (!file || !inspection || busy) return;
      const columns = draftToColumns(shape, person, aggregated);
      const problems = validateColumns(inspection.headers, columns);
      if (problems.length > 0) {
        set({ columnErrors: problems.map((p) => ({ id: COLUMN_FIELD_IDS[p.field], message: p.message })) });
        return;
      }
      set({ busy: true, problem: null, columnErrors: [] });
      const started = await api.workforce.startScan({ fileId: file.fileId, sheet: inspection.sheet, columns });
      if (!started.ok) {
        set({ busy: false, problem: started.error.message });
        return;
      }
      set({
        jobId: started.value.jobId,
        columnsUsed: columns,
        step: 'reading',
        progress: { bytesRead: 0, totalBytes: file.sizeBytes, rowsRead: 0 },
      });
      await poll(started.value.jobId);
    },
    leave: () => {
      const { jobId, step } = get();
      set({ jobId: null, busy: false, progress: null });
      if (jobId !== null && step === 'reading') void api.workforce.cancelScan({ jobId });
    },
    cancel: async () => {
      const jobId = get().jobId;
      if (!jobId) return;
      set({ jobId: null, busy: false, progress: null, step: 'columns', problem: null });
      await api.workforce.cancelScan({ jobId });
    },
    backToColumns: () => set({ step: 'columns', scan: null, jobId: null, values: EMPTY_VALUES, origins: EMPTY_ORIGINS }),
    setValue: (kind, value, target) =>
      set((s) => {
        const others = Object.entries(s.values[kind]).filter(([key]) => key !== value);
        const record = Object.fromEntries(target === '' ? others : [...others, [value, target]]);
        return {
          // The select offers only the targets of its kind; the commit checks them again anyway.
          values: { ...s.values, [kind]: record },
          origins: { ...s.origins, [kind]: { ...s.origins[kind], [value]: target === '' ? 'unmapped' : 'chosen' } },
        };
      }),
    commit: async ({ snapshotDate, label, saveProfileAs }) => {
      const { organisationId, jobId, values } = get();
      if (organisationId === null || jobId === null) {
        return { ok: false, error: { code: 'CONFLICT', message: 'Read a file before importing it.', path: [], fields: [] } };
      }
      set({ busy: true });
      const result = await api.workforce.commitImport({ organisationId, jobId, snapshotDate, label, values, saveProfileAs });
      set({ busy: false });
      return result;
    },
  };
});

/** The starting targets for every value found: the profile's, then Boardwalk's suggestions. */
export function initialValues(scan: ScanResult, columns: ColumnMapping, saved: ValueMapping | undefined): { values: ValueMapping; origins: Origins } {
  const result = defaultMapping(scan, columns, saved);
  return { values: result.mapping, origins: result.sources };
}
