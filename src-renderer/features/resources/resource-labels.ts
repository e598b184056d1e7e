import { THEMES, themeById } from '../../../shared/framework/content';
import type { ThemeId } from '../../../shared/framework/content';
import { PROFESSION_LABELS, PROFESSIONS } from '../../../shared/framework/professions';
import type { ProfessionId } from '../../../shared/framework/professions';
import { describeSource } from '../../../shared/resources/resource';
import type { Resource } from '../../../shared/resources/resource';

export const THEME_OPTIONS: ReadonlyArray<{ value: ThemeId; label: string }> = THEMES.map((theme) => ({
  value: theme.id,
  label: theme.title,
}));

export const PROFESSION_OPTIONS: ReadonlyArray<{ value: ProfessionId; label: string }> = PROFESSIONS.map((profession) => ({
  value: profession.id,
  label: profession.label,
}));

export const ALL_PROFESSIONS_LABEL = 'All clinical professions';

export function themesText(themeIds: readonly ThemeId[]): string {
  return themeIds.map((id) => themeById(id).title).join(', ');
}

export function professionsText(resource: Pick<Resource, 'allProfessions' | 'professionIds'>): string {
  if (resource.allProfessions) return ALL_PROFESSIONS_LABEL;
  return resource.professionIds.map((id) => PROFESSION_LABELS[id]).join(', ');
}

/** Where an item comes from: its document (and where in it), or the user. */
export function sourceText(resource: Pick<Resource, 'source' | 'sourceSection'>): string {
  return resource.source === null ? 'Added by you' : describeSource(resource.source, resource.sourceSection);
}
