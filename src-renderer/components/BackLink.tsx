export function BackLink({ href, children }: { readonly href: string; readonly children: string }) {
  return (
    <a className="nhsuk-back-link" href={href}>
      {children}
    </a>
  );
}
