import { PageHeading } from '../../app/page';

export function PrioritiesStep({ title }: { readonly title: string }) {
  return (
    <>
      <PageHeading title={title} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          Dot voting, the proposed order of priorities, actions and champions come in a later release of Boardwalk. Everything
          the board has rated so far is saved and will carry over.
        </p>
      </div>
    </>
  );
}
