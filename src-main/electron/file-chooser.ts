import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { dialog } from 'electron';
import type { ExportKind } from '../../shared/export/export';

/** The open dialog for a workforce extract: the formats the importer reads, then anything. */
export function workforceOpenDialogOptions(): OpenDialogOptions {
  return {
    title: 'Choose a workforce file',
    buttonLabel: 'Choose',
    properties: ['openFile', 'dontAddToRecent'],
    filters: [
      { name: 'Workforce files (CSV or Excel)', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** The FileChooser port on the desktop: modal to the window that asked, null when cancelled. */
export async function chooseWorkforceFile(parent: BrowserWindow | null): Promise<string | null> {
  const options = workforceOpenDialogOptions();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The open dialog for a .boardwalk workshop file from another facilitator. */
export function workshopFileOpenDialogOptions(): OpenDialogOptions {
  return {
    title: 'Choose a Boardwalk workshop file',
    buttonLabel: 'Choose',
    properties: ['openFile', 'dontAddToRecent'],
    filters: [
      { name: 'Boardwalk workshop files', extensions: ['boardwalk'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** The workshop-file chooser on the desktop: modal to the window that asked, null when cancelled. */
export async function chooseWorkshopFile(parent: BrowserWindow | null): Promise<string | null> {
  const options = workshopFileOpenDialogOptions();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const SAVE_KINDS: Readonly<Record<ExportKind, { readonly title: string; readonly filter: { name: string; extensions: string[] } }>> = {
  csv: { title: 'Save the spreadsheet (CSV)', filter: { name: 'CSV spreadsheet', extensions: ['csv'] } },
  pdf: { title: 'Save the report (PDF)', filter: { name: 'PDF document', extensions: ['pdf'] } },
  boardwalk: { title: 'Save the workshop file', filter: { name: 'Boardwalk workshop file', extensions: ['boardwalk'] } },
};

/** The save dialog for an export: the suggested name, and only the kind of file being saved. */
export function saveDialogOptions(suggestedName: string, kind: ExportKind): SaveDialogOptions {
  return {
    title: SAVE_KINDS[kind].title,
    buttonLabel: 'Save',
    defaultPath: suggestedName,
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    filters: [SAVE_KINDS[kind].filter],
  };
}

/** The SaveFileChooser port on the desktop: modal to the window that asked, null when cancelled. */
export async function chooseSavePath(parent: BrowserWindow | null, suggestedName: string, kind: ExportKind): Promise<string | null> {
  const options = saveDialogOptions(suggestedName, kind);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
