import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { KEY_QUESTIONS, THEMES } from '../../shared/framework/content';
import { PROFESSIONS } from '../../shared/framework/professions';
import { longDate } from '../../shared/util/dates';
import { expect, test } from '../harness/fixtures';
import { tabTo } from '../harness/keyboard';
import { pdfStructure, structAll } from '../harness/pdf-structure';
import { AGREED, seedCompleteWorkshop } from '../harness/report-data';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { NORTHSHIRE_2026, seedSnapshot } from '../harness/workforce-data';

let outDir: string;
test.beforeEach(() => {
  outDir = makeTempDir('boardwalk-report-');
});
test.afterEach(() => {
  removeDir(outDir);
});

function poppler(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** pdftotext's pages (it ends each with a form feed), with runs of white space made single. */
function pagesOf(file: string): string[] {
  return poppler('pdftotext', ['-layout', file, '-'])
    .split('\f')
    .filter((page) => page.trim() !== '');
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

test('a completed workshop’s report is saved as PDF by keyboard, and poppler finds everything a board pack needs in it', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const seeded = await seedCompleteWorkshop(core);
  const organisationName = 'Northshire Hospitals NHS Trust';

  await page.goto(`${app.url}#/workshops/${seeded.workshopId}`);
  const reportLink = page.getByRole('link', { name: 'Priorities report (PDF) of Board development: clinical leadership' });
  await tabTo(page, reportLink, 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities report' })).toBeVisible();
  await checkA11y('the report’s options');

  // OFFICIAL is chosen at first; the arrow keys move the radio group on to OFFICIAL-SENSITIVE.
  const official = page.getByRole('radio', { name: 'OFFICIAL', exact: true });
  await expect(official).toBeChecked();
  await tabTo(page, official);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'OFFICIAL-SENSITIVE' })).toBeChecked();

  const pdfPath = path.join(outDir, 'Board pack – report.pdf');
  fileChooser.willSaveTo(pdfPath);
  await tabTo(page, page.getByRole('button', { name: 'Save the report as PDF' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-report-saved')).toHaveText('Saved Board pack – report.pdf', { timeout: 60_000 });
  expect(fileChooser.suggestedNames).toEqual(['priorities-report-2026-11-19.pdf']);
  await checkA11y('the report saved');

  // pdfinfo: A4, tagged, the title in its metadata.
  const info = poppler('pdfinfo', [pdfPath]);
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(pageCount).toBeGreaterThanOrEqual(10);
  expect(info).toMatch(/^Tagged:\s+yes/m);
  expect(info).toMatch(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/m);
  expect(info).toContain(`Title:           Clinical leadership priorities: ${organisationName}, Board development: clinical leadership, 19 November 2026`);

  // pdffonts: every font embedded, and the report's own face among them.
  const fonts = poppler('pdffonts', [pdfPath]).split('\n').slice(2).filter((line) => line.trim() !== '');
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line, `font not embedded: ${line}`).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  expect(fonts.some((line) => line.includes('Arimo'))).toBe(true);

  // The outline a reader navigates by.
  const outline = poppler('pdftohtml', ['-xml', '-i', '-stdout', pdfPath]);
  for (const heading of ['Summary', 'Priorities and actions', 'Theme ratings', 'The 17 key questions', 'Where professions hit a ceiling', 'Board composition', 'Barrier heatmap', 'About this report']) {
    expect(outline).toMatch(new RegExp(`<item page="\\d+">${heading}</item>`));
  }

  // The structure tree a screen reader reads: one title, a heading per section in order, tables
  // with captions and header cells that say what they head, lists, and the charts as figures.
  const tree = pdfStructure(pdfPath);
  expect(structAll(tree, 'H1').map((h) => h.text)).toEqual([organisationName]);
  const h2 = structAll(tree, 'H2').map((h) => h.text);
  const sections = ['Summary', 'Priorities and actions', 'Theme ratings', 'The 17 key questions', 'Where professions hit a ceiling', 'Board composition', 'Barrier heatmap', 'About this report'];
  expect(h2.filter((text) => sections.includes(text))).toEqual(sections);
  const tables = structAll(tree, 'Table');
  expect(tables.length).toBeGreaterThanOrEqual(8);
  for (const table of tables) {
    expect(table.children[0]?.type, `a caption first in the table after “${table.text.slice(0, 60)}”`).toBe('Caption');
    const headers = structAll(table, 'TH');
    expect(headers.length, `header cells in “${table.children[0]?.text ?? ''}”`).toBeGreaterThan(0);
    for (const th of headers) expect(th.attributes.some((a) => /^\/Scope \/(Column|Row)$/.test(a)), `scope of “${th.text}”`).toBe(true);
  }
  expect(structAll(tree, 'L').length).toBeGreaterThan(0);
  expect(structAll(tree, 'Figure').length).toBeGreaterThanOrEqual(2);
  // Poppler does not print these: the document's language, and each chart's alternative text
  // (Chromium writes the structure tree uncompressed).
  const raw = fs.readFileSync(pdfPath).toString('latin1');
  expect(raw).toContain('/Lang (en-GB)');
  const alts = [...raw.matchAll(/\/Alt \(([^)]{0,60})/g)].map((m) => m[1] ?? '');
  expect(alts.some((alt) => alt.startsWith('Radar chart of the mean rating of each theme'))).toBe(true);
  expect(alts.some((alt) => alt.startsWith('Line chart of the representation index'))).toBe(true);

  // pdftotext: the marking at the top and bottom, the running head and "Page N of M" on every page.
  const pages = pagesOf(pdfPath);
  expect(pages).toHaveLength(pageCount);
  pages.forEach((text, index) => {
    expect(text.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0, `the marking twice on page ${index + 1}`).toBeGreaterThanOrEqual(2);
    expect(text, `running head on page ${index + 1}`).toContain(`${organisationName} · Board development: clinical leadership · 19 November 2026`);
    expect(text, `page number on page ${index + 1}`).toContain(`Page ${index + 1} of ${pageCount}`);
  });
  const all = flat(pages.join(' '));
  expect(all).toContain(organisationName);
  for (const theme of THEMES) expect(all).toContain(theme.title);
  // Every agreed priority, and every action with its owner and due date.
  for (const questionId of AGREED) {
    const question = KEY_QUESTIONS.find((q) => q.id === questionId);
    expect(all).toContain(flat(question?.text ?? 'missing'));
  }
  for (const action of seeded.actions) {
    const row = pages.flatMap((text) => text.split('\n')).find((line) => line.includes(action.description.slice(0, 40)));
    expect(row, `the row of ${action.description}`).toBeDefined();
    expect(flat(row ?? ''), action.description).toContain(action.ownerName.split(' ')[0] ?? '');
    expect(flat(row ?? ''), action.description).toContain(longDate(action.dueDate));
  }
  // The charts are SVG, so their words stay text in the PDF.
  expect(all).toContain('Representation index');
  expect(all).toContain('Parity');
  // The questions table runs onto a second page, its header row repeated there.
  expect(pages.filter((text) => /No\.\s+Key question\s+Agreed/.test(text)).length).toBeGreaterThanOrEqual(2);
  expect(all).toContain('Executive lead Grace Adeyemi, nurse director');
  expect(all).toContain('Non-executive lead Ian Fraser, non-executive director');

  // The ceiling table: no count from 1 to 4; the small one shows as <5.
  const ceilingPage = pages.find((text) => text.includes('Ceilings in the snapshot of 31 March 2026 (Year end)')) ?? '';
  const ceilingLines = pages
    .join('\n')
    .split('\n')
    .filter((line) => PROFESSIONS.some((p) => new RegExp(`^\\s*${p.label}\\s+(\\S+)\\s+\\S+\\s+(Band|No ceiling|No staff)`).test(line)));
  expect(ceilingPage).not.toBe('');
  expect(ceilingLines.length).toBeGreaterThanOrEqual(PROFESSIONS.length);
  for (const line of ceilingLines) {
    const staff = /^\s*\D+?\s{2,}(\S+)/.exec(line)?.[1] ?? '';
    expect(staff, line).not.toMatch(/^[1-4]$/);
  }
  expect(ceilingLines.some((line) => /^\s*Psychologists\s+<5\s+–/.test(line))).toBe(true);

  // Every page renders to a picture.
  const pictures = path.join(outDir, 'pages');
  fs.mkdirSync(pictures);
  poppler('pdftoppm', ['-r', '40', '-png', pdfPath, path.join(pictures, 'page')]);
  const pngs = fs.readdirSync(pictures).filter((name) => name.endsWith('.png'));
  expect(pngs).toHaveLength(pageCount);
  for (const png of pngs) expect(fs.statSync(path.join(pictures, png)).size).toBeGreaterThan(2_000);
});

test('with no marking nothing is printed in the margins but the head and page numbers; the preview is the same report, and accessible', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(120_000);
  const seeded = await seedCompleteWorkshop(core, { actionCount: 3 });
  await page.goto(`${app.url}#/workshops/${seeded.workshopId}/report`);
  await page.getByRole('radio', { name: 'No marking' }).check();
  const pdfPath = path.join(outDir, 'unmarked.pdf');
  fileChooser.willSaveTo(pdfPath);
  await page.getByRole('button', { name: 'Save the report as PDF' }).click();
  await expect(page.getByTestId('export-report-saved')).toBeVisible({ timeout: 60_000 });
  const pages = pagesOf(pdfPath);
  expect(pages.join('\n')).not.toContain('OFFICIAL');
  pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages.length}`));

  // Cancelling the save dialog writes nothing and says nothing.
  fileChooser.willSaveTo(null);
  await page.getByRole('button', { name: 'Save the report as PDF' }).click();
  await expect.poll(() => fileChooser.suggestedNames.length).toBe(2);
  await expect(page.getByRole('button', { name: 'Save the report as PDF' })).not.toHaveAttribute('aria-disabled');
  await expect(page.getByTestId('export-report-busy')).toHaveCount(0);
  await expect(page.getByTestId('export-report-saved')).toHaveCount(0);
  expect(fs.readdirSync(outDir)).toEqual(['unmarked.pdf']);

  // The preview: the report on screen, by keyboard from the options page, and back.
  await tabTo(page, page.getByRole('link', { name: 'Preview the report in this window' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.locator('html[data-report-state="ready"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Northshire Hospitals NHS Trust' })).toBeVisible();
  await expect(page).toHaveTitle(/^Clinical leadership priorities: Northshire Hospitals NHS Trust/);
  await expect(page.getByTestId('radar-chart').locator('svg')).toBeVisible();
  await checkA11y('the report preview');
  await tabTo(page, page.getByRole('link', { name: 'Back to the report’s options' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities report' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'No marking' })).toBeChecked();

  // The workforce figures as the board looked at them. A threshold out of range is refused when
  // the report is asked for (not while typing), in an error summary that takes focus and links to
  // the field; nothing is asked or saved, and the preview does not open.
  await expect(page.getByText('From the snapshot of 31 March 2026 (Year end), the newest dated on or before the workshop.')).toBeVisible();
  const threshold = page.getByLabel('Ceiling threshold');
  await expect(threshold).toHaveAttribute('inputmode', 'decimal');
  await threshold.fill('2');
  await expect(page.locator('#report-threshold-error')).toHaveCount(0);
  const asked = fileChooser.suggestedNames.length;
  await page.getByRole('button', { name: 'Save the report as PDF' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'The ceiling threshold must be from 0.05 to 1' })).toBeVisible();
  await expect(page.locator('#report-threshold-error')).toHaveText('Error: The ceiling threshold must be from 0.05 to 1');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByTestId('export-report-busy')).toHaveCount(0);
  expect(fileChooser.suggestedNames).toHaveLength(asked);
  expect(fs.readdirSync(outDir)).toEqual(['unmarked.pdf']);
  await checkA11y('the report’s options with a wrong threshold');
  await page.getByTestId('report-preview').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities report' })).toBeVisible();
  await summary.getByRole('link', { name: 'The ceiling threshold must be from 0.05 to 1' }).click();
  await expect(threshold).toBeFocused();
  await threshold.fill('0.333');
  await page.getByRole('button', { name: 'Save the report as PDF' }).click();
  await expect(page.locator('#report-threshold-error')).toHaveText('Error: Enter the ceiling threshold to 2 decimal places at most, like 0.45');
  // Corrected, the summary and the field's message go; a cancelled save says nothing more.
  await threshold.fill('0.35');
  fileChooser.willSaveTo(null);
  await page.getByRole('button', { name: 'Save the report as PDF' }).click();
  await expect.poll(() => fileChooser.suggestedNames.length).toBe(asked + 1);
  await expect(summary).toHaveCount(0);
  await expect(page.locator('#report-threshold-error')).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);

  // FTE at 0.3: the preview analyses by them and says so. The marking chosen before the first
  // preview is still chosen after coming back.
  // Tab reaches the checked radio of a group; the arrow keys move within it.
  await tabTo(page, page.getByRole('radio', { name: 'Headcount' }), 30);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'FTE (whole-time equivalent)' })).toBeChecked();
  await threshold.fill('0.3');
  await tabTo(page, page.getByRole('link', { name: 'Preview the report in this window' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.locator('html[data-report-state="ready"]')).toBeAttached();
  expect(page.url()).toMatch(/\/report\/print\/none\/fte\/0\.3$/);
  await expect(page.getByText('From the workforce snapshot of 31 March 2026 (Year end), by FTE.')).toBeVisible();
  await expect(page.getByTestId('report-ceiling-table').getByRole('columnheader', { name: 'Staff (FTE)' })).toBeVisible();
  await expect(page.getByText('threshold (0.3 here, by FTE)')).toBeVisible();
});

test('a workshop with nothing recorded gives a one-page report, and an unknown workshop says so', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  const org = await core.call('organisation.create', { name: 'Eastvale Community Trust', odsCode: 'RYE', type: 'nhs-trust' });
  if (!org.ok) throw new Error(org.error.message);
  const created = await core.call('workshop.create', {
    organisationId: org.value.id,
    title: 'First session',
    date: '2026-12-01',
    facilitator: '',
    participants: { boardMemberIds: [], guests: [] },
  });
  if (!created.ok) throw new Error(created.error.message);
  await page.goto(`${app.url}#/workshops/${created.value.id}/report/print/official`);
  await expect(page.locator('html[data-report-state="ready"]')).toBeAttached();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  // Only the sections with content: nothing rated, no board, no data, no priorities.
  expect(headings).toEqual(['About this report']);
  await expect(page.getByText('Nothing has been recorded for this workshop yet.')).toBeVisible();
  // No figures, so none of the notes on how figures were worked out.
  await expect(page.getByRole('heading', { name: 'How the figures were worked out' })).toHaveCount(0);
  await checkA11y('an empty report');

  // Saved, it is one page: the cover, what is missing and the framework's source, with the page furniture.
  await page.goto(`${app.url}#/workshops/${created.value.id}/report`);
  const pdfPath = path.join(outDir, 'empty.pdf');
  fileChooser.willSaveTo(pdfPath);
  await page.getByRole('button', { name: 'Save the report as PDF' }).click();
  await expect(page.getByTestId('export-report-saved')).toBeVisible({ timeout: 60_000 });
  expect(poppler('pdfinfo', [pdfPath])).toMatch(/^Pages:\s+1$/m);
  const [only = ''] = pagesOf(pdfPath);
  expect(flat(only)).toContain('Nothing has been recorded for this workshop yet.');
  expect(flat(only)).toContain('About this report');
  expect(only).toContain('Page 1 of 1');
  expect(only.match(/OFFICIAL/g)).toHaveLength(2);

  // Once the board records where it perceives ceilings, with no workforce data, they print alone and say so.
  for (const [professionId, ceiling] of [['nurses', 'band-8b'], ['ahp', 'no-ceiling']] as const) {
    const set = await core.call('session.setCeiling', { workshopId: created.value.id, professionId, ceiling });
    if (!set.ok) throw new Error(set.error.message);
  }
  await page.goto(`${app.url}#/workshops/${created.value.id}/report/print/official`);
  await expect(page.locator('html[data-report-state="ready"]')).toBeAttached();
  // The summary's headline counts the one with a ceiling (AHPs were perceived to have none).
  expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Summary', 'Where professions hit a ceiling', 'About this report']);
  await expect(page.getByText('With no workforce snapshot dated on or before the workshop, the board perceived a ceiling for 1 of 9 clinical professions.')).toBeVisible();
  await expect(page.getByText('Boardwalk holds no workforce snapshot for Eastvale Community Trust dated on or before this workshop')).toBeVisible();
  const perceivedRows = page.getByTestId('report-perceived-table').getByRole('row');
  await expect(perceivedRows).toHaveText([/Profession\s*Perceived by the board/, /Allied health professionals\s*No ceiling/, /Nurses.*Band 8b/]);
  await expect(page.getByText('Nothing has been recorded for this workshop yet.')).toHaveCount(0);
  await checkA11y('a report of perceived ceilings alone');

  // A snapshot taken after the workshop changes none of that, and the options page says why.
  seedSnapshot(core, org.value.id, { snapshotDate: '2027-03-31', label: 'Year end', counts: NORTHSHIRE_2026 });
  await page.goto(`${app.url}#/workshops/${created.value.id}/report`);
  await expect(page.getByTestId('report-no-snapshot-then')).toHaveText(
    'Boardwalk holds workforce snapshots for this organisation, but none dated on or before the workshop (1 December 2026), so the report shows only the ceilings the board perceived.',
  );
  await expect(page.getByRole('heading', { name: 'Workforce figures' })).toHaveCount(0);
  await checkA11y('the options of a report with only later workforce data');
  await page.goto(`${app.url}#/workshops/${created.value.id}/report/print/official`);
  await expect(page.locator('html[data-report-state="ready"]')).toBeAttached();
  await expect(page.getByTestId('report-perceived-table')).toBeVisible();

  await page.goto(`${app.url}#/workshops/999/report/print/official`);
  await expect(page.locator('html[data-report-state="error"]')).toBeAttached();
  await expect(page.getByTestId('report-problem')).toContainText('no workshop');
  await checkA11y('a report that cannot be made');
});

