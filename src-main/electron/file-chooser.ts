import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { dialog } from 'electron';

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

/** The save dialog for an export: the suggested name, and only the kind of file being saved. */
export function saveDialogOptions(suggestedName: string, kind: 'csv' | 'pdf'): SaveDialogOptions {
  return {
    title: kind === 'csv' ? 'Save the spreadsheet (CSV)' : 'Save the report (PDF)',
    buttonLabel: 'Save',
    defaultPath: suggestedName,
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    filters:
      kind === 'csv'
        ? [{ name: 'CSV spreadsheet', extensions: ['csv'] }]
        : [{ name: 'PDF document', extensions: ['pdf'] }],
  };
}

/** The SaveFileChooser port on the desktop: modal to the window that asked, null when cancelled. */
export async function chooseSavePath(parent: BrowserWindow | null, suggestedName: string, kind: 'csv' | 'pdf'): Promise<string | null> {
  const options = saveDialogOptions(suggestedName, kind);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
