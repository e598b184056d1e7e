import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { Core } from '../../src-main/core/app-core';
import { expect, test } from '../harness/fixtures';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { tabTo } from '../harness/keyboard';
import { makeTempDir, removeDir } from '../harness/temp-dir';

const HEADER = ['Employee Number', 'Full Name', 'Staff Group', 'Occupation', 'Pay Band', 'FTE'];

/** [staff group, occupation, band, how many]: an ESR-like staff list, one row per person. */
const PEOPLE: ReadonlyArray<readonly [string, string, string, number]> = [
  ['Nursing and Midwifery Registered', 'Staff Nurse', 'Band 5', 30],
  ['Nursing and Midwifery Registered', 'Sister', 'Band 6', 12],
  ['Nursing and Midwifery Registered', 'Matron', 'Band 8 - Range A', 6],
  ['Nursing and Midwifery Registered', 'Midwife', 'Band 6', 9],
  ['Medical and Dental', 'Consultant', 'Consultant', 10],
  ['Allied Health Professionals', 'Physiotherapist', 'Band 6', 8],
  ['Allied Health Professionals', 'Dietitian', 'Band 7', 2],
  ['Administrative and Clerical', 'Receptionist', 'Band 3', 15],
  ['Administrative and Clerical', 'Director of Finance', 'VSM', 1],
  ['Research Oddities', 'Dream Analyst', 'Band 7', 1],
];

function rowsOf(people = PEOPLE): string[][] {
  let n = 0;
  return people.flatMap(([group, occupation, band, count]) =>
    Array.from({ length: count }, () => {
      n += 1;
      return [String(20_000_000 + n), `Person Number${n}`, group, occupation, band, n % 4 === 0 ? '0.8' : '1'];
    }),
  );
}

function csvOf(rows: readonly (readonly string[])[]): string {
  return [HEADER, ...rows].map((r) => r.join(',')).join('\r\n');
}

let dir: string;
test.beforeEach(() => {
  dir = makeTempDir('boardwalk-e2e-files-');
});
test.afterEach(() => removeDir(dir));

async function seed(core: Core): Promise<number> {
  const { organisationId } = await seedOrganisationWithBoard(core);
  return organisationId;
}

async function chooseAndRead(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: /Choose a (different )?file/ }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '2. Check the columns' })).toBeVisible();
}

