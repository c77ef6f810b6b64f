import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { focusHeading } from './focusHeading';

interface StateCardProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** A calling-screen state with no contact in it: what is going on, and what the caller can do. */
export function StateCard({ icon, title, children, actions }: StateCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The screen changed under the caller: put their place (and a screen reader's) at the news.
  useEffect(() => focusHeading(heading.current), [title]);
  return (
    <section className="card callstate" aria-labelledby="state-title">
      <div className="callstate__icon">{icon}</div>
      <h1 className="callstate__title" id="state-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className="callstate__text">{children}</div>
      {actions ? <div className="callstate__actions">{actions}</div> : null}
    </section>
  );
}

/** The wait for a contact, shown only if it takes a moment, so a fast answer does not flash it. */
export function WaitingCard({ label }: { label: string }) {
  return (
    <div className="callwait" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
