import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { AuthFrame } from './AuthFrame';
import { Button } from './Button';

interface State {
  error: Error | null;
}

/** A last line of defence: a broken page says so and offers a reload instead of going blank. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The browser console is the only log a client has; it is what a bug report will quote.
    // eslint-disable-next-line no-console
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <AuthFrame
        title="Something went wrong"
        intro={<p>This page hit a problem it could not recover from. Reloading usually fixes it.</p>}
      >
        <Button block onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </AuthFrame>
    );
  }
}
