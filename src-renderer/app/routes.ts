import { isThemeId, isQuestionId } from '../../shared/framework/content';
import type { ThemeId } from '../../shared/framework/content';
import { ceilingThresholdSchema, measureSchema } from '../../shared/export/export';
import { DEFAULT_REPORT_ANALYSIS, REPORT_MARKINGS } from '../../shared/report/report-inputs';
import type { ReportAnalysis, ReportMarking } from '../../shared/report/report-inputs';
import { reportPrintPath } from '../../shared/report/report-route';
import { BACKUP_NAME_PATTERN } from '../../shared/backups/backup';

/**
 * The app's places. Routing is by hash (`#/organisations/new`) because the page is served from
 * a custom protocol in Electron and from a plain static server in tests: neither has to know
 * about client-side paths, and a reload always lands on the same screen.
 */
export type RunStep =
  | { readonly kind: 'ceilings' }
  | { readonly kind: 'theme'; readonly themeId: ThemeId }
  | { readonly kind: 'question'; readonly questionId: string }
  | { readonly kind: 'priorities' };

export type Route =
  | { readonly name: 'organisations' }
  | { readonly name: 'organisation-new' }
  | { readonly name: 'organisation'; readonly id: number }
  | { readonly name: 'organisation-rename'; readonly id: number }
  | { readonly name: 'organisation-delete'; readonly id: number }
  | { readonly name: 'board-member-new'; readonly organisationId: number }
  | { readonly name: 'board-member-edit'; readonly organisationId: number; readonly memberId: number }
  | { readonly name: 'board-member-remove'; readonly organisationId: number; readonly memberId: number }
  | { readonly name: 'board-composition'; readonly organisationId: number }
  | { readonly name: 'workshop-new'; readonly organisationId: number }
  | { readonly name: 'workforce'; readonly organisationId: number }
  | { readonly name: 'workforce-import'; readonly organisationId: number }
  | { readonly name: 'workforce-snapshot-delete'; readonly organisationId: number; readonly snapshotId: number }
  | { readonly name: 'workshop'; readonly id: number }
  | { readonly name: 'workshop-edit'; readonly id: number }
  | { readonly name: 'workshop-delete'; readonly id: number }
  | { readonly name: 'workshop-run'; readonly id: number; readonly step: RunStep }
  | { readonly name: 'workshop-present'; readonly id: number }
  | { readonly name: 'workshop-report'; readonly id: number }
  | { readonly name: 'report-print'; readonly id: number; readonly marking: ReportMarking; readonly analysis: ReportAnalysis }
  | { readonly name: 'action-new'; readonly workshopId: number; readonly questionId: string }
  | { readonly name: 'action-edit'; readonly workshopId: number; readonly actionId: number }
  | { readonly name: 'action-delete'; readonly workshopId: number; readonly actionId: number }
  | { readonly name: 'resources' }
  | { readonly name: 'resource-new' }
  | { readonly name: 'resource-edit'; readonly id: number }
  | { readonly name: 'resource-remove'; readonly id: number }
  | { readonly name: 'help-shortcuts' }
  | { readonly name: 'about' }
  | { readonly name: 'backups' }
  | { readonly name: 'backup-restore'; readonly backupName: string }
  | { readonly name: 'recovery' }
  /** From an organisation's page (that organisation), or from the File menu (null: choose one). */
  | { readonly name: 'workshop-file-export'; readonly organisationId: number | null }
  | { readonly name: 'workshop-file-import' }
  | { readonly name: 'not-found'; readonly path: string };

/** True for hashes that are routes; other hashes (`#maincontent`) are in-page anchors. */
export function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const s = path.split('/').filter((segment) => segment !== '');
  return matchReportPrint(s) ?? match(s) ?? { name: 'not-found', path };
}

/**
 * `/workshops/:id/report/print/:marking/:measure/:threshold`, the path the printer prints; without
 * the last two (a hand-typed preview) the report analyses by headcount at the default threshold.
 */
function matchReportPrint(s: readonly string[]): Route | null {
  const [first, second, third, fourth, marking, measure, threshold, ...rest] = s;
  if (first !== 'workshops' || third !== 'report' || fourth !== 'print' || rest.length > 0) return null;
  const id = second === undefined ? null : parseId(second);
  if (id === null || marking === undefined || !isMarking(marking)) return null;
  if (measure === undefined && threshold === undefined) return { name: 'report-print', id, marking, analysis: DEFAULT_REPORT_ANALYSIS };
  const analysis = parseAnalysis(measure, threshold);
  return analysis ? { name: 'report-print', id, marking, analysis } : null;
}

