/**
 * A person-level workforce extract shaped like an ESR export, for the workforce-import
 * benchmark: one row per assignment, CRLF line ends, UTF-8 without a BOM, nine columns.
 *
 * Staff groups, occupations and pay bands come from a weighted table that follows the rough
 * make-up of NHS trusts in England (registered nurses about a quarter, support staff and
 * admin about a quarter each, doctors about a tenth), so the number of distinct combinations
 * (a couple of hundred) is what a real trust's file gives. Most values are ones Boardwalk
 * suggests a target for; a few are not (the mixed "Additional Professional Scientific and
 * Technical" group, "Non AfC Grade", ESR grade codes), as in a real file.
 *
 * Names carry the awkward parts of CSV: most are "Surname, Forename" in quotes (a comma inside
 * a value), some have a nickname in doubled quotes, and some are not ASCII (Zoë, Siân, Ó Briain).
 * One occupation holds a comma and is quoted too.
 *
 * Deterministic: the same rows and seed give the same bytes.
 */
import fs from 'node:fs';

export const CSV_HEADERS = [
  'Employee Number',
  'Assignment Number',
  'Full Name',
  'Staff Group',
  'Occupation',
  'Pay Band',
  'FTE',
  'Organisation',
  'Assignment Category',
] as const;

/** [staff group, occupation, share of all rows in ‰, pay bands with their relative weights]. */
type Role = readonly [string, string, number, readonly (readonly [string, number])[]];

const NMR = 'Nursing and Midwifery Registered';
const ACS = 'Additional Clinical Services';
const AC = 'Administrative and Clerical';
const AHP = 'Allied Health Professionals';
const MD = 'Medical and Dental';
const EA = 'Estates and Ancillary';
const HS = 'Healthcare Scientists';
const APST = 'Additional Professional Scientific and Technical';

