import { useId } from 'react';
import type { ReactNode } from 'react';

interface HomeSectionProps {
  title: string;
  /** One line under the heading saying what the section is for. */
  summary?: string;
  className?: string;
  children: ReactNode;
}

/** A titled card on a signed-in home. */
export function HomeSection({ title, summary, className = '', children }: HomeSectionProps) {
  const id = useId();
  return (
    <section className={`card section ${className}`.trim()} aria-labelledby={id}>
      <header className="section__header">
        <h2 className="section__title" id={id}>
          {title}
        </h2>
        {summary ? <p className="section__summary">{summary}</p> : null}
      </header>
      {children}
    </section>
  );
}
