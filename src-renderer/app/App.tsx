import { useEffect } from 'react';
import { api } from '../api/client';
import { CreateOrganisationPage } from '../features/organisations/CreateOrganisationPage';
import { DeleteOrganisationPage } from '../features/organisations/DeleteOrganisationPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { RenameOrganisationPage } from '../features/organisations/RenameOrganisationPage';
import { OrganisationPage } from '../features/organisations/OrganisationPage';
import { BoardMemberFormPage } from '../features/board/BoardMemberFormPage';
import { RemoveBoardMemberPage } from '../features/board/RemoveBoardMemberPage';
import { CompositionPage } from '../features/board/CompositionPage';
import { WorkshopFormPage } from '../features/workshops/WorkshopFormPage';
import { WorkshopPage } from '../features/workshops/WorkshopPage';
import { DeleteWorkshopPage } from '../features/workshops/DeleteWorkshopPage';
import { RunPage } from '../features/walkthrough/RunPage';
import { PresenterPage } from '../features/walkthrough/PresenterPage';
import { ActionFormPage } from '../features/priorities/ActionFormPage';
import { DeleteActionPage } from '../features/priorities/DeleteActionPage';
import { DeleteSnapshotPage } from '../features/workforce/DeleteSnapshotPage';
import { ImportPage } from '../features/workforce/ImportPage';
import { WorkforcePage } from '../features/workforce/WorkforcePage';
import { RemoveResourcePage } from '../features/resources/RemoveResourcePage';
import { ResourceFormPage } from '../features/resources/ResourceFormPage';
import { ResourcesPage } from '../features/resources/ResourcesPage';
import { ReportPage } from '../features/report/ReportPage';
import { ReportPrintPage } from '../features/report/ReportPrintPage';
import { AboutPage } from '../features/help/AboutPage';
import { ShortcutsPage } from '../features/help/ShortcutsPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { RestoreBackupPage } from '../features/backups/RestoreBackupPage';
import { NothingToRecoverPage } from '../features/recovery/NothingToRecoverPage';
import { RecoveryPage } from '../features/recovery/RecoveryPage';
import { useRecovery } from '../features/recovery/recovery-store';
import { ExportWorkshopFilePage } from '../features/workshop-file/ExportWorkshopFilePage';
import { ImportWorkshopFilePage } from '../features/workshop-file/ImportWorkshopFilePage';
import { Layout } from './Layout';
import { MenuNotice } from './MenuNotice';
import { runAppCommand } from './run-app-command';
import { NotFoundPage } from './NotFoundPage';
import { currentRoute, useRoute } from './router';
import { saveEverything } from './save-before-close';
import type { Route } from './routes';

function Screen({ route }: { readonly route: Route }) {
  switch (route.name) {
    case 'organisations':
      return <OrganisationsPage />;
    case 'organisation-new':
      return <CreateOrganisationPage />;
    case 'organisation-rename':
      return <RenameOrganisationPage id={route.id} />;
    case 'organisation-delete':
      return <DeleteOrganisationPage id={route.id} />;
    case 'organisation':
      return <OrganisationPage id={route.id} />;
    case 'board-member-new':
      return <BoardMemberFormPage organisationId={route.organisationId} />;
    case 'board-member-edit':
      return <BoardMemberFormPage organisationId={route.organisationId} memberId={route.memberId} />;
    case 'board-member-remove':
      return <RemoveBoardMemberPage organisationId={route.organisationId} memberId={route.memberId} />;
    case 'board-composition':
      return <CompositionPage organisationId={route.organisationId} />;
    case 'workshop-new':
      return <WorkshopFormPage organisationId={route.organisationId} />;
    case 'workforce':
      return <WorkforcePage organisationId={route.organisationId} />;
    case 'workforce-import':
      return <ImportPage organisationId={route.organisationId} />;
    case 'workforce-snapshot-delete':
      return <DeleteSnapshotPage organisationId={route.organisationId} snapshotId={route.snapshotId} />;
    case 'workshop':
      return <WorkshopPage id={route.id} />;
    case 'workshop-edit':
      return <WorkshopFormPage id={route.id} />;
    case 'workshop-delete':
      return <DeleteWorkshopPage id={route.id} />;
    case 'workshop-run':
      return <RunPage id={route.id} step={route.step} />;
    case 'workshop-present':
      return <PresenterPage id={route.id} />;
    case 'workshop-report':
      return <ReportPage id={route.id} />;
    case 'report-print':
      return <ReportPrintPage id={route.id} marking={route.marking} analysis={route.analysis} />;
    case 'action-new':
      return <ActionFormPage workshopId={route.workshopId} questionId={route.questionId} />;
    case 'action-edit':
      return <ActionFormPage workshopId={route.workshopId} actionId={route.actionId} />;
    case 'action-delete':
      return <DeleteActionPage workshopId={route.workshopId} actionId={route.actionId} />;
    case 'resources':
      return <ResourcesPage />;
    case 'resource-new':
      return <ResourceFormPage />;
    case 'resource-edit':
      return <ResourceFormPage id={route.id} />;
    case 'resource-remove':
      return <RemoveResourcePage id={route.id} />;
    case 'help-shortcuts':
      return <ShortcutsPage />;
    case 'about':
      return <AboutPage />;
    case 'backups':
      return <BackupsPage />;
    case 'backup-restore':
      return <RestoreBackupPage backupName={route.backupName} />;
    case 'recovery':
      return <NothingToRecoverPage />;
    case 'workshop-file-export':
      return <ExportWorkshopFilePage organisationId={route.organisationId} />;
    case 'workshop-file-import':
      return <ImportWorkshopFilePage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  const route = useRoute();
  // The application menu (main process) asks for a screen by path.
  useEffect(
    () =>
      api.events['app.navigate'](({ path }) => {
        window.location.hash = `#${path}`;
      }),
    [],
  );
  // The desktop shell holds the window open while the page saves what it holds, then the page closes it.
  useEffect(
    () =>
      api.events['app.closing'](() => {
        void saveEverything().then(() => window.close());
      }),
    [],
  );
  // Menu commands whose meaning depends on the screen (undo, new workshop, presenter mode…).
  useEffect(
    () =>
      api.events['app.command'](({ command }) => {
        void runAppCommand(command, currentRoute());
      }),
    [],
  );
  // Whether the database opened is asked once; until the answer, there is nothing to show.
  const mode = useRecovery((s) => s.mode);
  const problem = useRecovery((s) => s.problem);
  const check = useRecovery((s) => s.check);
  useEffect(() => {
    void check();
  }, [check]);
  if (mode === 'checking') return null;
  // The database could not be opened: whatever the address, the recovery screen, until it is resolved.
  if (mode === 'recovery' && problem) {
    return (
      <Layout>
        <RecoveryPage problem={problem} />
      </Layout>
    );
  }
  // The projector's view fills the screen: no header, footer or save status.
  if (route.name === 'workshop-present') return <PresenterPage key={route.id} id={route.id} />;
  // The report as printed: A4 pages, nothing of the app around them.
  if (route.name === 'report-print') return <ReportPrintPage key={JSON.stringify(route)} id={route.id} marking={route.marking} analysis={route.analysis} />;
  // Keyed by the route so each screen starts fresh (its own form state and focus).
  return (
    <Layout>
      <MenuNotice />
      <Screen key={JSON.stringify(route)} route={route} />
    </Layout>
  );
}
