import type {
  ColumnMapping,
  LevelTarget,
  OccupationTarget,
  ProfessionTarget,
  ScanResult,
  ValueMapping,
} from './types';
import { NON_CLINICAL } from './types';

/**
 * Default suggestions for the values of a workforce extract. They only ever propose: every
 * suggestion is shown to the user as "suggested" and can be changed before anything is stored,
 * so a rule here prefers returning null (the user decides) to guessing across professions.
 */

/**
 * The form in which values are compared: lower case, "&" as "and", punctuation as spaces, one
 * space between words. "Band 8 - Range A", "band 8 range a" and "BAND 8-RANGE A" all meet here.
 */
export function normaliseValue(value: string): string {
  return (
    value
      // Accents are stripped so a pasted "Ré" or a non-breaking space never defeats a match.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      // Many trusts write "speciality" for the medical "specialty" grades.
      .replace(/\bspeciality\b/g, 'specialty')
  );
}

/** Whole-word search: "nurse" is in "staff nurse" but not in "nursery". */
function hasPhrase(normalised: string, phrase: string): boolean {
  return ` ${normalised} `.includes(` ${phrase} `);
}

function hasAny(normalised: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => hasPhrase(normalised, phrase));
}

/** A phrase and its regular plural, so tables can say "physiotherapist" once. */
function withPlurals(phrases: readonly string[]): readonly string[] {
  return phrases.flatMap((phrase) => [phrase, `${phrase}s`]);
}

// ---------------------------------------------------------------------------------------------
// Occupations and job roles
// ---------------------------------------------------------------------------------------------

/**
 * Roles that are non-clinical whatever else their title says. Checked first, so "Medical
 * Secretary", "Nurse Bank Administrator" and "Ward Clerk" never become doctors or nurses.
 */
const NON_CLINICAL_ROLES = [
  ...withPlurals(['administrator', 'clerk', 'receptionist', 'typist', 'personal assistant', 'practice manager']),
  'secretary',
  'secretaries',
  'admin',
  'administration',
  'administrative',
  'clerical',
  // Not "domestic": a domestic abuse nurse is a nurse (ESR's "Domestic Assistant" defers instead).
  ...withPlurals(['porter', 'cleaner', 'housekeeper', 'caterer', 'chef', 'cook', 'accountant']),
  'catering',
];

/**
 * Titles that read as a profession but are not (yet) registered in it: support workers,
 * assistants, students and trainees. They defer to the staff group (null), which in ESR puts
 * them in "Additional Clinical Services" or "Students". Checked after the medical training
 * grades, so "Specialty Trainee" and "Associate Specialist" stay doctors.
 */
const NOT_YET_REGISTERED = [
  ...withPlurals(['assistant', 'support worker', 'helper', 'aide', 'apprentice', 'student', 'trainee']),
  ...withPlurals(['associate', 'nursery nurse', 'dental nurse', 'technician', 'dental hygienist', 'dental therapist']),
  'nursery',
];

/** Doctors in training and SAS grades, whose titles would otherwise trip the rules above. */
const MEDICAL_GRADES = [
  ...withPlurals(['associate specialist', 'specialty trainee', 'specialty registrar', 'specialist registrar']),
  ...withPlurals(['specialty doctor', 'core trainee', 'gp trainee', 'gp registrar', 'foundation doctor']),
  'foundation year',
  'core training',
  'specialty training',
  'fy1',
  'fy2',
];

/**
 * Clinical roles that are neither a registered profession of the framework nor a support role:
 * physician and anaesthesia associates, and pharmacy technicians (registered with the General
 * Pharmaceutical Council, clinical, but not pharmacists). They go to "other clinical".
 */
const OTHER_CLINICAL = withPlurals(['physician associate', 'anaesthesia associate', 'pharmacy technician']);

const MIDWIVES = ['midwife', 'midwives', 'midwifery'];
const PSYCHOLOGISTS = withPlurals(['psychologist']);
const SOCIAL_WORKERS = [...withPlurals(['social worker']), 'social work'];
const PHARMACISTS = withPlurals(['pharmacist']);

/**
 * Healthcare scientists: the two groups of footnote 2 and the named specialisms of the NHS
 * healthcare science workforce. "Scientist" alone is not enough: a data scientist is not one.
 */
