import fs from 'node:fs';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { z } from 'zod';

/**
 * Where and how large the main window was, kept in `window-state.json` in the data folder and
 * read back at the next start. The file is the user's own, but anything could have written it:
 * it is validated on read, and anything unexpected means "no saved state" (the default window).
 */
export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const windowStateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  maximized: z.boolean(),
});

export type WindowState = z.output<typeof windowStateSchema>;

type DisplayLike = { readonly workArea: Rectangle };

export type WindowPlacement = {
  /** Absent: let Electron centre a window of the default size on the primary display. */
  readonly bounds?: Rectangle;
  readonly maximized: boolean;
};

/**
 * Windows reports a window's bounds with its invisible resize borders (about 7 pixels each
 * side), so a window snapped to an edge sits slightly outside the work area.
 */
const EDGE_TOLERANCE = 16;

/**
 * The saved bounds, only if they still fit on one of the current displays (a laptop taken off
 * its docking station, a projector unplugged, a smaller screen): otherwise the window would
 * open off screen or larger than the screen, where a keyboard user cannot reach it.
 * A maximised window is maximised again on the display it was on.
 */
export function restoreWindowPlacement(
  saved: WindowState | null,
  displays: readonly DisplayLike[],
  minimum: { readonly width: number; readonly height: number },
): WindowPlacement {
  if (!saved || saved.width < minimum.width || saved.height < minimum.height) return { maximized: false };
  const bounds = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  const fits = displays.some(({ workArea: area }) =>
    bounds.x >= area.x - EDGE_TOLERANCE &&
    bounds.y >= area.y - EDGE_TOLERANCE &&
    bounds.x + bounds.width <= area.x + area.width + EDGE_TOLERANCE &&
    bounds.y + bounds.height <= area.y + area.height + EDGE_TOLERANCE,
  );
  return fits ? { bounds, maximized: saved.maximized } : { maximized: false };
}

/** Parses the file's text: null for anything that is not exactly a saved window state. */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function readWindowState(dataDir: string): WindowState | null {
  let text: string;
  try {
    const file = path.join(dataDir, WINDOW_STATE_FILE);
    // A window state is a few dozen bytes; a large file is not ours.
    if (fs.statSync(file).size > 4096) return null;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return parseWindowState(text);
}

/** Written to a temporary file and renamed over the old one, so a crash never leaves half a file. */
export function writeWindowState(dataDir: string, state: WindowState): void {
  const checked = windowStateSchema.parse(state);
  const file = path.join(dataDir, WINDOW_STATE_FILE);
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(checked)}\n`);
  fs.renameSync(temporary, file);
}

/** What to save when the window closes: its normal (not maximised) bounds, rounded, and whether it was maximised. */
export function windowStateFrom(normalBounds: Rectangle, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}
