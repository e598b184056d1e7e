import { PageHeading } from '../../app/page';

// Placeholder until this screen is built.
export function WorkshopPage(_props: { readonly id: number }) {
  return <PageHeading title="Workshop" />;
}
