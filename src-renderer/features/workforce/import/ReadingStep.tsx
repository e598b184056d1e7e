import { useEffect, useRef } from 'react';
import { useImport } from '../import-store';
import { percentRead } from './format';

/** The file being read in the main process: a progress bar and a way out. */
export function ReadingStep() {
  const progress = useImport((s) => s.progress);
  const cancel = useImport((s) => s.cancel);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const percent = progress ? percentRead(progress.bytesRead, progress.totalBytes) : 0;
  // Announced in steps of a quarter, so a screen reader is told how it goes without chatter.
  const quarter = Math.floor(percent / 25) * 25;
  return (
    <section aria-labelledby="reading-heading" className="nhsuk-u-margin-bottom-6" data-testid="reading">
      <h2 id="reading-heading" ref={headingRef} tabIndex={-1}>
        Reading the file
      </h2>
      <p>
        Boardwalk is counting the staff in each profession and level. The window stays responsive while it reads;
        leaving this page stops the read.
      </p>
      <label className="nhsuk-label" htmlFor="read-progress">
        Progress
      </label>
      <progress id="read-progress" className="app-progress" max={100} value={percent}>
        {percent}%
      </progress>
      <p className="nhsuk-body-s" data-testid="reading-figures">
        {percent}% read, {(progress?.rowsRead ?? 0).toLocaleString('en-GB')} rows so far
      </p>
      <p className="nhsuk-u-visually-hidden" role="status">
        {quarter > 0 ? `${quarter}% read` : ''}
      </p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void cancel()}>
        Cancel
      </button>
    </section>
  );
}