async function typeDate(page: Page, day: string, month: string, year: string): Promise<void> {
  await tabTo(page, page.getByLabel('Day'), 80);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

test('a person-level CSV and an Excel workbook are imported by keyboard, an unknown value mapped, the mapping saved and reused', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(90_000);
  const organisationId = await seed(core);
  const csv = path.join(dir, 'esr-staff-in-post.csv');
  fs.writeFileSync(csv, csvOf(rowsOf()));
  fileChooser.willChoose(csv);

  await page.goto(`${app.url}#/organisations/${organisationId}/workforce/import`);
  await expect(page.getByRole('heading', { level: 1, name: /Import a workforce file/ })).toBeVisible();
  await checkA11y('import: choose a file');

  await chooseAndRead(page);
  await expect(page.getByRole('heading', { name: '2. Check the columns' })).toBeFocused();
  await expect(page.getByTestId('file-summary')).toContainText('esr-staff-in-post.csv');
  await expect(page.getByTestId('file-summary')).toContainText('CSV, comma-separated, UTF-8 text');
  await expect(page.getByLabel('One person or assignment per row (a staff list)')).toBeChecked();
  await expect(page.getByLabel('Staff group')).toHaveValue('Staff Group');
  await expect(page.getByLabel('Occupation or job role')).toHaveValue('Occupation');
  await expect(page.getByLabel('Pay band or grade')).toHaveValue('Pay Band');
  await expect(page.getByLabel('FTE (whole-time equivalent)')).toHaveValue('FTE');
  await checkA11y('import: columns');

  await tabTo(page, page.getByRole('button', { name: 'Read the file' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '3. Map the values' })).toBeFocused();
  await expect(page.getByTestId('unmapped-summary')).toHaveText('1 value needs mapping.');
  await expect(page.getByTestId('blockers')).toContainText('Before importing');
  // Known spellings are suggested; the unknown staff group waits, with its count.
  await expect(page.getByLabel('Counts as, for "Nursing and Midwifery Registered"')).toHaveValue('nurses');
  await expect(page.getByLabel('Counts as, for "Midwife"')).toHaveValue('midwives');
  await expect(page.getByLabel('Counts as, for "Consultant"').last()).toHaveValue('band-8d');
  const unknown = page.getByLabel('Counts as, for "Research Oddities"');
  await expect(unknown).toHaveValue('');
  await expect(page.getByTestId('values-groups').getByRole('row', { name: /Research Oddities/ })).toContainText('Needs mapping');
  await checkA11y('import: values with one unmapped');

  await tabTo(page, unknown, 80);
  await page.keyboard.type('L');
  await expect(unknown).toHaveValue('exclude');
  await expect(page.getByTestId('unmapped-summary')).toHaveText('Every value has a place.');
  await expect(page.getByTestId('blockers')).toHaveCount(0);
  // 30 + 12 + 6 nurses, 9 midwives, 10 doctors, 10 AHPs; the receptionists sit below the ladder.
  await expect(page.getByTestId('import-preview')).toContainText('Clinical staff counted77');
  await expect(page.getByTestId('import-totals').getByRole('row', { name: /Nurses/ })).toContainText('48');
  await expect(page.getByTestId('import-totals').getByRole('row', { name: /Non-clinical/ })).toContainText('<5');
  await expect(page.getByTestId('exclusions')).toContainText('Below the ladder (Bands 1–4)');

  await typeDate(page, '31', '3', '2026');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Label (optional)')).toBeFocused();
  await page.keyboard.type('Year end');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Save these columns and values to use next time')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name of the saved mapping')).toBeFocused();
  await page.keyboard.type('ESR monthly');
  await checkA11y('import: check and import');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import snapshot' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`#/organisations/${organisationId}/workforce$`));
  await expect(page.getByText('Snapshot of 31 March 2026 imported: 77 clinical staff counted')).toBeVisible();
  const first = await core.call('workforce.listSnapshots', { organisationId });
  expect(first.ok && first.value.map((s) => [s.snapshotDate, s.label, s.clinicalHeadcount, s.rowsRead])).toEqual([['2026-03-31', 'Year end', 77, 94]]);

  // The second extract is a workbook: a notes sheet (skipped, it holds no table), a summary by
  // band (read first), then the staff list the user picks; the saved mapping fills in the rest.
  const xlsx = path.join(dir, 'staff in post september.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['Extracted from ESR for the board workshop']);
  const summary = workbook.addWorksheet('Summary by band');
  summary.addRow(['Profession', 'Band', 'Headcount']);
  summary.addRow(['Nursing', 'Band 5', 30]);
  const sheet = workbook.addWorksheet('Staff in post');
  sheet.addRow(HEADER);
  const moreNurses = PEOPLE.map(([g, o, b, n]) => [g, o, b, o === 'Matron' ? n + 2 : n] as const);
  for (const row of rowsOf(moreNurses)) sheet.addRow([Number(row[0]), row[1], row[2], row[3], row[4], Number(row[5])]);
  await workbook.xlsx.writeFile(xlsx);
  fileChooser.willChoose(xlsx);

  await page.goto(`${app.url}#/organisations/${organisationId}/workforce/import`);
  await chooseAndRead(page);
  await expect(page.getByTestId('file-summary')).toContainText('Excel workbook, sheet "Summary by band"');
  await tabTo(page, page.getByLabel('Sheet'), 30);
  await page.keyboard.type('Sta');
  await expect(page.getByTestId('file-summary')).toContainText('Excel workbook, sheet "Staff in post"');
  await tabTo(page, page.getByLabel('Saved mapping'), 30);
  await page.keyboard.type('E');
  await expect(page.getByLabel('Saved mapping')).toHaveValue(/\d+/);
  await expect(page.getByLabel('Pay band or grade')).toHaveValue('Pay Band');
  await tabTo(page, page.getByRole('button', { name: 'Read the file' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '3. Map the values' })).toBeFocused();
  await expect(page.getByTestId('unmapped-summary')).toHaveText('Every value has a place.');
  await expect(page.getByTestId('values-groups').getByRole('row', { name: /Research Oddities/ })).toContainText('From saved mapping');
  await checkA11y('import: values from a saved mapping');
  await typeDate(page, '30', '9', '2026');
  await tabTo(page, page.getByRole('button', { name: 'Import snapshot' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Snapshot of 30 September 2026 imported: 79 clinical staff counted')).toBeVisible();

  const both = await core.call('workforce.listSnapshots', { organisationId });
  expect(both.ok && both.value.map((s) => [s.snapshotDate, s.sourceName, s.clinicalHeadcount])).toEqual([
    ['2026-09-30', 'staff in post september.xlsx', 79],
    ['2026-03-31', 'esr-staff-in-post.csv', 77],
  ]);
  const newest = both.ok ? both.value[0] : undefined;
  const counts = await core.call('workforce.getSnapshot', { id: newest?.id ?? 0 });
  expect(counts.ok && counts.value.counts.find((c) => c.professionId === 'nurses' && c.levelId === 'band-8a')?.headcount).toBe(8);
});

test('a file with a bad value is refused with its row and column, a date already used is refused, and nothing is stored', async ({
  page,
  app,
  core,
  fileChooser,
  checkA11y,
}) => {
  test.setTimeout(60_000);
  const organisationId = await seed(core);
  const rows = rowsOf();
  const bad = rows.map((r, i) => (i === 40 ? [...r.slice(0, 5), 'full time'] : r));
  const badFile = path.join(dir, 'bad-fte.csv');
  fs.writeFileSync(badFile, csvOf(bad));
  const notCsv = path.join(dir, 'photo.csv');
  fs.writeFileSync(notCsv, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  fileChooser.willChoose(notCsv);
  fileChooser.willChoose(badFile);

  await page.goto(`${app.url}#/organisations/${organisationId}/workforce/import`);
  await tabTo(page, page.getByRole('button', { name: 'Choose a file' }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('file-problem')).toBeFocused();
  await expect(page.getByTestId('file-problem')).toContainText('photo.csv');
  await expect(page.getByTestId('file-problem')).toContainText(/not a CSV or Excel/);
  await checkA11y('import: not a CSV');

  await chooseAndRead(page);
  await tabTo(page, page.getByRole('button', { name: 'Read the file' }), 30);
  await page.keyboard.press('Enter');
  // Row 42: the header is row 1 and the bad value is on the 41st person.
  await expect(page.getByTestId('file-problem')).toContainText('bad-fte.csv, row 42, column "FTE" (F): the value is not a number');
  await expect(page.getByTestId('file-problem')).toBeFocused();
  await expect(page.getByRole('heading', { name: '2. Check the columns' })).toBeVisible();
  await checkA11y('import: bad value');
  expect(await core.call('workforce.listSnapshots', { organisationId })).toEqual({ ok: true, value: [] });
});

test('a long read shows its progress and can be cancelled, and the app answers while it reads', async ({ page, app, core, fileChooser }) => {
  test.setTimeout(90_000);
  const organisationId = await seed(core);
  const big = path.join(dir, 'whole-region.csv');
  const line = 'Nursing and Midwifery Registered,Staff Nurse,Band 5,1';
  const stream = fs.createWriteStream(big);
  stream.write('Staff Group,Occupation,Pay Band,FTE\n');
  const block = `${line}\n`.repeat(100_000);
  for (let i = 0; i < 40; i += 1) stream.write(block);
  await new Promise<void>((resolve) => stream.end(resolve));
  fileChooser.willChoose(big);

  await page.goto(`${app.url}#/organisations/${organisationId}/workforce/import`);
  await chooseAndRead(page);
  await tabTo(page, page.getByRole('button', { name: 'Read the file' }), 30);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Reading the file' })).toBeFocused();
  await expect(page.getByLabel('Progress')).toBeVisible();
  // The main process answers other requests while the worker reads.
  const info = await core.call('app.info', {});
  expect(info.ok).toBe(true);
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '2. Check the columns' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reading the file' })).toHaveCount(0);
  expect(await core.call('workforce.listSnapshots', { organisationId })).toEqual({ ok: true, value: [] });
});
