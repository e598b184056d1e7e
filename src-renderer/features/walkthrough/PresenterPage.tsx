import { PageHeading } from '../../app/page';

// Placeholder until this screen is built.
export function PresenterPage(_props: { readonly id: number }) {
  return <PageHeading title="Presenter" />;
}
