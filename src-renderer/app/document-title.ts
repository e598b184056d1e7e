export const SERVICE_NAME = 'Boardwalk';

/** "Add an organisation – Boardwalk", with "Error: " in front while the page shows errors. */
export function documentTitle(pageTitle: string, hasError = false): string {
  return `${hasError ? 'Error: ' : ''}${pageTitle} – ${SERVICE_NAME}`;
}
