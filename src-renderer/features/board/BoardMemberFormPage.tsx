import { PageHeading } from '../../app/page';

// Placeholder until this screen is built.
export function BoardMemberFormPage(_props: { readonly organisationId: number; readonly memberId?: number }) {
  return <PageHeading title="Board member" />;
}
