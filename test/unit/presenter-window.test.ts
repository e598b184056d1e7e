import { describe, expect, it } from 'vitest';
import { buildMainWindowOptions } from '../../src-main/electron/security';
import { buildPresenterWindowOptions, choosePresenterDisplay, presenterUrl } from '../../src-main/electron/presenter-window';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

describe('presenter window', () => {
  it('goes to a display other than the facilitator’s, or the same one when there is only one', () => {
    expect(choosePresenterDisplay([laptop, projector], 1)).toBe(projector);
    expect(choosePresenterDisplay([laptop, projector], 2)).toBe(laptop);
    expect(choosePresenterDisplay([laptop], 1)).toBe(laptop);
    expect(choosePresenterDisplay([], 1)).toBeNull();
  });

  it('fills a display of its own, and keeps every security preference of the main window', () => {
    const own = buildPresenterWindowOptions('/p.cjs', projector, { devTools: false, ownDisplay: true });
    expect(own).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(own.webPreferences).toEqual(buildMainWindowOptions('/p.cjs', { devTools: false }).webPreferences);
    const shared = buildPresenterWindowOptions('/p.cjs', laptop, { devTools: false, ownDisplay: false });
    expect(shared).toMatchObject({ fullscreen: false, width: 1280, height: 800 });
  });

  it('opens the presenter route of the workshop on the app’s own origin', () => {
    expect(presenterUrl(7)).toBe('app://boardwalk/index.html#/workshops/7/present');
  });
});
