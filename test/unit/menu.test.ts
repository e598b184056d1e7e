import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, MENU_PATHS } from '../../src-main/electron/menu';
import type { MenuAction, MenuOptions } from '../../src-main/electron/menu';
import { parseRoute } from '../../src-renderer/app/routes';

const WINDOWS: MenuOptions = { isMac: false, isWindows: true, isPackaged: true };
const LINUX: MenuOptions = { isMac: false, isWindows: false, isPackaged: true };
const MAC: MenuOptions = { isMac: true, isWindows: false, isPackaged: true };

type Built = { readonly template: MenuItemConstructorOptions[]; readonly actions: MenuAction[] };

function build(options: MenuOptions): Built {
  const actions: MenuAction[] = [];
  return { template: buildMenuTemplate(options, (action) => actions.push(action)), actions };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function submenu(template: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

/** Clicks the item with this label, as Electron would, and returns what it asked for. */
function click(built: Built, menu: string, label: string): MenuAction | undefined {
  const item = submenu(built.template, menu).find((entry) => entry.label === label);
  if (!item?.click) throw new Error(`no clickable "${label}" in ${menu}`);
  const before = built.actions.length;
  (item.click as () => void)();
  expect(built.actions.length, `${label} asks for exactly one thing`).toBe(before + 1);
  return built.actions.at(-1);
}

const labels = (items: readonly MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role ?? item.type);

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, with Alt access keys on Windows and Linux and none on macOS', () => {
    expect(build(WINDOWS).template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(build(LINUX).template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(build(MAC).template.map((item) => item.label)).toEqual(['Boardwalk', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('File: new organisation, new workshop, import workforce file, export report, workshop files, backups, quit', () => {
    const built = build(WINDOWS);
    expect(labels(submenu(built.template, 'File'))).toEqual([
      'New organisation…',
      'New workshop…',
      'Import workforce file…',
      'separator',
      'Export report…',
      'separator',
      'Export workshop file…',
      'Import workshop file…',
      'separator',
      'Backups',
      'separator',
      'Quit',
    ]);
    expect(click(built, 'File', 'New organisation…')).toEqual({ kind: 'navigate', path: '/organisations/new' });
    expect(click(built, 'File', 'New workshop…')).toEqual({ kind: 'command', command: 'new-workshop' });
    expect(click(built, 'File', 'Import workforce file…')).toEqual({ kind: 'command', command: 'import-workforce' });
    expect(click(built, 'File', 'Export report…')).toEqual({ kind: 'command', command: 'export-report' });
    expect(click(built, 'File', 'Export workshop file…')).toEqual({ kind: 'navigate', path: '/workshop-file/export' });
    expect(click(built, 'File', 'Import workshop file…')).toEqual({ kind: 'navigate', path: '/workshop-file/import' });
    expect(click(built, 'File', 'Backups')).toEqual({ kind: 'navigate', path: '/backups' });
    expect(submenu(built.template, 'File').at(-1)?.role).toBe('quit');
    // macOS quits from the application menu; File closes the window there.
    expect(submenu(build(MAC).template, 'File').at(-1)?.role).toBe('close');
    expect(submenu(build(MAC).template, 'Boardwalk').at(-1)?.role).toBe('quit');
  });

  it('Edit: undo and redo go to the window as app commands, with each platform’s shortcuts; cut, copy and paste are the system’s', () => {
    const built = build(WINDOWS);
    const edit = submenu(built.template, 'Edit');
    expect(labels(edit)).toEqual(['Undo', 'Redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    expect(edit.filter((item) => item.role === 'undo' || item.role === 'redo')).toEqual([]);
    expect(click(built, 'Edit', 'Undo')).toEqual({ kind: 'command', command: 'undo' });
    expect(click(built, 'Edit', 'Redo')).toEqual({ kind: 'command', command: 'redo' });
    expect(edit[0]?.accelerator).toBe('CmdOrCtrl+Z');
    expect(edit[1]?.accelerator).toBe('Ctrl+Y');
    expect(submenu(build(LINUX).template, 'Edit')[1]?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(submenu(build(MAC).template, 'Edit')[1]?.accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  it('View: presenter mode, zoom and full screen; reload and developer tools only when not packaged', () => {
    const built = build(WINDOWS);
    expect(labels(submenu(built.template, 'View'))).toEqual([
      'Presenter mode',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
    expect(click(built, 'View', 'Presenter mode')).toEqual({ kind: 'command', command: 'present' });
    const development = flatten(build({ ...WINDOWS, isPackaged: false }).template).map((item) => item.role);
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    for (const options of [WINDOWS, LINUX, MAC]) {
      const roles = flatten(build(options).template).map((item) => item.role);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
    }
  });

  it('Help: keyboard shortcuts, open the data folder, and About (in the application menu on macOS)', () => {
    const built = build(WINDOWS);
    expect(labels(submenu(built.template, 'Help'))).toEqual(['Keyboard shortcuts', 'separator', 'Open the data folder', 'separator', 'About Boardwalk']);
    expect(click(built, 'Help', 'Keyboard shortcuts')).toEqual({ kind: 'navigate', path: '/help/shortcuts' });
    expect(click(built, 'Help', 'Open the data folder')).toEqual({ kind: 'open-data-folder' });
    expect(click(built, 'Help', 'About Boardwalk')).toEqual({ kind: 'navigate', path: '/about' });
    const mac = build(MAC);
    expect(labels(submenu(mac.template, 'Help'))).toEqual(['Keyboard shortcuts', 'separator', 'Open the data folder']);
    expect(click(mac, 'Boardwalk', 'About Boardwalk')).toEqual({ kind: 'navigate', path: '/about' });
  });

  it('opens no link and uses none of Electron’s roles that reach outside the app', () => {
    for (const options of [WINDOWS, LINUX, MAC]) {
      const items = flatten(build(options).template);
      const roles = items.map((item) => item.role).filter((role) => role !== undefined);
      expect(roles.filter((role) => ['about', 'help', 'startSpeaking', 'shareMenu', 'recentDocuments'].includes(role))).toEqual([]);
      expect(items.filter((item) => /https?:|www\./i.test(`${item.label ?? ''}${item.sublabel ?? ''}`))).toEqual([]);
    }
  });

  it('navigates only to app paths that the renderer routes parse', () => {
    for (const path of Object.values(MENU_PATHS)) {
      expect(path.startsWith('/')).toBe(true);
      expect(parseRoute(`#${path}`).name, path).not.toBe('not-found');
    }
  });
});