const ROLES: readonly Role[] = [
  [NMR, 'Staff Nurse', 140, [['Band 5', 8], ['Band 6', 2]]],
  [NMR, 'Sister/Charge Nurse', 40, [['Band 6', 6], ['Band 7', 4]]],
  [NMR, 'Clinical Nurse Specialist', 25, [['Band 6', 3], ['Band 7', 6], ['Band 8 - Range A', 1]]],
  [NMR, 'Midwife', 25, [['Band 5', 2], ['Band 6', 6], ['Band 7', 2]]],
  [NMR, 'District Nurse', 20, [['Band 5', 3], ['Band 6', 6], ['Band 7', 1]]],
  [NMR, 'Modern Matron', 5, [['Band 8 - Range A', 1]]],
  [NMR, 'Nurse Consultant', 2, [['Band 8 - Range B', 2], ['Band 8 - Range C', 1]]],
  [NMR, 'Nurse Manager, Community', 3, [['Band 7', 1], ['Band 8 - Range A', 2], ['Band 8 - Range B', 1]]],
  [ACS, 'Healthcare Assistant', 120, [['Band 2', 5], ['Band 3', 5]]],
  [ACS, 'Clinical Support Worker', 30, [['Band 2', 4], ['Band 3', 6]]],
  [ACS, 'Nursing Associate', 20, [['Band 4', 1]]],
  [ACS, 'Assistant Practitioner', 20, [['Band 4', 1]]],
  [ACS, 'Maternity Support Worker', 10, [['Band 3', 1]]],
  [ACS, 'Phlebotomist', 10, [['Band 2', 1], ['Band 3', 1]]],
  [ACS, 'Therapy Support Worker', 20, [['Band 3', 2], ['Band 4', 1]]],
  [AC, 'Administrator', 80, [['Band 2', 1], ['Band 3', 4], ['Band 4', 3]]],
  [AC, 'Medical Secretary', 30, [['Band 3', 1], ['Band 4', 3]]],
  [AC, 'Receptionist', 30, [['Band 2', 2], ['Band 3', 1]]],
  [AC, 'Ward Clerk', 20, [['Band 2', 1], ['Band 3', 2]]],
  [AC, 'Service Manager', 40, [['Band 7', 3], ['Band 8 - Range A', 3], ['Band 8 - Range B', 2], ['Band 8 - Range C', 1]]],
  [AC, 'Finance Officer', 20, [['Band 5', 2], ['Band 6', 1]]],
  [AC, 'IT Analyst', 20, [['Band 5', 1], ['Band 6', 2], ['Band 7', 1]]],
  [AC, 'Director', 1, [['VSM', 1]]],
  [AHP, 'Physiotherapist', 25, [['Band 5', 3], ['Band 6', 4], ['Band 7', 2], ['Band 8 - Range A', 1]]],
  [AHP, 'Occupational Therapist', 20, [['Band 5', 3], ['Band 6', 4], ['Band 7', 2]]],
  [AHP, 'Radiographer - Diagnostic', 15, [['Band 5', 3], ['Band 6', 3], ['Band 7', 2]]],
  [AHP, 'Speech and Language Therapist', 5, [['Band 5', 1], ['Band 6', 2], ['Band 7', 2]]],
  [AHP, 'Paramedic', 5, [['Band 5', 1], ['Band 6', 3]]],
  [MD, 'Consultant', 40, [['Consultant', 1]]],
  [MD, 'Specialty Registrar', 35, [['Specialty Registrar', 1]]],
  [MD, 'Foundation Doctor', 20, [['Foundation Year 1', 1], ['Foundation Year 2', 1]]],
  [MD, 'Specialty Doctor', 10, [['Specialty Doctor', 1]]],
  [MD, 'Core Trainee', 10, [['Core Training', 1]]],
  [MD, 'Specialist', 2, [['Specialist', 1]]],
  [EA, 'Porter', 15, [['Band 2', 1]]],
  [EA, 'Domestic Assistant', 20, [['Band 2', 1]]],
  [EA, 'Catering Assistant', 10, [['Band 2', 1]]],
  [EA, 'Estates Officer', 5, [['Band 4', 1], ['Band 5', 1]]],
  [HS, 'Biomedical Scientist', 15, [['Band 5', 2], ['Band 6', 3], ['Band 7', 1]]],
  [HS, 'Clinical Physiologist', 7, [['Band 5', 1], ['Band 6', 1]]],
  [HS, 'Clinical Scientist', 3, [['Band 7', 2], ['Band 8 - Range A', 1]]],
  [APST, 'Pharmacist', 12, [['Band 6', 1], ['Band 7', 2], ['Band 8 - Range A', 1]]],
  [APST, 'Pharmacy Technician', 8, [['Band 4', 1], ['Band 5', 1]]],
  [APST, 'Clinical Psychologist', 6, [['Band 7', 1], ['Band 8 - Range A', 2], ['Band 8 - Range B', 1]]],
  [APST, 'Counsellor', 4, [['Band 6', 1], ['Band 7', 1]]],
  ['Students', 'Student Nurse', 5, [['Non AfC Grade', 1]]],
  [ACS, 'Apprentice Healthcare Support Worker', 3, [['XN02', 1], ['Band 2', 1]]],
];

const SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Khan', 'Patel', 'Begum', 'Ahmed', 'Hussain', 'Singh', 'Kaur', 'Okafor', 'Adeyemi', 'Mensah',
  "O'Brien", 'Ó Briain', 'Müller', 'Nguyễn', 'Kowalczyk', 'Łukasiewicz', 'Ferreira', 'García', 'Dubois', 'Øvergaard',
];
const FORENAMES = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mohammed', 'Noah', 'Oliver', 'George', 'Muhammad', 'Leo',
  'Freya', 'Grace', 'Harry', 'Jack', 'Sophie', 'Emily', 'Priya', 'Aisha', 'Chidi', 'Kwame',
  'Zoë', 'Siân', 'Seán', 'Chloé', 'Renée', 'José', 'Björn', 'Małgorzata', 'Aoife', 'Ngọc',
];
const TITLES = ['Mrs.', 'Mr.', 'Miss', 'Ms.', 'Dr.', 'Mx.'];
const FTES = ['1', '1', '1', '1.0000', '0.8', '0.8000', '0.6', '0.5', '0.4', '0.6133', '0.9333', '0.75', '0.2'];
const CATEGORIES = ['Permanent', 'Permanent', 'Permanent', 'Permanent', 'Fixed Term Temp', 'Bank', 'Honorary', 'Locum'];
const SITES = ['General Hospital', 'Community Services', 'Royal Infirmary', 'Mental Health Unit', 'Corporate Services'];
const DEPARTMENTS = ['Ward 7 Medicine', 'Emergency Department', 'Theatres', 'Maternity', 'Outpatients', 'Pharmacy', 'Finance', 'Estates', 'Radiology', 'Pathology'];

