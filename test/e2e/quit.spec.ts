import type { Page } from '@playwright/test';
import type { Core } from '../../src-main/core/app-core';
import { startWebServer } from '../../src-main/devweb/web-server';
import { RENDERER_DIR, expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';

/*
 * Quit: nothing typed is lost when the window goes. The notes box is the one field that saves
 * after a pause rather than at once (every other control writes when it changes, and forms write
 * when submitted), so it is the one to prove: typed, then the page closed or left before the
 * pause is over. The desktop shell's own close path cannot run here (no Electron binary); see
 * docs/RELIABILITY.md.
 */

async function seedWorkshop(core: Core): Promise<number> {
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const workshop = await core.call('workshop.create', {
    organisationId,
    title: 'Quit test workshop',
    date: '2026-12-03',
    facilitator: '',
    participants: { boardMemberIds: memberIds.slice(0, 3), guests: [] },
  });
  if (!workshop.ok) throw new Error(workshop.error.message);
  return workshop.value.id;
}

async function notesOf(core: Core, workshopId: number, questionId: string): Promise<string> {
  const session = await core.call('session.get', { workshopId });
  if (!session.ok) throw new Error(session.error.message);
  return session.value.ratings.find((r) => r.questionId === questionId)?.notes ?? '';
}

/**
 * Opens a question with the page's clock stopped, so the notes box's pause can never end by
 * itself: whatever is saved after the close was saved by the close.
 */
async function openQuestion(page: Page, url: string, n: number): Promise<void> {
  await page.clock.install();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Key question ${n} of 17`);
  await page.clock.pauseAt(Date.now() + 60_000);
}

async function typeNotes(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Evidence and notes');
  await box.focus();
  await page.keyboard.type(text);
  await expect(box).toHaveValue(text);
}

/** Closes the page as a window closes (beforeunload, pagehide), and waits until it has gone. */
async function closeWindow(page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
}

test('notes typed just before the window closes are saved', async ({ page, app, core }) => {
  const workshopId = await seedWorkshop(core);
  await openQuestion(page, `${app.url}#/workshops/${workshopId}/run/question/q3`, 3);
  const notes = 'Closed the window straight after typing this.';
  await typeNotes(page, notes);
  expect(await notesOf(core, workshopId, 'q3')).toBe('');
  await closeWindow(page);
  await expect.poll(() => notesOf(core, workshopId, 'q3'), { timeout: 5_000 }).toBe(notes);
});

test('notes typed just before leaving the page are saved', async ({ page, app, core }) => {
  const workshopId = await seedWorkshop(core);
  await openQuestion(page, `${app.url}#/workshops/${workshopId}/run/question/q4`, 4);
  const notes = 'Navigated away straight after typing this.';
  await typeNotes(page, notes);
  expect(await notesOf(core, workshopId, 'q4')).toBe('');
  await page.goto('about:blank');
  await expect.poll(() => notesOf(core, workshopId, 'q4'), { timeout: 5_000 }).toBe(notes);
});

test('notes typed while an earlier change is still being written are saved when the window closes', async ({ page, core }) => {
  const workshopId = await seedWorkshop(core);
  // A transport that holds every rating for a moment, so one is still in flight at the close.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slow = await startWebServer({
    rendererDir: RENDERER_DIR,
    dispatch: async (channel, input) => {
      if (channel === 'session.setConsensus') await held;
      return core.dispatch(channel, input);
    },
  });
  try {
    await openQuestion(page, `${slow.url}#/workshops/${workshopId}/run/question/q5`, 5);
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('4');
    await expect(page.getByTestId('save-status')).toHaveText(/Saving/);
    const notes = 'Typed while the rating was still being saved.';
    await typeNotes(page, notes);
    await closeWindow(page);
    // Only now, with the page gone, does the rating's write go through.
    release();
    await expect.poll(() => notesOf(core, workshopId, 'q5'), { timeout: 5_000 }).toBe(notes);
    const session = await core.call('session.get', { workshopId });
    expect(session.ok && session.value.ratings.find((r) => r.questionId === 'q5')?.consensus).toBe(4);
  } finally {
    release();
    await slow.close();
  }
});

test('when the desktop shell says the window is closing, the page sends what it holds and closes the window once all is answered', async ({ page, core }) => {
  const workshopId = await seedWorkshop(core);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slow = await startWebServer({
    rendererDir: RENDERER_DIR,
    dispatch: async (channel, input) => {
      if (channel === 'session.setConsensus') await held;
      return core.dispatch(channel, input);
    },
  });
  type Shell = { closedByPage: boolean; __boardwalkEmit: (name: string, payload: unknown) => void };
  try {
    await openQuestion(page, `${slow.url}#/workshops/${workshopId}/run/question/q6`, 6);
    // Stands in for the shell's window: records the page closing it.
    await page.evaluate(() => {
      const shell = window as unknown as Shell;
      shell.closedByPage = false;
      window.close = () => {
        shell.closedByPage = true;
      };
    });
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('2');
    await expect(page.getByTestId('save-status')).toHaveText(/Saving/);
    const notes = 'Typed just before the window was closed from the title bar.';
    await typeNotes(page, notes);

    // The shell holds the window and tells the page (src-main/electron/close-guard.ts).
    await page.evaluate(() => (window as unknown as Shell).__boardwalkEmit('app.closing', {}));
    await expect.poll(() => notesOf(core, workshopId, 'q6'), { timeout: 5_000 }).toBe(notes);
    // The rating is still on its way: the page keeps the window open for it.
    expect(await page.evaluate(() => (window as unknown as Shell).closedByPage)).toBe(false);
    release();
    await expect.poll(() => page.evaluate(() => (window as unknown as Shell).closedByPage), { timeout: 5_000 }).toBe(true);
    const session = await core.call('session.get', { workshopId });
    expect(session.ok && session.value.ratings.find((r) => r.questionId === 'q6')?.consensus).toBe(2);
  } finally {
    release();
    await slow.close();
  }
});
