import { create } from 'zustand';
import type { ImportWorkshopFileOutput, OrganisationMatch, WorkshopFileInspection } from '../../../shared/workshop-file/channels';
import { api } from '../../api/client';
import { NO_ERRORS, toFormErrors } from '../../components/form-errors';
import type { FormErrors } from '../../components/form-errors';
import { useOrganisations } from '../organisations/organisations-store';

export type ReadyFile = Extract<WorkshopFileInspection, { state: 'ready' }>;

/** A file that cannot be imported, with every problem found in it. */
export type FileRefusal = { readonly fileName: string | null; readonly problems: readonly string[] };

export type ImportStep =
  | { readonly kind: 'choose' }
  /** `replacing` is the organisation chosen before going back from the confirmation, if any. */
  | { readonly kind: 'summary'; readonly file: ReadyFile; readonly replacing: number | null }
  | { readonly kind: 'confirm'; readonly file: ReadyFile; readonly target: OrganisationMatch }
  | { readonly kind: 'done'; readonly result: ImportWorkshopFileOutput };

type ImportState = {
  readonly step: ImportStep;
  readonly busy: boolean;
  /** False where files cannot be chosen (the browser dev view). */
  readonly available: boolean;
  readonly refusal: FileRefusal | null;
  /** A refused import: the name field, or the file as a whole. */
  readonly errors: FormErrors;
  readonly reset: () => void;
  readonly choose: () => Promise<void>;
  readonly importNew: (name: string | undefined) => Promise<void>;
  readonly askToReplace: (target: OrganisationMatch) => void;
  readonly backToSummary: () => void;
  readonly replace: () => Promise<void>;
};

/** The form's fields by the request's field names, for the error summary's links. */
export const IMPORT_FIELD_IDS = { name: 'organisation-name', organisationId: 'import-mode' };

/**
 * Importing a workshop file: choose (the main process reads and checks it), see what it holds
 * and what it matches here, import it as a new organisation or confirm replacing the same one.
 */
export const useWorkshopFileImport = create<ImportState>()((set, get) => {
  const finish = async (write: () => ReturnType<typeof api.workshopFile.import>) => {
    if (get().busy) return;
    set({ busy: true, errors: NO_ERRORS });
    const result = await write();
    if (result.ok) {
      set({ busy: false, step: { kind: 'done', result: result.value } });
      void useOrganisations.getState().load();
      return;
    }
    // The file changed or went away: it has to be chosen again.
    if (result.error.path[0] === 'fileId') {
      set({ busy: false, step: { kind: 'choose' }, refusal: { fileName: null, problems: [result.error.message] } });
      return;
    }
    set({ busy: false, errors: toFormErrors(result.error, IMPORT_FIELD_IDS) });
  };
  return {
    step: { kind: 'choose' },
    busy: false,
    available: true,
    refusal: null,
    errors: NO_ERRORS,
    reset: () => set({ step: { kind: 'choose' }, busy: false, refusal: null, errors: NO_ERRORS }),
    choose: async () => {
      if (get().busy) return;
      set({ busy: true, errors: NO_ERRORS });
      const result = await api.workshopFile.inspect();
      if (!result.ok) {
        set({ busy: false, refusal: { fileName: null, problems: [result.error.message] } });
        return;
      }
      const inspection = result.value;
      switch (inspection.state) {
        case 'unavailable':
          set({ busy: false, available: false });
          return;
        case 'cancelled':
          set({ busy: false });
          return;
        case 'refused':
          set({ busy: false, step: { kind: 'choose' }, refusal: { fileName: inspection.fileName, problems: inspection.problems } });
          return;
        case 'ready':
          set({ busy: false, refusal: null, step: { kind: 'summary', file: inspection, replacing: null } });
      }
    },
    importNew: async (name) => {
      const { step } = get();
      if (step.kind !== 'summary') return;
      await finish(() =>
        api.workshopFile.import({ fileId: step.file.fileId, mode: 'new', ...(name === undefined ? {} : { name }) }),
      );
    },
    askToReplace: (target) => {
      const { step } = get();
      if (step.kind === 'summary') set({ step: { kind: 'confirm', file: step.file, target }, errors: NO_ERRORS });
    },
    backToSummary: () => {
      const { step } = get();
      if (step.kind === 'confirm') set({ step: { kind: 'summary', file: step.file, replacing: step.target.id }, errors: NO_ERRORS });
    },
    replace: async () => {
      const { step } = get();
      if (step.kind !== 'confirm') return;
      await finish(() => api.workshopFile.import({ fileId: step.file.fileId, mode: 'replace', organisationId: step.target.id }));
    },
  };
});
