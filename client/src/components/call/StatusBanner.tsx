interface StatusBannerProps {
  offline: boolean;
  /** Whose call is kept while offline, to say so by name. */
  firstName?: string;
  saving: boolean;
  notice: string | null;
  onDismiss: () => void;
}

/** Connection lost (which outranks everything), or a one-off notice such as a contact being taken back. */
export function StatusBanner({ offline, firstName, saving, notice, onDismiss }: StatusBannerProps) {
  if (offline) {
    let kept = 'We’ll carry on as soon as you’re back.';
    if (saving) kept = 'Your last call is kept and will be saved as soon as you’re back.';
    else if (firstName) kept = `Everything you’ve entered is kept, and ${firstName} is still yours.`;
    return (
      <div className="banner banner--offline" role="alert">
        <span className="spinner" aria-hidden="true" />
        <p className="banner__text">
          <strong>Connection lost. Reconnecting…</strong> {kept}
        </p>
      </div>
    );
  }
  if (!notice) return null;
  return (
    <div className="banner banner--notice" role="status">
      <p className="banner__text">{notice}</p>
      <button type="button" className="banner__close" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}
