import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
}

/** What will appear in a section once there is something, and the first thing to do about it. */
export function EmptyState({ icon, title, children }: EmptyStateProps) {
  return (
    <div className="empty">
      <div className="empty__icon">{icon}</div>
      <div className="empty__body">
        <p className="empty__title">{title}</p>
        <div className="empty__text">{children}</div>
      </div>
    </div>
  );
}
