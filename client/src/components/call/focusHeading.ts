/**
 * Moves focus to a heading that announces a change on the calling screen, unless the caller is working in
 * the follow-up panel, which stays put while the contact underneath it changes.
 */
export function focusHeading(heading: HTMLElement | null, options?: FocusOptions): void {
  if (document.activeElement?.closest('.followup')) return;
  heading?.focus(options);
}

/** Where focus goes when the follow-up panel closes: the person on screen, or else the state shown. */
export function focusCallScreen(): void {
  const target =
    document.getElementById('contact-name') ??
    document.getElementById('state-title') ??
    document.getElementById('main');
  target?.focus();
}
