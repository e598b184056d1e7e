// Must stay the first import: it configures zod before any schema is built.
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.scss';
import './styles/report.scss';
// The report's face, bundled (no remote fonts): Arimo, metric-compatible with Arial.
import '@fontsource/arimo/400.css';
import '@fontsource/arimo/400-italic.css';
import '@fontsource/arimo/700.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

// Without the bridge to the main process the app can do nothing; say so rather than show a
// blank window. The app itself is loaded only once the bridge is known to be there.
if (!('api' in window)) {
  const message = document.createElement('p');
  message.className = 'nhsuk-body nhsuk-u-margin-4';
  message.setAttribute('role', 'alert');
  message.textContent = 'Boardwalk could not start: its connection to your data is missing. Close Boardwalk and open it again.';
  container.replaceChildren(message);
} else {
  const { App } = await import('./app/App');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
