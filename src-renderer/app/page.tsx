import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { documentTitle } from './document-title';
import { hasNavigated } from './router';


type PageHeadingProps = {
  readonly title: string;
  readonly hasError?: boolean;
  readonly children?: ReactNode;
};

/**
 * The page's h1 and title. When the screen changes, focus moves to the heading (unless
 * something more urgent, an error summary or a confirmation, takes it), so a screen reader
 * announces the new page and Tab starts from the top of its content.
 */
export function PageHeading({ title, hasError = false, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle(title, hasError);
  }, [title, hasError]);
  useEffect(() => {
    const active = document.activeElement;
    const somethingElseHasFocus = active && active !== document.body && active.closest('[data-takes-focus]');
    if (!somethingElseHasFocus && hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
