import { useId, useState } from 'react';
import type { ExportResult } from '../../../shared/export/export';
import type { Result } from '../../../shared/ipc/result';

type ExportState =
  | { readonly state: 'idle' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly fileName: string }
  | { readonly state: 'problem'; readonly message: string };

/**
 * A button that saves an export where the user chooses. The outcome is announced in a live
 * region that is always on the page: "Saved actions.csv" in a success banner, a problem as an
 * error message; cancelling the save dialog says nothing.
 */
export function ExportButton({
  label,
  run,
  testId,
  primary = false,
  busyText,
  check,
}: {
  readonly label: string;
  readonly run: () => Promise<Result<ExportResult>>;
  readonly testId: string;
  /** The page's main action (the report) rather than one export among others. */
  readonly primary?: boolean;
  /** Said while the file is being made, when that takes long enough to notice (a PDF). */
  readonly busyText?: string;
  /**
   * Checks the page's form first: true goes on; false stops, the page itself showing what is
   * wrong (an error summary); a message stops and is shown here.
   */
  readonly check?: () => boolean | string;
}) {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const titleId = useId();
  const onClick = async () => {
    const checked = check ? check() : true;
    if (checked !== true) {
      setStatus(checked === false ? { state: 'idle' } : { state: 'problem', message: checked });
      return;
    }
    setStatus({ state: 'saving' });
    const result = await run();
    if (!result.ok) setStatus({ state: 'problem', message: result.error.message });
    else if (result.value.saved) setStatus({ state: 'saved', fileName: result.value.fileName ?? 'the file' });
    else if (!result.value.available) setStatus({ state: 'problem', message: 'Saving files is only available in the Boardwalk desktop app.' });
    else setStatus({ state: 'idle' });
  };
  return (
    <div className="app-export" data-testid={testId}>
      <button
        type="button"
        className={primary ? 'nhsuk-button' : 'nhsuk-button nhsuk-button--secondary'}
        aria-disabled={status.state === 'saving' ? true : undefined}
        onClick={() => {
          if (status.state !== 'saving') void onClick();
        }}
      >
        {label}
      </button>
      <div role="status">
        {status.state === 'saving' && busyText !== undefined && (
          <p className="nhsuk-body" data-testid={`${testId}-busy`}>
            {busyText}
          </p>
        )}
        {status.state === 'saved' && (
          <div className="nhsuk-notification-banner nhsuk-notification-banner--success" aria-labelledby={titleId}>
            <div className="nhsuk-notification-banner__header">
              <p className="nhsuk-notification-banner__title" id={titleId}>
                Success
              </p>
            </div>
            <div className="nhsuk-notification-banner__content">
              <p className="nhsuk-notification-banner__heading" data-testid={`${testId}-saved`}>
                Saved {status.fileName}
              </p>
            </div>
          </div>
        )}
      </div>
      {status.state === 'problem' && (
        <p className="nhsuk-error-message" role="alert" data-testid={`${testId}-problem`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {status.message}
        </p>
      )}
    </div>
  );
}