function parseAnalysis(measure: string | undefined, threshold: string | undefined): ReportAnalysis | null {
  if (threshold === undefined || !/^[0-9]{1,3}(\.[0-9]{1,6})?$/.test(threshold)) return null;
  const parsedMeasure = measureSchema.safeParse(measure);
  const parsedThreshold = ceilingThresholdSchema.safeParse(Number(threshold));
  return parsedMeasure.success && parsedThreshold.success ? { measure: parsedMeasure.data, threshold: parsedThreshold.data } : null;
}

function match(s: readonly string[]): Route | null {
  const [first, second, third, fourth, fifth, ...rest] = s;
  if (rest.length > 0) return null;
  if (first === undefined) return { name: 'organisations' };
  if (first === 'organisations') {
    if (second === undefined) return { name: 'organisations' };
    if (second === 'new') return third === undefined ? { name: 'organisation-new' } : null;
    const id = parseId(second);
    if (id === null) return null;
    if (third === undefined) return { name: 'organisation', id };
    if (fourth === undefined) {
      if (third === 'workforce') return { name: 'workforce', organisationId: id };
      if (third === 'rename') return { name: 'organisation-rename', id };
      if (third === 'delete') return { name: 'organisation-delete', id };
      if (third === 'export-file') return { name: 'workshop-file-export', organisationId: id };
      return null;
    }
    if (third === 'board') {
      if (fourth === 'new') return fifth === undefined ? { name: 'board-member-new', organisationId: id } : null;
      if (fourth === 'check') return fifth === undefined ? { name: 'board-composition', organisationId: id } : null;
      const memberId = parseId(fourth);
      if (memberId === null) return null;
      if (fifth === 'edit') return { name: 'board-member-edit', organisationId: id, memberId };
      if (fifth === 'remove') return { name: 'board-member-remove', organisationId: id, memberId };
      return null;
    }
    if (third === 'workshops' && fourth === 'new' && fifth === undefined) return { name: 'workshop-new', organisationId: id };
    if (third === 'workforce') {
      if (fourth === 'import' && fifth === undefined) return { name: 'workforce-import', organisationId: id };
      const snapshotId = parseId(fourth);
      if (snapshotId !== null && fifth === 'delete') return { name: 'workforce-snapshot-delete', organisationId: id, snapshotId };
      return null;
    }
    return null;
  }
  if (first === 'help' && second === 'shortcuts' && third === undefined) return { name: 'help-shortcuts' };
  if (first === 'about' && second === undefined) return { name: 'about' };
  if (first === 'backups') {
    if (second === undefined) return { name: 'backups' };
    if (BACKUP_NAME_PATTERN.test(second) && third === 'restore' && fourth === undefined) return { name: 'backup-restore', backupName: second };
    return null;
  }
  if (first === 'recovery') return second === undefined ? { name: 'recovery' } : null;
  if (first === 'workshop-file') {
    if (third !== undefined) return null;
    if (second === 'export') return { name: 'workshop-file-export', organisationId: null };
    if (second === 'import') return { name: 'workshop-file-import' };
    return null;
  }
  if (first === 'resources') {
    if (second === undefined) return { name: 'resources' };
    if (second === 'new') return third === undefined ? { name: 'resource-new' } : null;
    const id = parseId(second);
    if (id === null || fourth !== undefined) return null;
    if (third === 'edit') return { name: 'resource-edit', id };
    if (third === 'remove') return { name: 'resource-remove', id };
    return null;
  }
  if (first === 'workshops') {
    const id = second === undefined ? null : parseId(second);
    if (id === null) return null;
    if (third === undefined) return { name: 'workshop', id };
    if (fourth === undefined) {
      if (third === 'edit') return { name: 'workshop-edit', id };
      if (third === 'delete') return { name: 'workshop-delete', id };
      if (third === 'present') return { name: 'workshop-present', id };
      if (third === 'report') return { name: 'workshop-report', id };
      return null;
    }
    if (third === 'priorities' && isQuestionId(fourth) && fifth === 'new-action') {
      return { name: 'action-new', workshopId: id, questionId: fourth };
    }
    if (third === 'actions') {
      const actionId = parseId(fourth);
      if (actionId === null) return null;
      if (fifth === 'edit') return { name: 'action-edit', workshopId: id, actionId };
      if (fifth === 'delete') return { name: 'action-delete', workshopId: id, actionId };
      return null;
    }
    if (third !== 'run') return null;
    if (fourth === 'ceilings' && fifth === undefined) return { name: 'workshop-run', id, step: { kind: 'ceilings' } };
    if (fourth === 'priorities' && fifth === undefined) return { name: 'workshop-run', id, step: { kind: 'priorities' } };
    if (fourth === 'theme' && fifth !== undefined && isThemeId(fifth)) return { name: 'workshop-run', id, step: { kind: 'theme', themeId: fifth } };
    if (fourth === 'question' && fifth !== undefined && isQuestionId(fifth)) return { name: 'workshop-run', id, step: { kind: 'question', questionId: fifth } };
    return null;
  }
  return null;
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'organisations':
      return '#/organisations';
    case 'organisation-new':
      return '#/organisations/new';
    case 'organisation':
      return `#/organisations/${route.id}`;
    case 'organisation-rename':
      return `#/organisations/${route.id}/rename`;
    case 'organisation-delete':
      return `#/organisations/${route.id}/delete`;
    case 'board-member-new':
      return `#/organisations/${route.organisationId}/board/new`;
    case 'board-member-edit':
      return `#/organisations/${route.organisationId}/board/${route.memberId}/edit`;
    case 'board-member-remove':
      return `#/organisations/${route.organisationId}/board/${route.memberId}/remove`;
    case 'board-composition':
      return `#/organisations/${route.organisationId}/board/check`;
    case 'workshop-new':
      return `#/organisations/${route.organisationId}/workshops/new`;
    case 'workforce':
      return `#/organisations/${route.organisationId}/workforce`;
    case 'workforce-import':
      return `#/organisations/${route.organisationId}/workforce/import`;
    case 'workforce-snapshot-delete':
      return `#/organisations/${route.organisationId}/workforce/${route.snapshotId}/delete`;
    case 'workshop':
      return `#/workshops/${route.id}`;
    case 'workshop-edit':
      return `#/workshops/${route.id}/edit`;
    case 'workshop-delete':
      return `#/workshops/${route.id}/delete`;
    case 'workshop-present':
      return `#/workshops/${route.id}/present`;
    case 'workshop-report':
      return `#/workshops/${route.id}/report`;
    case 'report-print':
      return `#${reportPrintPath(route.id, route.marking, route.analysis)}`;
    case 'action-new':
      return `#/workshops/${route.workshopId}/priorities/${route.questionId}/new-action`;
    case 'action-edit':
      return `#/workshops/${route.workshopId}/actions/${route.actionId}/edit`;
    case 'action-delete':
      return `#/workshops/${route.workshopId}/actions/${route.actionId}/delete`;
    case 'workshop-run':
      return `#/workshops/${route.id}/run/${stepPath(route.step)}`;
    case 'resources':
      return '#/resources';
    case 'resource-new':
      return '#/resources/new';
    case 'resource-edit':
      return `#/resources/${route.id}/edit`;
    case 'resource-remove':
      return `#/resources/${route.id}/remove`;
    case 'help-shortcuts':
      return '#/help/shortcuts';
    case 'about':
      return '#/about';
    case 'backups':
      return '#/backups';
    case 'backup-restore':
      return `#/backups/${route.backupName}/restore`;
    case 'recovery':
      return '#/recovery';
    case 'workshop-file-export':
      return route.organisationId === null ? '#/workshop-file/export' : `#/organisations/${route.organisationId}/export-file`;
    case 'workshop-file-import':
      return '#/workshop-file/import';
    case 'not-found':
      return `#${route.path}`;
  }
}

function stepPath(step: RunStep): string {
  switch (step.kind) {
    case 'ceilings':
      return 'ceilings';
    case 'priorities':
      return 'priorities';
    case 'theme':
      return `theme/${step.themeId}`;
    case 'question':
      return `question/${step.questionId}`;
  }
}

function isMarking(segment: string): segment is ReportMarking {
  return (REPORT_MARKINGS as readonly string[]).includes(segment);
}

function parseId(segment: string): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(segment)) return null;
  const id = Number(segment);
  return Number.isSafeInteger(id) ? id : null;
}
