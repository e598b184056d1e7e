import type { ReactNode } from 'react';
import { SkipLink } from '../components/SkipLink';
import { SaveStatus } from './SaveStatus';
import { SERVICE_NAME } from './document-title';

export function Layout({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <SkipLink />
      {/* The save status belongs to the banner, so it sits inside a landmark on every screen. */}
      <header role="banner">
        <div className="nhsuk-header">
          <div className="nhsuk-header__container nhsuk-width-container">
            <div className="nhsuk-header__service">
              <a className="nhsuk-header__service-name" href="#/organisations">
                {SERVICE_NAME}
              </a>
            </div>
          </div>
        </div>
        <div className="nhsuk-width-container app-header-bar">
          <span className="nhsuk-body-s nhsuk-u-margin-bottom-0">Clinical leadership – a framework for action</span>
          <SaveStatus />
        </div>
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <div className="nhsuk-footer__meta">
            <p className="nhsuk-body-s">
              Boardwalk works offline. Everything you enter stays in a database on this computer.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
