import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseWindowState,
  readWindowState,
  restoreWindowPlacement,
  WINDOW_STATE_FILE,
  windowStateFrom,
  writeWindowState,
} from '../../src-main/electron/window-state';
import type { WindowState } from '../../src-main/electron/window-state';
import { makeTempDir, removeDir } from '../harness/temp-dir';

const MINIMUM = { width: 800, height: 600 };
const LAPTOP = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
/** A second screen to the laptop's right. */
const MONITOR = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const saved = (state: Partial<WindowState> = {}): WindowState => ({ x: 100, y: 80, width: 1280, height: 800, maximized: false, ...state });

describe('restoreWindowPlacement', () => {
  it('restores a window that fits on a current display, maximised if it was', () => {
    expect(restoreWindowPlacement(saved(), [LAPTOP], MINIMUM)).toEqual({ bounds: { x: 100, y: 80, width: 1280, height: 800 }, maximized: false });
    expect(restoreWindowPlacement(saved({ x: 2000, y: 50, width: 2400, height: 1300, maximized: true }), [LAPTOP, MONITOR], MINIMUM)).toEqual({
      bounds: { x: 2000, y: 50, width: 2400, height: 1300 },
      maximized: true,
    });
  });

  it('tolerates the few pixels of invisible border Windows counts around a window snapped to an edge', () => {
    expect(restoreWindowPlacement(saved({ x: -7, y: 0, width: 974, height: 1047 }), [LAPTOP], MINIMUM).bounds).toEqual({ x: -7, y: 0, width: 974, height: 1047 });
  });

  it('falls back to the default window when the display it was on has gone, or it no longer fits', () => {
    // It was on the monitor, which is unplugged.
    expect(restoreWindowPlacement(saved({ x: 2000, y: 50 }), [LAPTOP], MINIMUM)).toEqual({ maximized: false });
    // Straddling two displays: on neither entirely.
    expect(restoreWindowPlacement(saved({ x: 1500, y: 50 }), [LAPTOP, MONITOR], MINIMUM)).toEqual({ maximized: false });
    // Larger than the only screen (a projector at 1024 × 768).
    expect(restoreWindowPlacement(saved({ x: 0, y: 0 }), [{ workArea: { x: 0, y: 0, width: 1024, height: 728 } }], MINIMUM)).toEqual({ maximized: false });
    // Above or left of every display.
    expect(restoreWindowPlacement(saved({ x: -3000 }), [LAPTOP], MINIMUM)).toEqual({ maximized: false });
    expect(restoreWindowPlacement(saved({ y: -500 }), [LAPTOP], MINIMUM)).toEqual({ maximized: false });
    // Nothing saved, or no display reported.
    expect(restoreWindowPlacement(null, [LAPTOP], MINIMUM)).toEqual({ maximized: false });
    expect(restoreWindowPlacement(saved(), [], MINIMUM)).toEqual({ maximized: false });
  });

  it('never restores a window smaller than the window’s minimum size', () => {
    expect(restoreWindowPlacement(saved({ width: 300, height: 200 }), [LAPTOP], MINIMUM)).toEqual({ maximized: false });
  });
});

describe('the window-state file', () => {
  let dir = '';
  afterEach(() => {
    if (dir) removeDir(dir);
  });

  it('round-trips through the data folder, written whole', () => {
    dir = makeTempDir();
    expect(readWindowState(dir)).toBeNull();
    writeWindowState(dir, saved({ maximized: true }));
    expect(readWindowState(dir)).toEqual(saved({ maximized: true }));
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('is read as "nothing saved" when it is damaged, of another shape, or too large', () => {
    dir = makeTempDir();
    const file = path.join(dir, WINDOW_STATE_FILE);
    for (const text of [
      '',
      '{',
      'null',
      '[]',
      JSON.stringify({ ...saved(), x: '100' }),
      JSON.stringify({ ...saved(), width: 1280.5 }),
      JSON.stringify({ ...saved(), width: 0 }),
      JSON.stringify({ ...saved(), height: 1e9 }),
      JSON.stringify({ ...saved(), extra: true }),
      JSON.stringify({ x: 1, y: 1, width: 900, height: 700 }),
      '{"x":100,"y":80,"width":1280,"height":800,"maximized":false,"__proto__":{"polluted":true}}',
    ]) {
      fs.writeFileSync(file, text);
      expect(readWindowState(dir), text).toBeNull();
      expect(parseWindowState(text), text).toBeNull();
    }
    fs.writeFileSync(file, JSON.stringify(saved()) + ' '.repeat(5000));
    expect(readWindowState(dir)).toBeNull();
  });

  it('refuses to write a state that could not be read back', () => {
    dir = makeTempDir();
    expect(() => writeWindowState(dir, { ...saved(), width: Number.NaN })).toThrow();
    expect(fs.existsSync(path.join(dir, WINDOW_STATE_FILE))).toBe(false);
  });

  it('saves the normal bounds in whole pixels (Electron reports fractions on scaled displays)', () => {
    expect(windowStateFrom({ x: 10.4, y: 20.6, width: 1280.5, height: 799.5 }, true)).toEqual({ x: 10, y: 21, width: 1281, height: 800, maximized: true });
  });
});
