import { PageHeading } from '../../app/page';
import type { RunStep } from '../../app/routes';

// Placeholder until this screen is built.
export function RunPage(_props: { readonly id: number; readonly step: RunStep }) {
  return <PageHeading title="Walk-through" />;
}
