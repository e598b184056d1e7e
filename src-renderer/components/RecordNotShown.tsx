import { PageHeading } from '../app/page';

/** A record that is still loading, does not exist, or could not be read. */
export type NotShownLookup =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'unavailable'; readonly message: string };

type RecordNotShownProps = {
  readonly lookup: NotShownLookup;
  /** "organisation", "workshop", "board member": used in the loading and not-found headings. */
  readonly noun: string;
  readonly missingText: string;
  readonly unavailableTitle: string;
  readonly back: { readonly href: string; readonly text: string };
};

/** What a screen shows until (or instead of) the record it is about. */
export function RecordNotShown({ lookup, noun, missingText, unavailableTitle, back }: RecordNotShownProps) {
  if (lookup.state === 'loading') return <PageHeading title={`Loading ${noun}…`} />;
  return (
    <>
      {lookup.state === 'missing' ? (
        <>
          <PageHeading title={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} not found`} />
          <p>{missingText}</p>
        </>
      ) : (
        <>
          <PageHeading title={unavailableTitle} />
          <p>{lookup.message}</p>
        </>
      )}
      <p>
        <a href={back.href}>{back.text}</a>
      </p>
    </>
  );
}
