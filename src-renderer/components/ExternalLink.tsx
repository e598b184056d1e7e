import { useState } from 'react';
import { api } from '../api/client';

/**
 * A web address as a link that opens in the system browser, only ever through the main
 * process (`app.openExternal`), which applies the allow-list of shared/security/external-links.ts
 * and asks before opening a host that is not on it. The window itself never navigates away
 * (the shell refuses), and what happened is said beside the link.
 */
export function ExternalLink({ url, label }: { readonly url: string; readonly label?: string }) {
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <>
      <a
        href={url}
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          void api.app.openExternal({ url }).then((result) => {
            setOutcome(result.ok ? result.value.message : result.error.message);
          });
        }}
      >
        {label ?? url}
        <span className="nhsuk-u-visually-hidden"> (opens in your web browser)</span>
      </a>
      <span role="status" className="app-external-link__outcome">
        {outcome !== null && <span className="nhsuk-body-s nhsuk-u-display-block">{outcome}</span>}
      </span>
    </>
  );
}
