import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/events';

/**
 * What a menu item asks for. Most items name a screen (`navigate`, sent to the window as the
 * `app.navigate` event); some depend on what the window shows, so the renderer decides
 * (`command`, sent as `app.command`); opening the data folder is the main process's own job.
 */
export type MenuAction =
  | { readonly kind: 'navigate'; readonly path: string }
  | { readonly kind: 'command'; readonly command: AppCommand }
  | { readonly kind: 'open-data-folder' };

export type MenuOptions = {
  readonly isMac: boolean;
  readonly isWindows: boolean;
  readonly isPackaged: boolean;
};

/** The screens the menu opens. Some are built by other parts of the app (see each). */
export const MENU_PATHS = {
  newOrganisation: '/organisations/new',
  /** The `.boardwalk` workshop file screens (the workshop-file feature's). */
  exportWorkshopFile: '/workshop-file/export',
  importWorkshopFile: '/workshop-file/import',
  /** The backups screen (the backups feature's). */
  backups: '/backups',
  shortcuts: '/help/shortcuts',
  about: '/about',
} as const;

/**
 * The application menu, as plain data with every click handed to `act`. It replaces Electron's
 * default menu, whose Help items open websites and whose View menu offers developer tools;
 * nothing here opens a link.
 *
 * Undo and Redo are not Electron's roles: the role only undoes typing in a text box, and would
 * do nothing on the walk-through, whose ratings, scores and notes have their own undo history.
 * They send `app.command`, and the window undoes the focused text box's typing when a text box
 * has focus and the walk-through's last change otherwise. Their shortcuts (Ctrl+Z, Ctrl+Y or
 * Ctrl+Shift+Z) still reach the page first: Electron runs a menu accelerator only for a key the
 * page did not handle, and a text box or the walk-through handles these keys itself.
 */
export function buildMenuTemplate(options: MenuOptions, act: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  const go = (label: string, path: string): MenuItemConstructorOptions => ({ label, click: () => act({ kind: 'navigate', path }) });
  const command = (label: string, name: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => act({ kind: 'command', command: name }),
  });

  const file: MenuItemConstructorOptions[] = [
    go('New organisation…', MENU_PATHS.newOrganisation),
    command('New workshop…', 'new-workshop'),
    command('Import workforce file…', 'import-workforce'),
    { type: 'separator' },
    command('Export report…', 'export-report'),
    { type: 'separator' },
    go('Export workshop file…', MENU_PATHS.exportWorkshopFile),
    go('Import workshop file…', MENU_PATHS.importWorkshopFile),
    { type: 'separator' },
    go('Backups', MENU_PATHS.backups),
    { type: 'separator' },
    options.isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
  ];

  const edit: MenuItemConstructorOptions[] = [
    command('Undo', 'undo', 'CmdOrCtrl+Z'),
    command('Redo', 'redo', options.isWindows ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
  ];

  const view: MenuItemConstructorOptions[] = [
    command('Presenter mode', 'present'),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });

  const help: MenuItemConstructorOptions[] = [
    go('Keyboard shortcuts', MENU_PATHS.shortcuts),
    { type: 'separator' },
    { label: 'Open the data folder', click: () => act({ kind: 'open-data-folder' }) },
    ...(options.isMac ? [] : [{ type: 'separator' } as const, go('About Boardwalk', MENU_PATHS.about)]),
  ];

  return [
    // macOS keeps About, Hide and Quit in the application menu; About is our own screen there too.
    ...(options.isMac
      ? [
          {
            label: 'Boardwalk',
            submenu: [
              go('About Boardwalk', MENU_PATHS.about),
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: menuLabel('&File', options), submenu: file },
    { label: menuLabel('&Edit', options), submenu: edit },
    { label: menuLabel('&View', options), submenu: view },
    { role: 'windowMenu', label: menuLabel('&Window', options) },
    { label: menuLabel('&Help', options), submenu: help },
  ];
}

/** Windows and Linux open a menu with Alt and the underlined letter (the `&`); macOS has no such keys. */
function menuLabel(label: string, options: MenuOptions): string {
  return options.isMac ? label.replace('&', '') : label;
}
