/**
 * The clinical professions of section 3 of the framework ("What we mean by 'clinical'"), in its
 * order, plus "other clinical" for the rest of the clinical workforce the framework says it also
 * supports. Staff who are not clinical are never a profession here: they are counted apart so
 * they are never mixed into clinical shares.
 */
export const PROFESSION_IDS = [
  'ahp',
  'doctors',
  'healthcare-scientists',
  'midwives',
  'nurses',
  'pharmacists',
  'psychologists',
  'social-workers',
  'other-clinical',
] as const;

export type ProfessionId = (typeof PROFESSION_IDS)[number];

export type Profession = {
  readonly id: ProfessionId;
  /** As a heading or table label. */
  readonly label: string;
  /** Singular, for "a registered …" and similar phrases. */
  readonly shortLabel: string;
};

export const PROFESSIONS: readonly Profession[] = [
  { id: 'ahp', label: 'Allied health professionals', shortLabel: 'AHP' },
  { id: 'doctors', label: 'Doctors and dentists', shortLabel: 'Doctor or dentist' },
  { id: 'healthcare-scientists', label: 'Healthcare scientists', shortLabel: 'Healthcare scientist' },
  { id: 'midwives', label: 'Midwives', shortLabel: 'Midwife' },
  { id: 'nurses', label: 'Nurses', shortLabel: 'Nurse' },
  { id: 'pharmacists', label: 'Pharmacists', shortLabel: 'Pharmacist' },
  { id: 'psychologists', label: 'Psychologists', shortLabel: 'Psychologist' },
  { id: 'social-workers', label: 'Social workers', shortLabel: 'Social worker' },
  { id: 'other-clinical', label: 'Other clinical professions', shortLabel: 'Other clinical' },
];

export const PROFESSION_LABELS: Readonly<Record<ProfessionId, string>> = Object.fromEntries(
  PROFESSIONS.map((p) => [p.id, p.label]),
) as Record<ProfessionId, string>;

/** The allied health professions of footnote 1 of the framework, for finer mapping at import. */
export const AHP_SUB_PROFESSIONS: readonly string[] = [
  'Art therapists',
  'Drama therapists',
  'Music therapists',
  'Chiropodists/podiatrists',
  'Dietitians',
  'Occupational therapists',
  'Operating department practitioners',
  'Orthoptists',
  'Osteopaths',
  'Paramedics',
  'Physiotherapists',
  'Prosthetists and orthotists',
  'Radiographers',
  'Speech and language therapists',
];

/** Healthcare scientists of footnote 2. */
export const HEALTHCARE_SCIENTIST_SUB_PROFESSIONS: readonly string[] = [
  'Biomedical scientists',
  'Clinical scientists',
];

export function isProfessionId(value: unknown): value is ProfessionId {
  return typeof value === 'string' && (PROFESSION_IDS as readonly string[]).includes(value);
}
