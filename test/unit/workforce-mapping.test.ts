import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../../shared/framework/levels';
import { AHP_SUB_PROFESSIONS, HEALTHCARE_SCIENTIST_SUB_PROFESSIONS, PROFESSION_IDS } from '../../shared/framework/professions';
import { suggestColumns, validateColumns } from '../../shared/workforce/columns';
import {
  columnMappingSchema,
  importProfileSchema,
  profileNameSchema,
  valueMappingSchema,
} from '../../shared/workforce/mapping-schemas';
import { applyMapping, roundFte, STAFF_GROUP_IDS } from '../../shared/workforce/preview';
import type { ExclusionReason, ImportPreview } from '../../shared/workforce/preview';
import {
  defaultMapping,
  normaliseValue,
  suggestGroup,
  suggestLevel,
  suggestOccupation,
} from '../../shared/workforce/recognise';
import { NON_CLINICAL } from '../../shared/workforce/types';
import type {
  AggregatedColumns,
  ColumnMapping,
  LevelTarget,
  OccupationTarget,
  PersonColumns,
  ProfessionTarget,
  ScanGroup,
  ScanResult,
  ValueMapping,
} from '../../shared/workforce/types';

// ---------------------------------------------------------------------------------------------
// Recognising values
// ---------------------------------------------------------------------------------------------

describe('normaliseValue', () => {
  it('folds case, spacing, punctuation and "&" so spellings of one value meet', () => {
    expect(normaliseValue('  Nursing &  Midwifery   Registered ')).toBe('nursing and midwifery registered');
    expect(normaliseValue('Band 8 - Range A')).toBe(normaliseValue('band 8 range a'));
    expect(normaliseValue('Non-Clinical')).toBe('non clinical');
    expect(normaliseValue('Speciality Registrar')).toBe('specialty registrar');
    expect(normaliseValue(' - ')).toBe('');
  });
});

describe('suggestGroup', () => {
  it.each<[string, ProfessionTarget | null]>([
    // ESR staff groups.
    ['Add Prof Scientific and Technic', null],
    ['Additional Clinical Services', 'other-clinical'],
    ['Administrative and Clerical', NON_CLINICAL],
    ['Allied Health Professionals', 'ahp'],
    ['Estates and Ancillary', NON_CLINICAL],
    ['Healthcare Scientists', 'healthcare-scientists'],
    ['Medical and Dental', 'doctors'],
    ['Nursing and Midwifery Registered', 'nurses'],
    ['Nursing & Midwifery Registered', 'nurses'],
    ['NURSING AND MIDWIFERY REGISTERED ', 'nurses'],
    ['Students', 'exclude'],
    // Plain profession names of aggregated tables.
    ['Nurses', 'nurses'],
    ['Nursing', 'nurses'],
    ['Midwives', 'midwives'],
    ['Midwifery', 'midwives'],
    ['Doctors', 'doctors'],
    ['Medical', 'doctors'],
    ['AHP', 'ahp'],
    ['AHPs', 'ahp'],
    ['Allied health professionals', 'ahp'],
    ['Pharmacists', 'pharmacists'],
    ['Pharmacy', 'pharmacists'],
    ['Psychologists', 'psychologists'],
    ['Psychology', 'psychologists'],
    ['Social workers', 'social-workers'],
    ['Social work', 'social-workers'],
    ['Healthcare scientists', 'healthcare-scientists'],
    ['Other clinical', 'other-clinical'],
    ['Non-clinical', NON_CLINICAL],
    ['Non clinical', NON_CLINICAL],
    ['Admin', NON_CLINICAL],
    // Sub-professions, singular and plural.
    ['Physiotherapist', 'ahp'],
    ['Paramedics', 'ahp'],
    ['Radiographer - Diagnostic', 'ahp'],
    ['Radiographer - Therapeutic', 'ahp'],
    ['Art therapist', 'ahp'],
    ['Drama therapist', 'ahp'],
    ['Music therapist', 'ahp'],
    ['Chiropodist/podiatrist', 'ahp'],
    ['Podiatrist', 'ahp'],
    ['Dietitian', 'ahp'],
    ['Occupational therapist', 'ahp'],
    ['Operating department practitioner', 'ahp'],
    ['Orthoptist', 'ahp'],
    ['Osteopath', 'ahp'],
    ['Paramedic', 'ahp'],
    ['Physiotherapists', 'ahp'],
    ['Prosthetist and orthotist', 'ahp'],
    ['Prosthetist', 'ahp'],
    ['Orthotists', 'ahp'],
    ['Radiographer', 'ahp'],
    ['Speech and language therapist', 'ahp'],
    ['Biomedical scientist', 'healthcare-scientists'],
    ['Clinical scientist', 'healthcare-scientists'],
    // Unknown or mixed.
    ['Ambulance staff', null],
    ['Bank', null],
    ['Zzz', null],
    ['', null],
  ])('%j → %s', (value, expected) => {
    expect(suggestGroup(value)).toBe(expected);
  });

  it('recognises every sub-profession of footnotes 1 and 2 as the framework names them', () => {
    for (const name of AHP_SUB_PROFESSIONS) expect([name, suggestGroup(name)]).toEqual([name, 'ahp']);
    for (const name of HEALTHCARE_SCIENTIST_SUB_PROFESSIONS) {
      expect([name, suggestGroup(name)]).toEqual([name, 'healthcare-scientists']);
    }
  });
});

