import { PageHeading } from '../../app/page';

// Placeholder until this screen is built.
export function DeleteWorkshopPage(_props: { readonly id: number }) {
  return <PageHeading title="Delete workshop" />;
}
