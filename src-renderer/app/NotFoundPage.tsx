import { PageHeading } from './page';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>There is no screen at this address.</p>
      <p>
        <a href="#/organisations">Go to your organisations</a>
      </p>
    </>
  );
}
