import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ENTRY_URL, buildMainWindowOptions } from './security';

type DisplayLike = { readonly id: number; readonly bounds: Rectangle; readonly workArea: Rectangle };

/**
 * The display for the projector: any display other than the one the facilitator's window is on
 * (the projector is normally the second display); the facilitator's own when there is only one.
 */
export function choosePresenterDisplay<D extends DisplayLike>(displays: readonly D[], facilitatorDisplayId: number): D | null {
  return displays.find((d) => d.id !== facilitatorDisplayId) ?? displays.find((d) => d.id === facilitatorDisplayId) ?? null;
}

/**
 * The presenter window: the same locked-down web preferences as the main window, placed on the
 * chosen display, and full screen only when it has a display to itself.
 */
export function buildPresenterWindowOptions(
  preloadPath: string,
  display: DisplayLike,
  options: { readonly devTools: boolean; readonly ownDisplay: boolean },
): BrowserWindowConstructorOptions {
  const base = buildMainWindowOptions(preloadPath, { devTools: options.devTools });
  const area = display.workArea;
  return {
    ...base,
    title: 'Boardwalk – presenter',
    x: area.x,
    y: area.y,
    width: options.ownDisplay ? area.width : Math.min(area.width, 1280),
    height: options.ownDisplay ? area.height : Math.min(area.height, 800),
    fullscreen: options.ownDisplay,
    backgroundColor: '#ffffff',
  };
}

export function presenterUrl(workshopId: number): string {
  return `${APP_ENTRY_URL}#/workshops/${workshopId}/present`;
}
