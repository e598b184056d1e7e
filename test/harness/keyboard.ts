import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus, failing if it is not reached within `maxPresses`:
 * proves the control is reachable by keyboard, in a sensible place in the tab order.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 20): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`Not reached by Tab in ${maxPresses} presses; focus is on ${focused}`);
}