describe('suggestOccupation', () => {
  it.each<[string, ProfessionTarget | null]>([
    ['Midwife', 'midwives'],
    ['Midwife - Manager', 'midwives'],
    ['Community Midwifery Lead', 'midwives'],
    ['Staff Nurse', 'nurses'],
    ['Sister', 'nurses'],
    ['Sister/Charge Nurse', 'nurses'],
    ['Charge Nurse', 'nurses'],
    ['Matron', 'nurses'],
    ['Modern Matron', 'nurses'],
    ['Health Visitor', 'nurses'],
    ['District Nurse', 'nurses'],
    ['Nursing Lead', 'nurses'],
    ['Clinical Nurse Specialist', 'nurses'],
    ['Consultant', 'doctors'],
    ['Consultant Anaesthetist', 'doctors'],
    ['Specialty Registrar', 'doctors'],
    ['Speciality Registrar', 'doctors'],
    ['Foundation Year 1', 'doctors'],
    ['Foundation Year 2', 'doctors'],
    ['Specialty Doctor', 'doctors'],
    ['Specialty Trainee', 'doctors'],
    ['Associate Specialist', 'doctors'],
    ['Dentist', 'doctors'],
    ['GP', 'doctors'],
    ['Pharmacist', 'pharmacists'],
    ['Chief Pharmacist', 'pharmacists'],
    ['Pharmacy Technician', 'other-clinical'],
    ['Clinical Psychologist', 'psychologists'],
    ['Psychologist', 'psychologists'],
    ['Social Worker', 'social-workers'],
    ['Physiotherapist', 'ahp'],
    ['Occupational Therapist', 'ahp'],
    ['Dietitian', 'ahp'],
    ['Podiatrist', 'ahp'],
    ['Chiropodist', 'ahp'],
    ['Radiographer - Diagnostic', 'ahp'],
    ['Paramedic', 'ahp'],
    ['Speech and Language Therapist', 'ahp'],
    ['Speech & Language Therapist', 'ahp'],
    ['Orthoptist', 'ahp'],
    ['Osteopath', 'ahp'],
    ['Prosthetist', 'ahp'],
    ['Orthotist', 'ahp'],
    ['Art Therapist', 'ahp'],
    ['Drama Therapist', 'ahp'],
    ['Music Therapist', 'ahp'],
    ['Operating Department Practitioner', 'ahp'],
    ['Head of Podiatry', 'ahp'],
    ['Biomedical Scientist', 'healthcare-scientists'],
    ['Clinical Scientist', 'healthcare-scientists'],
    ['Healthcare Scientist', 'healthcare-scientists'],
    ['Physician Associate', 'other-clinical'],
  ])('%j → %s', (value, expected) => {
    expect(suggestOccupation(value)).toBe(expected);
  });

  it.each<[string, ProfessionTarget | null]>([
    // Non-clinical role words win over profession words.
    ['Medical Secretary', NON_CLINICAL],
    ['Nurse Bank Administrator', NON_CLINICAL],
    ['Ward Clerk', NON_CLINICAL],
    ['GP Receptionist', NON_CLINICAL],
    ['Medical Records Officer', null],
    ['Medical Staffing Officer', null],
    // Support and training roles defer to the staff group.
    ['Healthcare Assistant', null],
    ['Nursing Assistant', null],
    ['Maternity Support Worker', null],
    ['Nursery Nurse', null],
    ['Dental Nurse', null],
    ['Nursing Associate', null],
    ['Student Nurse', null],
    ['Student Midwife', null],
    ['Assistant Psychologist', null],
    ['Physiotherapy Assistant', null],
    ['Dental Therapist', null],
    // Consultants who are not doctors.
    ['Nurse Consultant', 'nurses'],
    ['Consultant Midwife', 'midwives'],
    ['Consultant Clinical Psychologist', 'psychologists'],
    ['Consultant Physiotherapist', 'ahp'],
    ['Consultant Clinical Scientist', 'healthcare-scientists'],
    ['Consultant Pharmacist', 'pharmacists'],
    ['IT Consultant', null],
    ['HR Consultant', null],
    // Look-alikes.
    ['Occupational Health Nurse', 'nurses'],
    ['Domestic Abuse Nurse', 'nurses'],
    ['Data Scientist', null],
    ['Therapist', null],
    ['Manager', null],
    ['Director of Finance', null],
    ['', null],
  ])('trap %j → %s', (value, expected) => {
    expect(suggestOccupation(value)).toBe(expected);
  });
});