const HEALTHCARE_SCIENTISTS = [
  ...withPlurals(['biomedical scientist', 'clinical scientist', 'healthcare scientist', 'health care scientist']),
  ...withPlurals(['healthcare science practitioner', 'physiologist', 'audiologist', 'embryologist']),
  ...withPlurals(['medical physicist', 'clinical physicist']),
  'healthcare science',
];

/** The allied health professions of footnote 1, as people and as disciplines ("Head of Podiatry"). */
const ALLIED_HEALTH = [
  ...withPlurals(['physiotherapist', 'physio', 'occupational therapist', 'dietitian', 'dietician', 'podiatrist']),
  ...withPlurals(['chiropodist', 'radiographer', 'paramedic', 'speech and language therapist', 'orthoptist']),
  ...withPlurals(['osteopath', 'prosthetist', 'orthotist', 'art therapist', 'art psychotherapist']),
  ...withPlurals(['drama therapist', 'dramatherapist', 'music therapist', 'operating department practitioner']),
  ...withPlurals(['odp', 'allied health professional']),
  'physiotherapy',
  'occupational therapy',
  'dietetics',
  'podiatry',
  'chiropody',
  'radiography',
  'orthoptics',
  'speech and language therapy',
];

/** Nurses, with the titles that are nursing posts in the NHS without saying "nurse". */
const NURSES = [
  ...withPlurals(['nurse', 'sister', 'charge nurse', 'matron', 'health visitor', 'ward manager']),
  'nursing',
];

/**
 * Words that are medical on their own. "Medical" is deliberately not one: medical secretaries,
 * medical records and medical staffing are not doctors. "Consultant" is handled apart because
 * nurses, midwives, scientists and IT staff can be consultants too.
 */
const DOCTORS = [
  ...withPlurals(['doctor', 'registrar', 'gp', 'general practitioner', 'dentist', 'dental surgeon', 'physician']),
  ...withPlurals(['surgeon', 'psychiatrist', 'anaesthetist', 'radiologist', 'paediatrician', 'pathologist']),
  ...withPlurals(['medical practitioner', 'medical officer', 'clinical fellow', 'medical director']),
];

/** Consultants who are not doctors once the profession words above have had their turn. */
const NON_MEDICAL_CONSULTANCY = [
  'it',
  'ict',
  'hr',
  'people',
  'finance',
  'financial',
  'business',
  'management',
  'procurement',
  'estates',
  'digital',
  'informatics',
  'project',
  'change',
  'transformation',
  'workforce',
  'recruitment',
  'communications',
  'education',
  'educational',
];

/**
 * The profession an occupation or job role suggests, or null when it does not say (the caller
 * then defers to the staff group). Specific role words win over general ones: the rules run in
 * order and the first that matches decides.
 */