/** mulberry32: small, fast, and good enough to spread categories. Returns [0, 2^32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

type Combination = { readonly group: string; readonly occupation: string; readonly band: string };

/** Every (group, occupation, band) with its share, spread over a lookup table for O(1) picks. */
function combinationTable(): { table: Uint16Array; combinations: Combination[] } {
  const combinations: Combination[] = [];
  const weights: number[] = [];
  for (const [group, occupation, share, bands] of ROLES) {
    const total = bands.reduce((sum, [, w]) => sum + w, 0);
    for (const [band, w] of bands) {
      combinations.push({ group, occupation, band });
      weights.push((share * w) / total);
    }
  }
  const size = 1 << 16;
  const sum = weights.reduce((a, b) => a + b, 0);
  const table = new Uint16Array(size);
  let at = 0;
  let cumulative = 0;
  weights.forEach((w, index) => {
    cumulative += w;
    const to = index === weights.length - 1 ? size : Math.round((cumulative / sum) * size);
    table.fill(index, at, to);
    at = to;
  });
  return { table, combinations };
}

/** Quotes a CSV value when it needs it (a comma, a quote or a line end in it). */
function csvValue(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export type GeneratedCsv = {
  readonly rows: number;
  readonly bytes: number;
  /** Rows per "Staff Group" and "Pay Band", keyed `${group}\t${band}`: what a GROUP BY of them gives. */
  readonly pairs: ReadonlyMap<string, number>;
  /** Distinct (Staff Group, Occupation, Pay Band): the groups the scan should find. */
  readonly combinations: number;
};

/** Writes `rows` data rows (and a header) to `file`, replacing it. */
export function writeWorkforceCsv(file: string, rows: number, seed = 20_260_331): GeneratedCsv {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[random() % list.length] as T;
  const { table, combinations } = combinationTable();
  const quotedOccupations = combinations.map((c) => csvValue(c.occupation));
  const organisations = SITES.flatMap((site) => DEPARTMENTS.map((department) => `245 RXX ${site} ${department}`));
  const counts = new Uint32Array(combinations.length);
  const used = new Uint8Array(combinations.length);

  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    fs.writeSync(fd, buffer);
    bytes += buffer.length;
  };
  try {
    write(`${CSV_HEADERS.join(',')}\r\n`);
    let employee = 20_000_000;
    let assignment = 1;
    const lines: string[] = [];
    for (let row = 0; row < rows; row += 1) {
      // About one row in twenty is a second assignment of the same person.
      if (row > 0 && random() % 20 === 0) {
        assignment += 1;
      } else {
        employee += 1 + (random() % 7);
        assignment = 1;
      }
      const c = table[random() & 0xffff] ?? 0;
      counts[c] = (counts[c] ?? 0) + 1;
      used[c] = 1;
      const combination = combinations[c] as Combination;
      const surname = pick(SURNAMES);
      const forename = pick(FORENAMES);
      const style = random() % 100;
      let name: string;
      if (style < 65) name = `"${surname}, ${forename} ${pick(TITLES)}"`;
      else if (style < 66) name = `"${surname}, ${forename} ""${forename.slice(0, 3)}"""`;
      else name = csvValue(`${forename} ${surname}`);
      lines.push(
        `${employee},${employee}${assignment > 1 ? `-${assignment}` : ''},${name},${combination.group},${quotedOccupations[c] ?? ''},` +
          `${combination.band},${pick(FTES)},${pick(organisations)},${pick(CATEGORIES)}\r\n`,
      );
      if (lines.length === 10_000) {
        write(lines.join(''));
        lines.length = 0;
      }
    }
    if (lines.length > 0) write(lines.join(''));
  } finally {
    fs.closeSync(fd);
  }

  const pairs = new Map<string, number>();
  combinations.forEach((combination, index) => {
    const n = counts[index] ?? 0;
    if (n === 0) return;
    const key = `${combination.group}\t${combination.band}`;
    pairs.set(key, (pairs.get(key) ?? 0) + n);
  });
  return { rows, bytes, pairs, combinations: used.reduce((sum, u) => sum + u, 0) };
}
