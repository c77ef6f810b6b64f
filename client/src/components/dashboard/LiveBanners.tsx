import type { Cancellation } from '../../hooks/useSessionCancellations';
import type { LiveConnection } from '../../hooks/useDashboardSocket';
import { plural } from './dashboardText';

interface LiveBannersProps {
  connection: LiveConnection;
  degraded: boolean;
  cancelled: Cancellation[];
  onDismiss: (sessionId: number) => void;
}

/** What the coordinator must know about the numbers themselves: not live, partly live, or a session gone. */
export function LiveBanners({ connection, degraded, cancelled, onDismiss }: LiveBannersProps) {
  if (connection !== 'offline' && connection !== 'refused' && !degraded && !cancelled.length) return null;
  return (
    <div className="dash-banners">
      {connection === 'offline' ? (
        <div className="dash-banner dash-banner--offline" role="alert">
          <span className="spinner" aria-hidden="true" />
          <p>
            <strong>Live updates paused — reconnecting.</strong> The numbers below are from before the
            connection dropped; they catch up as soon as it is back.
          </p>
        </div>
      ) : null}
      {connection === 'refused' ? (
        <div className="dash-banner dash-banner--offline" role="alert">
          <p>
            <strong>Your session has ended.</strong> <a href="/signin">Sign in again</a> to see live numbers.
          </p>
        </div>
      ) : null}
      {degraded && connection === 'online' ? (
        <div className="dash-banner dash-banner--degraded" role="status">
          <p>
            <strong>Live view degraded.</strong> Calls handled by other Ringround servers may show late until
            the link between them recovers. Calling carries on as normal.
          </p>
        </div>
      ) : null}
      {cancelled.map((c) => (
        <div className="dash-banner dash-banner--notice" role="status" key={c.sessionId}>
          <p>
            <strong>{c.title} was cancelled.</strong>{' '}
            {c.recontact
              ? `${plural(c.recontact, 'person', 'people')} booked from this campaign need a call to rebook.`
              : 'Nobody from this campaign was booked onto it.'}
          </p>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`Dismiss the notice about ${c.title}`}
            onClick={() => onDismiss(c.sessionId)}
          >
            OK
          </button>
        </div>
      ))}
    </div>
  );
}