export function suggestOccupation(value: string): ProfessionTarget | null {
  const text = normaliseValue(value);
  if (text === '') return null;
  if (hasAny(text, NON_CLINICAL_ROLES)) return NON_CLINICAL;
  if (hasAny(text, MEDICAL_GRADES)) return 'doctors';
  if (hasAny(text, OTHER_CLINICAL)) return 'other-clinical';
  if (hasAny(text, NOT_YET_REGISTERED)) return null;
  // Midwifery before nursing: "Midwife Sister" is a midwife; healthcare science before AHPs and
  // doctors: a "Consultant Clinical Scientist" is neither.
  if (hasAny(text, MIDWIVES)) return 'midwives';
  if (hasAny(text, PSYCHOLOGISTS)) return 'psychologists';
  if (hasAny(text, SOCIAL_WORKERS)) return 'social-workers';
  if (hasAny(text, PHARMACISTS)) return 'pharmacists';
  if (hasAny(text, HEALTHCARE_SCIENTISTS)) return 'healthcare-scientists';
  if (hasAny(text, ALLIED_HEALTH)) return 'ahp';
  if (hasAny(text, NURSES)) return 'nurses';
  if (hasAny(text, DOCTORS)) return 'doctors';
  if (hasAny(text, withPlurals(['consultant'])) && !hasAny(text, NON_MEDICAL_CONSULTANCY)) return 'doctors';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Staff groups and professions
// ---------------------------------------------------------------------------------------------

/**
 * Whole values of a staff group or profession column. A null entry is a value known to be mixed,
 * kept here so the occupation rules below never guess at it.
 */
const GROUPS: ReadonlyMap<string, ProfessionTarget | null> = new Map<string, ProfessionTarget | null>([
  // The ESR staff groups.
  // Pharmacists, psychologists, pharmacy technicians, counsellors and more share this group: any
  // single default would file pharmacists or psychologists under the wrong profession whenever
  // the occupation does not say, so the user decides (the occupation refines it when mapped).
  ['add prof scientific and technic', null],
  ['additional professional scientific and technical', null],
  ['additional prof scientific and technical', null],
  // Healthcare and maternity support workers, nursing associates, assistant practitioners. They
  // work in clinical roles, so they are "other clinical", never non-clinical; most are on Bands
  // 2-4 and so fall below the ladder anyway, and the few above it are clinical staff without a
  // profession of the framework, which is what "other clinical" is for.
  ['additional clinical services', 'other-clinical'],
  ['administrative and clerical', NON_CLINICAL],
  ['allied health professionals', 'ahp'],
  ['estates and ancillary', NON_CLINICAL],
  ['healthcare scientists', 'healthcare-scientists'],
  ['medical and dental', 'doctors'],
  // Registered nurses and midwives together; the occupation picks out the midwives.
  ['nursing and midwifery registered', 'nurses'],
  ['nursing and midwifery', 'nurses'],
  ['students', 'exclude'],
  ['student', 'exclude'],
  // NHS Digital's published staff groups, which home-made tables often copy.
  ['hchs doctors', 'doctors'],
  ['nurses and health visitors', 'nurses'],
  ['central functions', NON_CLINICAL],
  ['hotel property and estates', NON_CLINICAL],
  ['managers', NON_CLINICAL],
  ['senior managers', NON_CLINICAL],
  ['scientific therapeutic and technical', null],
  ['scientific therapeutic and technical staff', null],
  ['ambulance staff', null],
  // Plain profession names.
  ['nurses', 'nurses'],
  ['nursing', 'nurses'],
  ['registered nurses', 'nurses'],
  ['midwives', 'midwives'],
  ['midwifery', 'midwives'],
  ['doctors', 'doctors'],
  ['doctors and dentists', 'doctors'],
  ['medical', 'doctors'],
  ['medics', 'doctors'],
  ['dental', 'doctors'],
  ['ahp', 'ahp'],
  ['ahps', 'ahp'],
  ['allied health', 'ahp'],
  ['allied health professions', 'ahp'],
  ['pharmacists', 'pharmacists'],
  ['pharmacy', 'pharmacists'],
  ['psychologists', 'psychologists'],
  ['psychology', 'psychologists'],
  ['clinical psychology', 'psychologists'],
  ['social workers', 'social-workers'],
  ['social work', 'social-workers'],
  ['healthcare science', 'healthcare-scientists'],
  ['other clinical', 'other-clinical'],
  ['other clinical staff', 'other-clinical'],
  ['other clinical professions', 'other-clinical'],
  ['non clinical', NON_CLINICAL],
  ['nonclinical', NON_CLINICAL],
  ['non clinical staff', NON_CLINICAL],
  ['admin', NON_CLINICAL],
  ['admin and clerical', NON_CLINICAL],
  ['administrative', NON_CLINICAL],
  ['estates', NON_CLINICAL],
  ['ancillary', NON_CLINICAL],
  ['corporate', NON_CLINICAL],
]);

/**
 * The target a staff group or profession value suggests, or null when unknown or mixed. Whole
 * group names are looked up first (so "Nursing and Midwifery Registered" is nurses, not
 * midwives); anything else is read like a job role, which covers sub-professions such as
 * "Physiotherapist" or "Radiographer - Diagnostic" used as the profession of an aggregated table.
 */
export function suggestGroup(value: string): ProfessionTarget | null {
  const text = normaliseValue(value);
  if (text === '') return null;
  if (GROUPS.has(text)) return GROUPS.get(text) ?? null;
  return suggestOccupation(value);
}

// ---------------------------------------------------------------------------------------------
// Pay bands and grades
// ---------------------------------------------------------------------------------------------

/**
 * Whole values of a level column that are not Agenda for Change bands. Medical grades sit where
 * their pay scales overlap the Agenda for Change bands, taking the band in which each grade's
 * pay starts, so medical seniority keeps its order on the ladder. Users can change any of them.
 */
const LEVEL_WORDS: ReadonlyMap<string, LevelTarget> = new Map<string, LevelTarget>([
  ['vsm', 'vsm'],
  ['very senior manager', 'vsm'],
  ['very senior managers', 'vsm'],
  ['very senior management', 'vsm'],
  // Board level means executive directors and the chief executive. "Director" alone is left to
  // the user: trusts have directors below the board, paid as very senior managers or at Band 9,
  // and "Non-executive director" is an appointment, not a post on the staff ladder.
  ['board', 'board'],
  ['board level', 'board'],
  ['board member', 'board'],
  ['executive director', 'board'],
  ['executive directors', 'board'],
  ['chief executive', 'board'],
  ['chief executive officer', 'board'],
  ['ceo', 'board'],
  // FY1 pay starts at the top of Band 5.
  ['foundation year 1', 'band-5'],
  ['foundation year one', 'band-5'],
  ['fy1', 'band-5'],
  ['f1', 'band-5'],
  // FY2 pay sits within Band 6.
  ['foundation year 2', 'band-6'],
  ['foundation year two', 'band-6'],
  ['fy2', 'band-6'],
  ['f2', 'band-6'],
  // Core and specialty training pay starts in Band 7 (rising towards 8b for senior registrars).
  ['core training', 'band-7'],
  ['core trainee', 'band-7'],
  ['specialty registrar', 'band-7'],
  ['specialist registrar', 'band-7'],
  ['str', 'band-7'],
  ['spr', 'band-7'],
  ['specialty trainee', 'band-7'],
  ['specialty training', 'band-7'],
  ['registrar', 'band-7'],
  // Specialty doctor pay (and the closed staff grade's) starts at the foot of Band 8a.
  ['specialty doctor', 'band-8a'],
  ['staff grade', 'band-8a'],
  // Associate specialist (closed in 2008) starts in Band 8b.
  ['associate specialist', 'band-8b'],
  // The 2021 specialist grade's pay starts above where the specialty doctor and associate
  // specialist scales start, around Band 8c, and below the consultant scale.
  ['specialist', 'band-8c'],
  // Consultant pay starts at the top of Band 8d (and runs on into Band 9).
  ['consultant', 'band-8d'],
  ['consultants', 'band-8d'],
  ['locum consultant', 'band-8d'],
]);

/**
 * Agenda for Change bands in the spellings trusts use: "Band 5", "AfC Band 5", "5",
 * "Band 8 - Range A", "Band 8 Range A", "Band 8A", "8a". Captures the number and the range letter.
 */
const AFC_BAND = /^(?:(?:afc|agenda for change) )?(?:(?:pay )?band ?)?(\d{1,2}) ?(?:(?:range )?([a-z]))?$/;

/** Medical training grades written as codes: "CT1", "ST 3", "ST1-ST8", "CT1-3". */
const TRAINING_CODE = /^(ct|st) ?(\d)(?: (?:ct|st)? ?(\d))?$/;

/**
 * The ladder rung a pay band or grade suggests; 'below-ladder' for Bands 1-4; null when unknown
 * (ESR grade codes such as "XN01", "Non AfC", a lone "Band 8" or a "Band 8 - Range E").
 */
export function suggestLevel(value: string): LevelTarget | null {
  const text = normaliseValue(value);
  if (text === '') return null;
  const word = LEVEL_WORDS.get(text);
  if (word !== undefined) return word;

  const band = AFC_BAND.exec(text);
  if (band) {
    const number = Number(band[1]);
    const range = band[2];
    if (number === 8) {
      return range === 'a' || range === 'b' || range === 'c' || range === 'd' ? `band-8${range}` : null;
    }
    if (range !== undefined) return null;
    if (number >= 1 && number <= 4) return 'below-ladder';
    if (number === 5 || number === 6 || number === 7 || number === 9) return `band-${number}`;
    return null;
  }

  const training = TRAINING_CODE.exec(text);
  if (training) {
    const highest = training[1] === 'ct' ? 3 : 8;
    const from = Number(training[2]);
    const to = training[3] === undefined ? from : Number(training[3]);
    return from >= 1 && to >= from && to <= highest ? 'band-7' : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// A whole mapping for one scan
// ---------------------------------------------------------------------------------------------

/** Where a mapping entry came from, so the screen can say "from profile", "suggested" or "needs mapping". */
export type MappingSource = 'profile' | 'suggested' | 'unmapped';

export type MappingSources = {
  readonly groups: Readonly<Record<string, MappingSource>>;
  readonly occupations: Readonly<Record<string, MappingSource>>;
  readonly levels: Readonly<Record<string, MappingSource>>;
};

export type DefaultMapping = {
  /** Only values with a target; unmapped values are absent, as ValueMapping requires. */
  readonly mapping: ValueMapping;
  /** Every distinct non-blank value of the scan that the columns use, with where its target came from. */
  readonly sources: MappingSources;
};

/** True when the mapping reads a staff group or profession value for each row. */
export function hasGroupColumn(columns: ColumnMapping): boolean {
  return columns.shape === 'aggregated' || columns.staffGroup !== null;
}

/** True when the mapping reads an occupation value for each row. */
export function hasOccupationColumn(columns: ColumnMapping): boolean {
  return columns.shape === 'person' && columns.occupation !== null;
}

/** A record's own entry only: a source value such as "constructor" must never find Object.prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

type Resolved<T> = { readonly target: T | null; readonly source: MappingSource };

function mapValues<T>(
  values: ReadonlySet<string>,
  saved: Readonly<Record<string, T>> | undefined,
  suggest: (value: string) => T | null,
): { readonly targets: Record<string, T>; readonly sources: Record<string, MappingSource> } {
  const resolved = [...values].map((value): readonly [string, Resolved<T>] => {
    const fromProfile = saved === undefined ? undefined : ownEntry(saved, value);
    if (fromProfile !== undefined) return [value, { target: fromProfile, source: 'profile' }];
    const suggestion = suggest(value);
    return [value, { target: suggestion, source: suggestion === null ? 'unmapped' : 'suggested' }];
  });
  // Object.fromEntries defines own properties, so even a value named "__proto__" stays a key.
  return {
    targets: Object.fromEntries(
      resolved.flatMap(([value, { target }]) => (target === null ? [] : [[value, target] as const])),
    ),
    sources: Object.fromEntries(resolved.map(([value, { source }]) => [value, source])),
  };
}

/**
 * The mapping to start from for a scan: for each distinct value the saved profile's target first,
 * then the suggestion. Occupations that suggest nothing follow the staff group when there is a
 * staff group column; without one they stay unmapped, since there would be nothing to follow.
 * Blank values are never keys: the preview excludes them with their own reason.
 */
export function defaultMapping(
  scan: ScanResult,
  columns: ColumnMapping,
  saved?: ValueMapping,
): DefaultMapping {
  const groups = new Set<string>();
  const occupations = new Set<string>();
  const levels = new Set<string>();
  const withGroup = hasGroupColumn(columns);
  const withOccupation = hasOccupationColumn(columns);
  for (const row of scan.groups) {
    if (withGroup && row.group !== '') groups.add(row.group);
    if (withOccupation && row.occupation !== '') occupations.add(row.occupation);
    if (row.level !== '') levels.add(row.level);
  }

  const suggestForOccupation = (value: string): OccupationTarget | null =>
    suggestOccupation(value) ?? (withGroup ? 'as-group' : null);
  // A saved 'as-group' is useless without a staff group column: it would leave the row with no
  // profession, so the value is treated as not in the profile.
  const savedOccupations =
    saved === undefined || withGroup
      ? saved?.occupations
      : Object.fromEntries(Object.entries(saved.occupations).filter(([, target]) => target !== 'as-group'));

  const g = mapValues(groups, saved?.groups, suggestGroup);
  const o = mapValues(occupations, savedOccupations, suggestForOccupation);
  const l = mapValues(levels, saved?.levels, suggestLevel);
  return {
    mapping: { groups: g.targets, occupations: o.targets, levels: l.targets },
    sources: { groups: g.sources, occupations: o.sources, levels: l.sources },
  };
}
