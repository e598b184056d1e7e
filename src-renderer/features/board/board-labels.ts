import { BACKGROUNDS } from '../../../shared/board/board-member';
import type { Background, BoardMember } from '../../../shared/board/board-member';
import { PROFESSIONS } from '../../../shared/framework/professions';

/** A person's background, in the singular ("Nurse", not "Nurses"). */
const BACKGROUND_LABELS: Readonly<Record<Background, string>> = {
  ...(Object.fromEntries(PROFESSIONS.map((p) => [p.id, p.shortLabel])) as Record<Exclude<Background, 'non-clinical'>, string>),
  // The short labels of these two are made for tables of figures; a person needs the words.
  ahp: 'Allied health professional',
  'other-clinical': 'Other clinical profession',
  'non-clinical': 'Non-clinical',
};

export function backgroundLabel(background: Background): string {
  return BACKGROUND_LABELS[background];
}

export const BACKGROUND_OPTIONS = BACKGROUNDS.map((value) => ({ value, label: BACKGROUND_LABELS[value] }));

export function isClinical(background: Background): boolean {
  return background !== 'non-clinical';
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** The table's cells for the questions that apply only to some members. */
export function independentText(member: BoardMember): string | null {
  return member.independent === null ? null : yesNo(member.independent);
}

export function registeredText(member: BoardMember): string | null {
  return isClinical(member.background) ? yesNo(member.registered) : null;
}
