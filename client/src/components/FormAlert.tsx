interface FormAlertProps {
  /** The message to show; nothing is rendered without one. */
  message?: string | null;
  tone?: 'error' | 'info';
}

/** A message about the whole form, announced by screen readers the moment it appears. */
export function FormAlert({ message, tone = 'error' }: FormAlertProps) {
  if (!message) return null;
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <svg className="alert__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" />
        {tone === 'error' ? <path d="M12 7v6M12 16.5v.5" /> : <path d="M12 11v6M12 7.5v.5" />}
      </svg>
      <p className="alert__text">{message}</p>
    </div>
  );
}
