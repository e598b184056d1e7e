import { useEffect } from 'react';
import { api } from '../api/client';
import { CreateOrganisationPage } from '../features/organisations/CreateOrganisationPage';
import { DeleteOrganisationPage } from '../features/organisations/DeleteOrganisationPage';
import { OrganisationsPage } from '../features/organisations/OrganisationsPage';
import { RenameOrganisationPage } from '../features/organisations/RenameOrganisationPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { useRoute } from './router';
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
  // Keyed by the route so each screen starts fresh (its own form state and focus).
  return (
    <Layout>
      <Screen key={JSON.stringify(route)} route={route} />
    </Layout>
  );
}
