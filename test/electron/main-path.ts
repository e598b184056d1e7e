import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * The main path through the app, driven as a facilitator would, with the application menu for
 * the steps the menu offers. Shared by the Electron suite (the real menu, in the real app) and
 * by test/e2e/desktop-shell.spec.ts (the same menu template, its commands delivered to the page
 * as the main process would deliver them), so the walk itself is proven in Chromium here even
 * where no Electron binary can run.
 */

/** Clicks an item of the application menu: `menu` is the top-level label without its `&`. */
export type MenuDriver = (menu: string, item: string) => Promise<void>;

export const MAIN_PATH = {
  organisation: 'Northshire Hospitals NHS Trust',
  odsCode: 'RXN',
  workshop: 'Board development workshop',
} as const;

/** Organisation, workshop, a rating (with Edit > Undo and Redo). Returns the workshop's id. */
export async function walkMainPath(page: Page, menu: MenuDriver): Promise<number> {
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();

  // File > New organisation…
  await menu('File', 'New organisation…');
  await expect(page.getByRole('heading', { level: 1, name: 'Add an organisation' })).toBeVisible();
  await page.getByLabel('Organisation name').fill(MAIN_PATH.organisation);
  await page.getByLabel('NHS trust', { exact: true }).check();
  await page.getByLabel('ODS code').fill(MAIN_PATH.odsCode);
  await page.getByRole('button', { name: 'Save organisation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `${MAIN_PATH.organisation} has been added` })).toBeVisible();

  // File > New workshop…, from the organisation's page.
  await page.getByRole('link', { name: MAIN_PATH.organisation, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: MAIN_PATH.organisation })).toBeVisible();
  await menu('File', 'New workshop…');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a workshop' })).toBeVisible();
  await page.getByLabel('Workshop title').fill(MAIN_PATH.workshop);
  await page.getByLabel('Day').fill('3');
  await page.getByLabel('Month').fill('12');
  await page.getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Save workshop' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `${MAIN_PATH.workshop} has been added` })).toBeVisible();
  const workshopId = Number(/#\/workshops\/(\d+)$/.exec(page.url())?.[1]);
  expect(workshopId).toBeGreaterThan(0);

  // The walk-through: question 1 rated 4 with the keyboard.
  await page.getByRole('link', { name: 'Start the walk-through' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Perceived ceilings' })).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Workshop steps' });
  await steps.getByRole('link', { name: /^Question 1\b/ }).click();
  await expect(page).toHaveURL(/\/run\/question\/q1$/);
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('4');
  const progress = page.getByTestId('progress');
  await expect(progress).toHaveText('1 of 17 questions rated');
  await expect(page.getByTestId('save-status')).toHaveText(/^All changes saved/);

  // Edit > Undo and Edit > Redo act on the walk-through's history.
  await menu('Edit', 'Undo');
  await expect(progress).toHaveText('0 of 17 questions rated');
  await menu('Edit', 'Redo');
  await expect(progress).toHaveText('1 of 17 questions rated');
  await expect(page.getByTestId('save-status')).toHaveText(/^All changes saved/);
  return workshopId;
}
