import type { ReactNode } from 'react';

interface PageHeaderProps {
  eyebrow: string;
  title: string;
  children?: ReactNode;
}

/** The top of a signed-in page: where you are, a greeting or title, and a line on what the page is for. */
export function PageHeader({ eyebrow, title, children }: PageHeaderProps) {
  return (
    <header className="page__header">
      <p className="page__eyebrow">{eyebrow}</p>
      <h1 className="page__title">{title}</h1>
      {children ? <div className="page__lead">{children}</div> : null}
    </header>
  );
}
