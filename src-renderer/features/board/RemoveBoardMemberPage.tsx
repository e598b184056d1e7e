import { PageHeading } from '../../app/page';

// Placeholder until this screen is built.
export function RemoveBoardMemberPage(_props: { readonly organisationId: number; readonly memberId: number }) {
  return <PageHeading title="Remove board member" />;
}
