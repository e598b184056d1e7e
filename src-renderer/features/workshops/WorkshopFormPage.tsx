import { PageHeading } from '../../app/page';

// Placeholder until this screen is built.
export function WorkshopFormPage(_props: { readonly organisationId?: number; readonly id?: number }) {
  return <PageHeading title="Workshop" />;
}
