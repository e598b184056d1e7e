import type { MouseEvent } from 'react';

/** Moves focus to the main content by script: in this app a hash is a route, not an anchor. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('maincontent')?.focus();
  };
  return (
    <a className="nhsuk-skip-link" href="#maincontent" onClick={skip}>
      Skip to main content
    </a>
  );
}
