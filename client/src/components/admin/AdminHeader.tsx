import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { BackIcon } from './adminIcons';

interface AdminHeaderProps {
  eyebrow: string;
  title: string;
  /** The page one step up, shown as a link above the title. */
  back?: { to: string; label: string };
  /** Buttons for the page's main jobs, beside the title on a wide screen and under it on a phone. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** The top of an organiser page: the way back, where you are, the title, and what to do here. */
export function AdminHeader({ eyebrow, title, back, actions, children }: AdminHeaderProps) {
  return (
    <header className="admin-header">
      {back ? (
        <Link className="backlink" to={back.to}>
          <BackIcon />
          {back.label}
        </Link>
      ) : null}
      <div className="admin-header__row">
        <div className="admin-header__text">
          <p className="page__eyebrow">{eyebrow}</p>
          <h1 className="page__title">{title}</h1>
          {children ? <div className="page__lead">{children}</div> : null}
        </div>
        {actions ? <div className="admin-header__actions">{actions}</div> : null}
      </div>
    </header>
  );
}
