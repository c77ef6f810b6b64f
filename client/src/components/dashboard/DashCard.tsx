import { useId } from 'react';
import type { ReactNode } from 'react';

interface DashCardProps {
  title: string;
  /** One line under the title: what the numbers are, or since when. */
  summary?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled card on the dashboard. */
export function DashCard({ title, summary, className = '', children }: DashCardProps) {
  const id = useId();
  return (
    <section className={`card dash-card ${className}`.trim()} aria-labelledby={id}>
      <header className="dash-card__header">
        <h2 className="dash-card__title" id={id}>
          {title}
        </h2>
        {summary ? <p className="dash-card__summary">{summary}</p> : null}
      </header>
      {children}
    </section>
  );
}