describe('suggestLevel', () => {
  it.each<[string, LevelTarget | null]>([
    ['Band 5', 'band-5'],
    ['Band 5 ', 'band-5'],
    ['5', 'band-5'],
    ['AfC Band 5', 'band-5'],
    ['Band 6', 'band-6'],
    ['Band 7', 'band-7'],
    ['Band 8 - Range A', 'band-8a'],
    ['Band 8 Range A', 'band-8a'],
    ['AfC Band 8 - Range A', 'band-8a'],
    ['Band 8A', 'band-8a'],
    ['8a', 'band-8a'],
    ['8A', 'band-8a'],
    ['Band 8a', 'band-8a'],
    ['Band 8 - Range B', 'band-8b'],
    ['Band 8 - Range C', 'band-8c'],
    ['Band 8 - Range D', 'band-8d'],
    ['Band 9', 'band-9'],
    ['Band 1', 'below-ladder'],
    ['Band 2', 'below-ladder'],
    ['Band 3', 'below-ladder'],
    ['Band 4', 'below-ladder'],
    ['1', 'below-ladder'],
    ['2', 'below-ladder'],
    ['3', 'below-ladder'],
    ['4', 'below-ladder'],
    ['VSM', 'vsm'],
    ['Very Senior Manager', 'vsm'],
    ['Very senior managers', 'vsm'],
    ['Executive Director', 'board'],
    ['Board', 'board'],
    ['Chief Executive', 'board'],
    ['Foundation Year 1', 'band-5'],
    ['FY1', 'band-5'],
    ['Foundation Year 2', 'band-6'],
    ['FY2', 'band-6'],
    ['Core Training', 'band-7'],
    ['CT1-3', 'band-7'],
    ['CT2', 'band-7'],
    ['Specialty Registrar', 'band-7'],
    ['StR', 'band-7'],
    ['ST1-ST8', 'band-7'],
    ['ST4', 'band-7'],
    ['Specialty Trainee', 'band-7'],
    ['Specialty Doctor', 'band-8a'],
    ['Associate Specialist', 'band-8b'],
    ['Specialist', 'band-8c'],
    ['Consultant', 'band-8d'],
    // Unknown: the user decides.
    ['Director', null],
    ['Non-executive Director', null],
    ['Non AfC', null],
    ['Other', null],
    ['Apprentice', null],
    ['Trainee', null],
    ['Band 8', null],
    ['Band 8 - Range E', null],
    ['Band 10', null],
    ['Band 5 Range A', null],
    ['ST9', null],
    ['CT4', null],
    ['XN01', null],
    ['', null],
  ])('%j → %s', (value, expected) => {
    expect(suggestLevel(value)).toBe(expected);
  });

  it('keeps medical seniority in order on the ladder', () => {
    const grades = ['FY1', 'FY2', 'Specialty Registrar', 'Specialty Doctor', 'Associate Specialist', 'Specialist', 'Consultant'];
    const ranks = grades.map((grade) => (LEVEL_IDS as readonly string[]).indexOf(suggestLevel(grade) ?? ''));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

// ---------------------------------------------------------------------------------------------
// Columns and shape
// ---------------------------------------------------------------------------------------------

describe('suggestColumns', () => {
  it('finds the columns of an ESR-like person-level extract and reads its headcount flag as such', () => {
    const headers = [
      'Assignment Number',
      'Employee Number',
      'Staff Group',
      'Occupation Code',
      'Occupation',
      'Position Title',
      'Pay Band',
      'Grade',
      'Contracted WTE',
      'FTE',
      'Headcount',
      'Assignment Start Date',
    ];
    const rows = [
      ['10001', '20001', 'Nursing and Midwifery Registered', 'N1A', 'Staff Nurse', 'Staff Nurse Ward 7', 'Band 5', 'XN05', '1', '1', '1', '2020-01-01'],
      ['10002', '20002', 'Nursing and Midwifery Registered', 'N1A', 'Staff Nurse', 'Staff Nurse Ward 8', 'Band 5', 'XN05', '0.8', '0.8', '1', '2021-01-01'],
      ['10003', '20003', 'Medical and Dental', 'M0A', 'Consultant', 'Consultant Cardiology', 'Consultant', 'MC51', '1', '1', '1', '2019-01-01'],
      ['10004', '20004', 'Administrative and Clerical', 'G1A', 'Manager', 'Business Manager', 'Band 8 - Range A', 'XN08', '1', '1', '0', '2018-01-01'],
      ['10005', '20005', 'Nursing and Midwifery Registered', 'N7A', 'Midwife', 'Midwife', 'Band 6', 'XN06', '1', '1', '1', '2017-01-01'],
    ];
    const suggestion = suggestColumns(headers, rows);
    expect(suggestion.shape).toBe('person');
    expect(suggestion.confident).toBe(true);
    expect(suggestion.person).toEqual({ staffGroup: 'Staff Group', occupation: 'Occupation', level: 'Pay Band', fte: 'FTE' });
    expect(suggestion.columns).toEqual({
      shape: 'person',
      staffGroup: 'Staff Group',
      occupation: 'Occupation',
      level: 'Pay Band',
      fte: 'FTE',
    });
    expect(suggestion.reasons.join(' ')).toContain('"Headcount"');
  });

  it('prefers an occupation description to an occupation code column, even when neither value is known', () => {
    const unknown = suggestColumns(
      ['Occupation Code', 'Occupation Description', 'Pay Band'],
      [
        ['Z9Z', 'Counsellor', 'Band 6'],
        ['Z8Z', 'Play Specialist', 'Band 4'],
      ],
    );
    expect(unknown.person.occupation).toBe('Occupation Description');

    const suggestion = suggestColumns(
      ['Occupation Code', 'Job Role', 'Band'],
      [
        ['N1A', 'Staff Nurse', 'Band 5'],
        ['P2A', 'Physiotherapist', 'Band 6'],
      ],
    );
    expect(suggestion.person.occupation).toBe('Job Role');
    expect(suggestion.person.staffGroup).toBeNull();
    expect(suggestion.columns).toEqual({ shape: 'person', staffGroup: null, occupation: 'Job Role', level: 'Band', fte: null });
  });

  it('recognises a home-made aggregated table', () => {
    const suggestion = suggestColumns(
      ['Profession', 'AfC band', 'Staff in post', 'WTE'],
      [
        ['Nurses', 'Band 5', '120', '110.5'],
        ['Nurses', 'Band 6', '80', '75.2'],
        ['Doctors', 'Consultant', '40', '38'],
        ['AHP', 'Band 7', '25', '22.4'],
      ],
    );
    expect(suggestion.shape).toBe('aggregated');
    expect(suggestion.confident).toBe(true);
    expect(suggestion.columns).toEqual({
      shape: 'aggregated',
      profession: 'Profession',
      level: 'AfC band',
      headcount: 'Staff in post',
      fte: 'WTE',
    });
  });

  it('breaks a tie between two profession-like headers by their values', () => {
    const suggestion = suggestColumns(
      ['Staff group', 'Profession', 'Band', 'Headcount'],
      [
        ['SG01', 'Nurses', 'Band 5', '12'],
        ['SG02', 'Midwives', 'Band 6', '7'],
      ],
    );
    expect(suggestion.aggregated.profession).toBe('Profession');
    expect(suggestion.shape).toBe('aggregated');
  });

  it('finds a profession column by its values when its header says nothing', () => {
    const suggestion = suggestColumns(
      ['Prof', 'Lvl', 'Count'],
      [
        ['Nurses', 'Band 5', '120'],
        ['Doctors', 'Consultant', '40'],
      ],
    );
    expect(suggestion.aggregated).toEqual({ profession: 'Prof', level: 'Lvl', headcount: 'Count', fte: null });
    expect(suggestion.shape).toBe('aggregated');
  });

  it('is not confident when the counts could be people or cells', () => {
    const onesOnDistinctPairs = suggestColumns(
      ['Profession', 'Band', 'Count'],
      [
        ['Nurses', 'Band 5', '1'],
        ['Doctors', 'Consultant', '1'],
      ],
    );
    expect(onesOnDistinctPairs).toMatchObject({ shape: 'person', confident: false });
    expect(onesOnDistinctPairs.reasons[0]).toContain('Please confirm');

    const splitBySite = suggestColumns(
      ['Site', 'Profession', 'Band', 'Headcount'],
      [
        ['North', 'Nurses', 'Band 5', '30'],
        ['South', 'Nurses', 'Band 5', '25'],
      ],
    );
    expect(splitBySite).toMatchObject({ shape: 'aggregated', confident: false });
  });

  it('reads a file without a usable headcount as person-level', () => {
    expect(suggestColumns(['Staff Group', 'Band'], [['Medical and Dental', 'Consultant']])).toMatchObject({
      shape: 'person',
      confident: true,
    });
    const fractional = suggestColumns(
      ['Profession', 'Band', 'Count'],
      [
        ['Nurses', 'Band 5', '0.5'],
        ['Nurses', 'Band 6', '0.8'],
      ],
    );
    expect(fractional).toMatchObject({ shape: 'person', confident: false });
  });

  it('never suggests a header the file repeats, since a mapping by header could not tell the two apart', () => {
    const suggestion = suggestColumns(
      ['Band', 'Band', 'Pay Grade', 'Staff Group'],
      [['Band 5', 'Band 6', 'Band 5', 'Nursing and Midwifery Registered']],
    );
    expect(suggestion.person.level).toBe('Pay Grade');
  });

  it('leaves columns null when a required one is missing', () => {
    const suggestion = suggestColumns(['Staff Group', 'Surname'], [['Medical and Dental', 'Smith']]);
    expect(suggestion.person.level).toBeNull();
    expect(suggestion.columns).toBeNull();
  });
});

describe('validateColumns', () => {
  const headers = ['Staff Group', 'Occupation', 'Pay Band', 'FTE', 'Headcount'];

  it('accepts a complete mapping', () => {
    expect(
      validateColumns(headers, { shape: 'person', staffGroup: 'Staff Group', occupation: null, level: 'Pay Band', fte: 'FTE' }),
    ).toEqual([]);
    expect(
      validateColumns(headers, { shape: 'aggregated', profession: 'Staff Group', level: 'Pay Band', headcount: 'Headcount', fte: null }),
    ).toEqual([]);
  });

  it('names the field when a required column is not chosen', () => {
    expect(validateColumns(headers, { shape: 'person', staffGroup: 'Staff Group', occupation: null, level: ' ', fte: null })).toEqual([
      { field: 'level', message: 'Choose the column that holds the pay band or grade' },
    ]);
    expect(validateColumns(headers, { shape: 'person', staffGroup: null, occupation: null, level: 'Pay Band', fte: null })).toEqual([
      { field: 'staffGroup', message: 'Choose the column that holds the staff group, the occupation or job role, or both' },
    ]);
    expect(validateColumns(headers, { shape: 'aggregated', profession: '', level: 'Pay Band', headcount: '', fte: null })).toEqual([
      { field: 'profession', message: 'Choose the column that holds the profession' },
      { field: 'headcount', message: 'Choose the column that holds the headcount' },
    ]);
  });

  it('names a column that is not in the file', () => {
    expect(validateColumns(headers, { shape: 'person', staffGroup: 'Staff Group', occupation: null, level: 'Band', fte: null })).toEqual([
      { field: 'level', message: 'This file has no column called "Band": choose the column that holds the pay band or grade' },
    ]);
  });

  it('refuses one column for two fields, and a header the file repeats', () => {
    expect(
      validateColumns(headers, { shape: 'person', staffGroup: 'Staff Group', occupation: 'Staff Group', level: 'Pay Band', fte: null }),
    ).toEqual([
      {
        field: 'occupation',
        message: '"Staff Group" is already chosen for the staff group: choose a different column for the occupation or job role',
      },
    ]);
    expect(
      validateColumns(['Band', 'Band', 'Role'], { shape: 'person', staffGroup: null, occupation: 'Role', level: 'Band', fte: null }),
    ).toEqual([
      { field: 'level', message: 'This file has 2 columns called "Band": rename them in the file, or choose another column for the pay band or grade' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Preview
// ---------------------------------------------------------------------------------------------

const ESR_COLUMNS: PersonColumns = {
  shape: 'person',
  staffGroup: 'Staff Group',
  occupation: 'Occupation',
  level: 'Pay Band',
  fte: 'FTE',
};

function person(group: string, occupation: string, level: string, rows: number, fte: number | null = rows): ScanGroup {
  return { group, occupation, level, rows, headcount: rows, fte };
}

function scanOf(groups: readonly ScanGroup[], extraRows = 0): ScanResult {
  return { rowsRead: groups.reduce((sum, g) => sum + g.rows, 0) + extraRows, groups };
}

const NMR = 'Nursing and Midwifery Registered';
const AC = 'Administrative and Clerical';
const MD = 'Medical and Dental';
const APST = 'Add Prof Scientific and Technic';

/** One combination for every way a row can be counted or left out. */
const EVERY_REASON = scanOf(
  [
    person(NMR, 'Staff Nurse', 'Band 5', 10, 9.5),
    person(NMR, 'Midwife', 'Band 6', 4, 3.5),
    person(NMR, '', 'Band 7', 2, 2),
    person(AC, 'Medical Secretary', 'Band 4', 6, 5),
    person(AC, 'Finance Manager', 'Band 8 - Range A', 3, 3),
    person('', 'Healthcare Assistant', 'Band 3', 2, 2),
    person('Students', 'Student Nurse', 'Band 5', 5, 5),
    // Its level is unmapped, but the row is excluded anyway: it must not need mapping.
    person('Students', '', 'Student grade', 1, 1),
    person(MD, 'Consultant', '', 3, 3),
    person(MD, 'Consultant', 'Non AfC', 1, 1),
    person(APST, 'Pharmacist', 'Band 7', 2, 2),
    person(APST, 'Counsellor', 'Band 6', 3, 2.4),
    person(NMR, 'Ward Robot', 'Band 5', 1, 1),
    person(NMR, 'Bank Nurse Admin', 'Band 5', 1, 1),
    person(MD, 'Consultant', 'Honorary', 1, 0),
  ],
  2,
);

const EVERY_REASON_MAPPING: ValueMapping = {
  groups: { [NMR]: 'nurses', [AC]: NON_CLINICAL, Students: 'exclude', [MD]: 'doctors' },
  occupations: {
    'Staff Nurse': 'nurses',
    Midwife: 'midwives',
    'Medical Secretary': NON_CLINICAL,
    'Finance Manager': 'as-group',
    'Healthcare Assistant': 'as-group',
    'Student Nurse': 'as-group',
    Consultant: 'doctors',
    Pharmacist: 'pharmacists',
    Counsellor: 'as-group',
    'Bank Nurse Admin': 'exclude',
  },
  levels: {
    'Band 3': 'below-ladder',
    'Band 4': 'below-ladder',
    'Band 5': 'band-5',
    'Band 6': 'band-6',
    'Band 7': 'band-7',
    'Band 8 - Range A': 'band-8a',
    Honorary: 'exclude',
  },
};

function excludedRows(preview: ImportPreview): Partial<Record<ExclusionReason, number>> {
  return Object.fromEntries(preview.excluded.map((line) => [line.reason, line.rows]));
}

function conserved(preview: ImportPreview): boolean {
  const excluded = preview.excluded.reduce((sum, line) => sum + line.rows, 0);
  return preview.rowsRead === preview.mapped.rows + preview.nonClinical.rows + excluded;
}

describe('applyMapping', () => {
  const preview = applyMapping(EVERY_REASON, EVERY_REASON_MAPPING, ESR_COLUMNS);

  it('accounts for every row, each under one reason', () => {
    expect(preview.rowsRead).toBe(47);
    expect(preview.mapped).toEqual({ rows: 18, headcount: 18 });
    expect(preview.nonClinical).toEqual({ rows: 3, headcount: 3 });
    expect(excludedRows(preview)).toEqual({
      'blank-group': 2,
      'blank-level': 3,
      'excluded-group': 6,
      'excluded-occupation': 1,
      'excluded-level': 1,
      'below-ladder': 6,
      'unmapped-group': 3,
      'unmapped-occupation': 1,
      'unmapped-level': 1,
      unread: 2,
    });
    expect(conserved(preview)).toBe(true);
  });

  it('labels the reasons for people, naming which value was excluded', () => {
    const labels = Object.fromEntries(preview.excluded.map((line) => [line.reason, line.label]));
    expect(labels['blank-group']).toBe('Staff group is blank');
    expect(labels['excluded-group']).toBe('Staff group marked "exclude"');
    expect(labels['excluded-occupation']).toBe('Occupation marked "exclude"');
    expect(labels['excluded-level']).toBe('Pay band or grade marked "exclude"');
    expect(labels['below-ladder']).toBe('Below the ladder (Bands 1–4)');
    expect(labels['unmapped-level']).toBe('Pay band or grade not mapped yet');
    const byReason = new Map(preview.excluded.map((line) => [line.reason, line]));
    expect(byReason.get('excluded-group')?.values).toEqual([{ value: 'Students', rows: 6, headcount: 6 }]);
    expect(byReason.get('blank-level')?.values).toEqual([]);
    expect(byReason.get('unmapped-group')?.needsMapping).toBe(true);
    expect(byReason.get('below-ladder')?.needsMapping).toBe(false);
  });

  it('lets the occupation override the staff group: a midwife inside "Nursing and Midwifery Registered"', () => {
    const total = (id: string) => preview.totals.find((line) => line.staffGroupId === id);
    expect(total('midwives')).toMatchObject({ headcount: 4, fte: 3.5 });
    expect(total('nurses')).toMatchObject({ headcount: 12, fte: 11.5 });
    expect(total('pharmacists')).toMatchObject({ headcount: 2 });
  });

  it('keeps non-clinical staff apart, by level, and below-ladder staff out', () => {
    const nonClinical = preview.counts.filter((count) => count.professionId === NON_CLINICAL);
    expect(nonClinical).toEqual([{ professionId: NON_CLINICAL, levelId: 'band-8a', headcount: 3, fte: 3 }]);
    expect(preview.totals.find((line) => line.staffGroupId === NON_CLINICAL)?.headcount).toBe(3);
  });

  it('lists unmapped values, most people first, and only where they are needed', () => {
    expect(preview.unmapped).toEqual({
      groups: [{ value: APST, rows: 3, headcount: 3 }],
      occupations: [{ value: 'Ward Robot', rows: 1, headcount: 1 }],
      levels: [{ value: 'Non AfC', rows: 1, headcount: 1 }],
    });
  });

  it('orders counts by profession then level, and lists every staff group in totals', () => {
    expect(preview.counts.map((c) => `${c.professionId} ${c.levelId}`)).toEqual([
      'midwives band-6',
      'nurses band-5',
      'nurses band-7',
      'pharmacists band-7',
      'non-clinical band-8a',
    ]);
    expect(preview.totals.map((line) => line.staffGroupId)).toEqual(STAFF_GROUP_IDS);
    expect(preview.totals.find((line) => line.staffGroupId === 'social-workers')).toMatchObject({ headcount: 0, fte: 0 });
  });

  it('blocks the commit while values need mapping, and says which', () => {
    expect(preview.canCommit).toBe(false);
    expect(preview.blockers).toEqual([
      '1 staff group needs mapping (3 rows).',
      '1 occupation needs mapping (1 row).',
      '1 pay band or grade needs mapping (1 row).',
    ]);

    const complete: ValueMapping = {
      groups: { ...EVERY_REASON_MAPPING.groups, [APST]: 'other-clinical' },
      occupations: { ...EVERY_REASON_MAPPING.occupations, 'Ward Robot': 'exclude' },
      levels: { ...EVERY_REASON_MAPPING.levels, 'Non AfC': 'band-8d' },
    };
    const ready = applyMapping(EVERY_REASON, complete, ESR_COLUMNS);
    expect(ready.canCommit).toBe(true);
    expect(ready.blockers).toEqual([]);
    expect(ready.unmapped).toEqual({ groups: [], occupations: [], levels: [] });
    expect(ready.counts.find((c) => c.professionId === 'doctors')).toEqual({
      professionId: 'doctors',
      levelId: 'band-8d',
      headcount: 1,
      fte: 1,
    });
    expect(conserved(ready)).toBe(true);
  });

  it('will not commit without clinical staff on the ladder, or without rows', () => {
    const adminOnly = applyMapping(scanOf([person(AC, '', 'Band 7', 3)]), { groups: { [AC]: NON_CLINICAL }, occupations: {}, levels: { 'Band 7': 'band-7' } }, ESR_COLUMNS);
    expect(adminOnly.canCommit).toBe(false);
    expect(adminOnly.blockers).toEqual(['No clinical staff are on the ladder yet: map at least one profession and pay band to a level.']);

    const empty = applyMapping({ rowsRead: 0, groups: [] }, { groups: {}, occupations: {}, levels: {} }, ESR_COLUMNS);
    expect(empty.canCommit).toBe(false);
    expect(empty.blockers).toEqual(['The file has no rows of data.']);
  });

  it('sums FTE per cell and rounds once, at the end', () => {
    const scan = scanOf([
      person(NMR, 'Staff Nurse', 'Band 5', 4, 3.334),
      person(NMR, 'Staff Nurse', 'AfC Band 5', 3, 2.334),
      person(NMR, 'Registered Nurse', 'Band 5', 2, 1.334),
    ]);
    const mapping: ValueMapping = {
      groups: { [NMR]: 'nurses' },
      occupations: { 'Staff Nurse': 'nurses', 'Registered Nurse': 'nurses' },
      levels: { 'Band 5': 'band-5', 'AfC Band 5': 'band-5' },
    };
    const result = applyMapping(scan, mapping, ESR_COLUMNS);
    // Rounding each row first would give 3.33 + 2.33 + 1.33 = 6.99.
    expect(result.counts).toEqual([{ professionId: 'nurses', levelId: 'band-5', headcount: 9, fte: 7 }]);
    expect(result.totals.find((line) => line.staffGroupId === 'nurses')?.fte).toBe(7);
    expect(roundFte(1.005)).toBe(1.01);
    expect(roundFte(0.1 + 0.2)).toBe(0.3);
  });

  it('gives null FTE when the file has no FTE column', () => {
    const result = applyMapping(EVERY_REASON, EVERY_REASON_MAPPING, { ...ESR_COLUMNS, fte: null });
    expect(result.counts.every((count) => count.fte === null)).toBe(true);
    expect(result.totals.every((line) => line.fte === null)).toBe(true);
  });

  it('excludes blank occupations when there is no staff group column, and treats "as-group" there as unmapped', () => {
    const columns: PersonColumns = { shape: 'person', staffGroup: null, occupation: 'Job Role', level: 'Band', fte: null };
    const scan = scanOf([person('', 'Physiotherapist', 'Band 6', 2), person('', '', 'Band 6', 3), person('', 'Porter', 'Band 6', 1)]);
    const result = applyMapping(scan, { groups: {}, occupations: { Physiotherapist: 'ahp', Porter: 'as-group' }, levels: { 'Band 6': 'band-6' } }, columns);
    expect(excludedRows(result)).toEqual({ 'blank-occupation': 3, 'unmapped-occupation': 1 });
    expect(result.excluded[0]?.label).toBe('Occupation is blank and there is no staff group column');
    expect(result.unmapped.occupations).toEqual([{ value: 'Porter', rows: 1, headcount: 1 }]);
    expect(result.mapped).toEqual({ rows: 2, headcount: 2 });
  });

  it('counts aggregated rows by their headcounts and names the profession in labels', () => {
    const columns: AggregatedColumns = { shape: 'aggregated', profession: 'Profession', level: 'Band', headcount: 'Headcount', fte: 'WTE' };
    const scan: ScanResult = {
      rowsRead: 4,
      groups: [
        { group: 'Nurses', occupation: '', level: 'Band 5', rows: 1, headcount: 120, fte: 110.5 },
        { group: 'Nurses', occupation: '', level: 'Band 2', rows: 1, headcount: 40, fte: 35 },
        { group: '', occupation: '', level: 'Band 6', rows: 1, headcount: 7, fte: 7 },
        { group: 'Porters', occupation: '', level: 'Band 6', rows: 1, headcount: 9, fte: 9 },
      ],
    };
    const result = applyMapping(scan, { groups: { Nurses: 'nurses' }, occupations: {}, levels: { 'Band 5': 'band-5', 'Band 2': 'below-ladder', 'Band 6': 'band-6' } }, columns);
    expect(result.mapped).toEqual({ rows: 1, headcount: 120 });
    expect(result.excluded.map(({ reason, label, rows, headcount }) => ({ reason, label, rows, headcount }))).toEqual([
      { reason: 'blank-group', label: 'Profession is blank', rows: 1, headcount: 7 },
      { reason: 'below-ladder', label: 'Below the ladder (Bands 1–4)', rows: 1, headcount: 40 },
      { reason: 'unmapped-group', label: 'Profession not mapped yet', rows: 1, headcount: 9 },
    ]);
    expect(result.blockers).toEqual(['1 profession needs mapping (1 row).']);
  });

  it('never takes a source value for a target inherited from Object.prototype', () => {
    const scan = scanOf([person('constructor', '', 'toString', 2), person('__proto__', '', 'Band 5', 1)]);
    const result = applyMapping(scan, { groups: {}, occupations: {}, levels: { 'Band 5': 'band-5' } }, ESR_COLUMNS);
    expect(result.unmapped.groups.map((value) => value.value).sort()).toEqual(['__proto__', 'constructor']);
    expect(result.unmapped.levels).toEqual([{ value: 'toString', rows: 2, headcount: 2 }]);
    expect(result.mapped.rows).toBe(0);
  });

  it('refuses a scan that groups more rows than it read', () => {
    expect(() => applyMapping({ rowsRead: 1, groups: [person(NMR, '', 'Band 5', 2)] }, EVERY_REASON_MAPPING, ESR_COLUMNS)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Default mappings and profiles
// ---------------------------------------------------------------------------------------------

describe('defaultMapping', () => {
  const scan = scanOf([
    person(NMR, 'Staff Nurse', 'Band 5', 10),
    person(NMR, 'Midwife', 'Band 6', 4),
    person(APST, 'Counsellor', 'Non AfC', 2),
    person(AC, 'Medical Secretary', 'Band 4', 3),
    person('', '', '', 1),
  ]);

  it('suggests targets, defers unknown occupations to the staff group, and marks the rest as needing mapping', () => {
    const { mapping, sources } = defaultMapping(scan, ESR_COLUMNS);
    expect(mapping).toEqual({
      groups: { [NMR]: 'nurses', [AC]: NON_CLINICAL },
      occupations: { 'Staff Nurse': 'nurses', Midwife: 'midwives', Counsellor: 'as-group', 'Medical Secretary': NON_CLINICAL },
      levels: { 'Band 5': 'band-5', 'Band 6': 'band-6', 'Band 4': 'below-ladder' },
    });
    expect(sources.groups).toEqual({ [NMR]: 'suggested', [APST]: 'unmapped', [AC]: 'suggested' });
    expect(sources.occupations.Counsellor).toBe('suggested');
    expect(sources.levels).toEqual({ 'Band 5': 'suggested', 'Band 6': 'suggested', 'Non AfC': 'unmapped', 'Band 4': 'suggested' });
    // Blank values are never keys.
    expect(Object.keys(sources.groups)).not.toContain('');
    expect(Object.keys(sources.levels)).not.toContain('');
  });

  it('takes the saved profile first, and copies nothing the scan does not hold', () => {
    const saved: ValueMapping = {
      groups: { [APST]: 'other-clinical', [NMR]: 'midwives', 'Old group': 'doctors' },
      occupations: { Counsellor: 'psychologists' },
      levels: { 'Non AfC': 'exclude', 'Band 5': 'band-6' },
    };
    const { mapping, sources } = defaultMapping(scan, ESR_COLUMNS, saved);
    expect(mapping.groups).toEqual({ [NMR]: 'midwives', [APST]: 'other-clinical', [AC]: NON_CLINICAL });
    expect(mapping.occupations.Counsellor).toBe('psychologists');
    expect(mapping.levels['Non AfC']).toBe('exclude');
    expect(mapping.levels['Band 5']).toBe('band-6');
    expect(sources.groups).toEqual({ [NMR]: 'profile', [APST]: 'profile', [AC]: 'suggested' });
    expect(sources.levels['Band 6']).toBe('suggested');
    const preview = applyMapping(scan, mapping, ESR_COLUMNS);
    expect(preview.canCommit).toBe(true);
  });

  it('leaves unknown occupations unmapped without a staff group column, ignoring a saved "as-group"', () => {
    const columns: PersonColumns = { shape: 'person', staffGroup: null, occupation: 'Occupation', level: 'Pay Band', fte: null };
    const saved: ValueMapping = { groups: {}, occupations: { Counsellor: 'as-group' }, levels: {} };
    const { mapping, sources } = defaultMapping(scan, columns, saved);
    expect(mapping.groups).toEqual({});
    expect(mapping.occupations).toEqual({ 'Staff Nurse': 'nurses', Midwife: 'midwives', 'Medical Secretary': NON_CLINICAL });
    expect(sources.occupations.Counsellor).toBe('unmapped');
  });

  it('maps professions of an aggregated table and never reads occupations there', () => {
    const columns: AggregatedColumns = { shape: 'aggregated', profession: 'Profession', level: 'Band', headcount: 'Headcount', fte: null };
    const aggregated: ScanResult = {
      rowsRead: 2,
      groups: [
        { group: 'Physiotherapists', occupation: '', level: 'Band 8A', rows: 1, headcount: 12, fte: null },
        { group: 'Medical', occupation: '', level: 'Consultant', rows: 1, headcount: 30, fte: null },
      ],
    };
    const { mapping } = defaultMapping(aggregated, columns);
    expect(mapping).toEqual({
      groups: { Physiotherapists: 'ahp', Medical: 'doctors' },
      occupations: {},
      levels: { 'Band 8A': 'band-8a', Consultant: 'band-8d' },
    });
  });

  it('keeps a value named "__proto__" as a key of its own', () => {
    const { mapping, sources } = defaultMapping(scanOf([person('__proto__', '', 'Band 5', 1)]), ESR_COLUMNS, {
      groups: JSON.parse('{"__proto__":"nurses"}') as Record<string, ProfessionTarget>,
      occupations: {},
      levels: {},
    });
    expect(Object.hasOwn(mapping.groups, '__proto__')).toBe(true);
    expect(sources.groups).toEqual(JSON.parse('{"__proto__":"profile"}'));
  });
});

// ---------------------------------------------------------------------------------------------
// Conservation: no row is ever lost, whatever the scan and mapping
// ---------------------------------------------------------------------------------------------

const GROUP_VALUES = ['', 'A', 'B', 'C', 'constructor'];
const OCCUPATION_VALUES = ['', 'x', 'y', 'z'];
const LEVEL_VALUES = ['', 'L1', 'L2', 'L3', 'toString'];
const PROFESSION_TARGETS: readonly ProfessionTarget[] = [...PROFESSION_IDS, NON_CLINICAL, 'exclude'];
const OCCUPATION_TARGETS: readonly OccupationTarget[] = [...PROFESSION_TARGETS, 'as-group'];
const LEVEL_TARGETS: readonly LevelTarget[] = [...LEVEL_IDS, 'below-ladder', 'exclude'];

/** Some values mapped, some not. */
function partialRecord<T>(keys: readonly string[], targets: readonly T[]): fc.Arbitrary<Record<string, T>> {
  return fc
    .tuple(...keys.map(() => fc.option(fc.constantFrom(...targets), { nil: undefined })))
    .map((chosen) => Object.fromEntries(keys.flatMap((key, i) => (chosen[i] === undefined ? [] : [[key, chosen[i]] as const]))));
}

const columnsArbitrary: fc.Arbitrary<ColumnMapping> = fc.oneof(
  fc.record({
    shape: fc.constant('person' as const),
    staffGroup: fc.constantFrom('Staff Group', null),
    occupation: fc.constantFrom('Occupation', null),
    level: fc.constant('Band'),
    fte: fc.constantFrom('FTE', null),
  }),
  fc.record({
    shape: fc.constant('aggregated' as const),
    profession: fc.constant('Profession'),
    level: fc.constant('Band'),
    headcount: fc.constant('Headcount'),
    fte: fc.constantFrom('FTE', null),
  }),
);

const caseArbitrary = columnsArbitrary.chain((columns) => {
  const person = columns.shape === 'person';
  const group = fc.record({
    group: person && columns.staffGroup === null ? fc.constant('') : fc.constantFrom(...GROUP_VALUES),
    occupation: person && columns.occupation !== null ? fc.constantFrom(...OCCUPATION_VALUES) : fc.constant(''),
    level: fc.constantFrom(...LEVEL_VALUES),
    rows: fc.nat(20),
    extraHeadcount: fc.nat(500),
    fte: fc.double({ min: 0, max: 50, noNaN: true }),
  });
  return fc.record({
    columns: fc.constant(columns),
    groups: fc.array(group, { maxLength: 25 }).map((groups) =>
      groups.map(
        ({ extraHeadcount, fte, ...g }): ScanGroup => ({
          ...g,
          headcount: person ? g.rows : extraHeadcount,
          fte: columns.fte === null ? null : fte,
        }),
      ),
    ),
    unread: fc.nat(5),
    mapping: fc.record({
      groups: partialRecord(GROUP_VALUES.filter(Boolean), PROFESSION_TARGETS),
      occupations: partialRecord(OCCUPATION_VALUES.filter(Boolean), OCCUPATION_TARGETS),
      levels: partialRecord(LEVEL_VALUES.filter(Boolean), LEVEL_TARGETS),
    }),
  });
});

describe('conservation', () => {
  it('rowsRead = mapped + non-clinical + excluded, for any scan and mapping', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ columns, groups, unread, mapping }) => {
        const scan = scanOf(groups, unread);
        const preview = applyMapping(scan, mapping, columns);
        expect(conserved(preview)).toBe(true);

        // People are conserved too (unread rows of an aggregated table carry no known headcount).
        const excludedHeadcount = preview.excluded.reduce((sum, line) => sum + line.headcount, 0);
        const scannedHeadcount = groups.reduce((sum, g) => sum + g.headcount, 0) + (columns.shape === 'person' ? unread : 0);
        expect(preview.mapped.headcount + preview.nonClinical.headcount + excludedHeadcount).toBe(scannedHeadcount);

        // What is stored is exactly what was placed on the ladder.
        const stored = preview.counts.reduce((sum, count) => sum + count.headcount, 0);
        expect(stored).toBe(preview.mapped.headcount + preview.nonClinical.headcount);
        const order = preview.counts.map((c) => STAFF_GROUP_IDS.indexOf(c.professionId) * 100 + LEVEL_IDS.indexOf(c.levelId));
        expect(order).toEqual([...order].sort((a, b) => a - b));

        // Nothing needing mapping is hidden, and nothing mapped is listed as needing it.
        const needsMapping = preview.excluded.some((line) => line.needsMapping);
        const listed = [...preview.unmapped.groups, ...preview.unmapped.occupations, ...preview.unmapped.levels];
        if (needsMapping) expect(listed.length).toBeGreaterThan(0);
        for (const { value } of preview.unmapped.groups) expect(Object.hasOwn(mapping.groups, value)).toBe(false);
        for (const { value } of preview.unmapped.levels) expect(Object.hasOwn(mapping.levels, value)).toBe(false);

        expect(preview.canCommit).toBe(listed.length === 0 && preview.mapped.headcount > 0 && preview.rowsRead > 0);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Schemas at the trust boundary
// ---------------------------------------------------------------------------------------------

function firstMessage(result: { success: boolean; error?: { issues: readonly { message: string }[] } }): string | undefined {
  return result.error?.issues[0]?.message;
}

describe('columnMappingSchema', () => {
  it('accepts both shapes and trims header names', () => {
    expect(
      columnMappingSchema.parse({ shape: 'person', staffGroup: ' Staff Group ', occupation: null, level: 'Pay Band', fte: null }),
    ).toEqual({ shape: 'person', staffGroup: 'Staff Group', occupation: null, level: 'Pay Band', fte: null });
    expect(
      columnMappingSchema.parse({ shape: 'aggregated', profession: 'Profession', level: 'Band', headcount: 'Headcount', fte: 'WTE' }),
    ).toMatchObject({ shape: 'aggregated', fte: 'WTE' });
  });

  it('names the field in plain English', () => {
    const noLevel = columnMappingSchema.safeParse({ shape: 'person', staffGroup: 'Staff Group', occupation: null, level: '  ', fte: null });
    expect(noLevel.error?.issues[0]).toMatchObject({ path: ['level'], message: 'Choose the column that holds the pay band or grade' });

    const neither = columnMappingSchema.safeParse({ shape: 'person', staffGroup: null, occupation: null, level: 'Band', fte: null });
    expect(neither.error?.issues[0]).toMatchObject({
      path: ['staffGroup'],
      message: 'Choose the column that holds the staff group, the occupation or job role, or both',
    });

    const twice = columnMappingSchema.safeParse({ shape: 'aggregated', profession: 'Band', level: 'Band', headcount: 'N', fte: null });
    expect(twice.error?.issues[0]).toMatchObject({
      path: ['level'],
      message: '"Band" is already chosen for the profession: choose a different column for the pay band or grade',
    });

    const long = columnMappingSchema.safeParse({ shape: 'aggregated', profession: 'P'.repeat(201), level: 'Band', headcount: 'N', fte: null });
    expect(firstMessage(long)).toBe('The name of the profession column must be 200 characters or fewer');

    expect(firstMessage(columnMappingSchema.safeParse({ shape: 'rows' }))).toBe(
      'Choose whether the file has one row per person or is already aggregated',
    );
  });
});

describe('valueMappingSchema', () => {
  it('accepts targets from the lists', () => {
    const mapping = { groups: { Nurses: 'nurses', Admin: NON_CLINICAL }, occupations: { Counsellor: 'as-group' }, levels: { 'Band 2': 'below-ladder' } };
    expect(valueMappingSchema.parse(mapping)).toEqual(mapping);
  });

  it('refuses unknown targets, untrimmed, blank or long values, and too many keys', () => {
    expect(firstMessage(valueMappingSchema.safeParse({ groups: { Nurses: 'nursing' }, occupations: {}, levels: {} }))).toBe(
      'Each staff group value must go to a profession, non-clinical or exclude',
    );
    expect(firstMessage(valueMappingSchema.safeParse({ groups: {}, occupations: { Nurse: 'below-ladder' }, levels: {} }))).toBe(
      'Each occupation value must go to a profession, non-clinical, exclude or "same as staff group"',
    );
    expect(firstMessage(valueMappingSchema.safeParse({ groups: {}, occupations: {}, levels: { 'Band 5': 'as-group' } }))).toBe(
      'Each pay band or grade must go to a level, below the ladder or exclude',
    );
    for (const key of [' Nurses', '', 'N'.repeat(201)]) {
      expect(firstMessage(valueMappingSchema.safeParse({ groups: { [key]: 'nurses' }, occupations: {}, levels: {} }))).toBe(
        'Each staff group value must be 1 to 200 characters with no spaces at either end',
      );
    }
    expect(valueMappingSchema.safeParse({ groups: { ['N'.repeat(200)]: 'nurses' }, occupations: {}, levels: {} }).success).toBe(true);

    const many = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`Band ${i}`, 'band-5']));
    expect(valueMappingSchema.safeParse({ groups: {}, occupations: {}, levels: many(20_000) }).success).toBe(true);
    expect(firstMessage(valueMappingSchema.safeParse({ groups: {}, occupations: {}, levels: many(20_001) }))).toBe(
      'At most 20,000 pay band or grade values can be mapped',
    );
    expect(firstMessage(valueMappingSchema.safeParse({ groups: {}, occupations: {} }))).toBe(
      'The pay band or grade mapping must be a list of values and where each goes',
    );
  });
});

describe('profiles', () => {
  it('trims the name and limits it to 80 characters', () => {
    expect(profileNameSchema.parse('  ESR monthly ')).toBe('ESR monthly');
    expect(firstMessage(profileNameSchema.safeParse('   '))).toBe('Enter a name for the mapping profile');
    expect(profileNameSchema.safeParse('x'.repeat(80)).success).toBe(true);
    expect(firstMessage(profileNameSchema.safeParse('x'.repeat(81)))).toBe('Profile name must be 80 characters or fewer');
  });

  it('round-trips a whole profile', () => {
    const profile = {
      name: 'ESR monthly',
      columns: ESR_COLUMNS,
      values: EVERY_REASON_MAPPING,
    };
    expect(importProfileSchema.parse(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
    expect(firstMessage(importProfileSchema.safeParse({ ...profile, name: '' }))).toBe('Enter a name for the mapping profile');
  });
});
