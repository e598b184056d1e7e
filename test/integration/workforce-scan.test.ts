import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFileError } from '../../src-main/core/workforce/reader';
import { scanFile } from '../../src-main/core/workforce/scan';
import type { ColumnMapping } from '../../shared/workforce/types';
import { makeTempDir, removeDir } from '../harness/temp-dir';

const FIXTURES = path.resolve('test/fixtures/workforce');
const PERSON: ColumnMapping = { shape: 'person', staffGroup: 'Staff Group', occupation: 'Occupation', level: 'Pay Band', fte: 'FTE' };
const AGGREGATED: ColumnMapping = { shape: 'aggregated', profession: 'Profession', level: 'Band', headcount: 'Headcount', fte: 'FTE' };

let tmp: string;
beforeAll(() => {
  tmp = makeTempDir('boardwalk-scan-');
});
afterAll(() => removeDir(tmp));

function write(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

async function failure(file: string, columns: ColumnMapping, maxGroups?: number): Promise<ImportFileError> {
  try {
    await scanFile(file, { sheet: null, columns, ...(maxGroups ? { maxGroups } : {}) });
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('the scan did not fail');
}

describe('scanning a workforce file into counts', () => {
  it('counts a person-level file by staff group, occupation and band, summing FTE', async () => {
    const result = await scanFile(path.join(FIXTURES, 'person-utf8.csv'), { sheet: null, columns: PERSON });
    expect(result.rowsRead).toBeGreaterThan(0);
    expect(result.groups.reduce((sum, g) => sum + g.rows, 0)).toBe(result.rowsRead);
    expect(result.groups.every((g) => g.rows === g.headcount && g.fte !== null)).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/Smith|10000001/);
  });

  it('sums the headcounts of an aggregated table', async () => {
    const result = await scanFile(path.join(FIXTURES, 'aggregated.csv'), { sheet: null, columns: AGGREGATED });
    const nurses5 = result.groups.find((g) => g.group === 'Registered Nurse' && g.level === 'Band 5');
    expect(nurses5).toEqual({ group: 'Registered Nurse', occupation: '', level: 'Band 5', rows: 1, headcount: 412, fte: 380.4 });
  });

  it('accepts a decimal comma in FTE, thousands separators and a spreadsheet\'s "12.0" in headcounts', async () => {
    const file = write('locale.csv', 'Profession;Band;Headcount;FTE\nNurses;Band 5;"1,234";"1100,5"\nNurses;Band 6;12.0;11\n');
    const result = await scanFile(file, { sheet: null, columns: AGGREGATED });
    expect(result.groups.map((g) => [g.level, g.headcount, g.fte])).toEqual([
      ['Band 5', 1234, 1100.5],
      ['Band 6', 12, 11],
    ]);
  });

  // The malformed values of the corpus, each with the message the user sees.
  const cases: ReadonlyArray<readonly [string, () => string, ColumnMapping, RegExp]> = [
    ['a non-numeric FTE', () => path.join(FIXTURES, 'bad-fte.csv'), PERSON, /^bad-fte\.csv, row 3, column "FTE" \(F\): the value is not a number\. FTE must be a number such as 1 or 0\.8\.$/],
    ['a negative headcount', () => path.join(FIXTURES, 'negative-headcount.csv'), AGGREGATED, /^negative-headcount\.csv, row 4, column "Headcount" \(C\): "-3" is negative\. A headcount must be 0 or more\.$/],
    ['a negative FTE', () => write('negative-fte.csv', 'Staff Group,Occupation,Pay Band,FTE\nMedical and Dental,Consultant,Consultant,-1\n'), PERSON, /^negative-fte\.csv, row 2, column "FTE" \(D\): "-1" is negative\. FTE must be 0 or more\.$/],
    ['a blank FTE', () => write('blank-fte.csv', 'Staff Group,Occupation,Pay Band,FTE\nMedical and Dental,Consultant,Consultant,\n'), PERSON, /^blank-fte\.csv, row 2, column "FTE" \(D\): the FTE is blank/],
    ['a headcount that is not whole', () => write('half.csv', 'Profession,Band,Headcount,FTE\nNurses,Band 5,2.5,2\n'), AGGREGATED, /^half\.csv, row 2, column "Headcount" \(C\): "2\.5" is not a whole number/],
    ['a headcount that is text', () => write('text.csv', 'Profession,Band,Headcount,FTE\nNurses,Band 5,lots,2\n'), AGGREGATED, /^text\.csv, row 2, column "Headcount" \(C\): the value is not a number/],
    ['an FTE with a comma in a comma-separated file', () => write('comma-fte.csv', 'Profession,Band,Headcount,FTE\nNurses,Band 5,"1,234","1,234"\n'), AGGREGATED, /^comma-fte\.csv, row 2, column "FTE" \(D\): "1,234" has a comma\. Write FTE with a decimal point/],
    ['an FTE too large for one person', () => write('huge-fte.csv', `Staff Group,Occupation,Pay Band,FTE\nMedical and Dental,Consultant,Consultant,${'9'.repeat(400)}\n`), PERSON, /^huge-fte\.csv, row 2, column "FTE" \(D\): the value is more than 5, too many for one row/],
    ['a category value too long to map', () => write('long.csv', `Staff Group,Occupation,Pay Band,FTE\n${'A'.repeat(201)},Consultant,Consultant,1\n`), PERSON, /^long\.csv, row 2, column "Staff Group" \(A\): the value is longer than 200 characters/],
    ['a value no mapping can hold', () => write('proto.csv', 'Staff Group,Occupation,Pay Band,FTE\n__proto__,Consultant,Consultant,1\n'), PERSON, /^proto\.csv, row 2, column "Staff Group" \(A\): the value "__proto__" cannot be used/],
    ['a blank headcount', () => write('blank-count.csv', 'Profession,Band,Headcount,FTE\nNurses,Band 5,,2\n'), AGGREGATED, /^blank-count\.csv, row 2, column "Headcount" \(C\): the headcount is blank/],
  ];
  for (const [what, file, columns, message] of cases) {
    it(`refuses ${what}, naming the file, row and column`, async () => {
      const error = await failure(file(), columns);
      expect(error.code).toBe('BAD_VALUE');
      expect(error.message).toMatch(message);
      expect(error.row).not.toBeNull();
      expect(error.column).not.toBeNull();
    });
  }

  it('stops when a column holds far more values than categories do (names chosen as the occupation, say)', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `Medical and Dental,Person ${i},Consultant,1`);
    const file = write('names.csv', ['Staff Group,Full Name,Pay Band,FTE', ...rows].join('\n'));
    const error = await failure(file, { shape: 'person', staffGroup: 'Staff Group', occupation: 'Full Name', level: 'Pay Band', fte: 'FTE' }, 50);
    expect(error.code).toBe('TOO_MANY_VALUES');
    expect(error.message).toMatch(/^names\.csv, row 52: the columns chosen hold more than 50 different combinations of values/);
  });

  it('refuses a column of names chosen as a category in a staff list, without quoting any of them', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Nursing and Midwifery Registered,Forename${i} Surname${i},Band ${5 + (i % 3)},1`);
    const file = write('staff.csv', ['Staff Group,Full Name,Pay Band,FTE', ...rows].join('\n'));
    const error = await failure(file, { shape: 'person', staffGroup: 'Staff Group', occupation: 'Full Name', level: 'Pay Band', fte: 'FTE' });
    expect(error.code).toBe('TOO_MANY_VALUES');
    expect(error.column).toBe('Full Name');
    expect(error.message).toBe(
      'staff.csv, column "Full Name": almost every row has a different value (250 in 250 rows), so it looks like names or staff numbers rather than a staff group, occupation or band. Choose another column.',
    );
  });

  it('keeps combinations apart even when a value holds the character a joined key would use', async () => {
    const file = write('sep.csv', 'Staff Group,Occupation,Pay Band,FTE\nA\u0001B,C,Band 5,1\nA,B\u0001C,Band 5,1\n');
    const result = await scanFile(file, { sheet: null, columns: PERSON });
    expect(result.groups).toHaveLength(2);
  });

  it('passes the reader\'s own refusals through unchanged', async () => {
    const error = await failure(path.join(FIXTURES, 'missing-column.csv'), PERSON);
    expect(error.code).toBe('MISSING_COLUMN');
    expect(error.message).toContain('missing-column.csv');
  });
});
