import type { BrowserWindow, OpenDialogOptions } from 'electron';
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