test('a past workshop’s priorities and report use the workforce as it stood on the day, not data taken since', async ({ page, app, core, checkA11y }) => {
  test.setTimeout(60_000);
  const seeded = await seedCompleteWorkshop(core, { actionCount: 3 });
  // The previous workshop (20 November 2025) came before the 31 March 2026 snapshot.
  await page.goto(`${app.url}#/workshops/${seeded.previousWorkshopId}/run/priorities`);
  await expect(page.getByText(/Ceilings come from the workforce snapshot of 30 September 2025:/)).toBeVisible();
  await page.goto(`${app.url}#/workshops/${seeded.workshopId}/run/priorities`);
  await expect(page.getByText(/Ceilings come from the workforce snapshot of 31 March 2026:/)).toBeVisible();

  await page.goto(`${app.url}#/workshops/${seeded.previousWorkshopId}/report`);
  await expect(page.getByText('From the snapshot of 30 September 2025 (Half year), the newest dated on or before the workshop.')).toBeVisible();
  await checkA11y('the options of a past workshop’s report');
  await page.getByTestId('report-preview').click();
  await expect(page.locator('html[data-report-state="ready"]')).toBeAttached();
  await expect(page.getByText(/^From the workforce snapshot of 30 September 2025 \(Half year\), by headcount/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Change since 31 March 2025 (Year end)' })).toBeVisible();
  await expect(page.getByText('31 March 2026')).toHaveCount(0);
});
