import type { WebhookDelivery } from '../../../../protocol';

const STATUS: Record<WebhookDelivery['status'], string> = {
  pending: 'Trying',
  delivered: 'Delivered',
  failed: 'Failed',
};

const when = (iso: string | null, timeZone: string) =>
  iso
    ? new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
      }).format(new Date(iso))
    : '—';

/** What the receiving end answered last: its HTTP status, or why there was no answer. */
function answer(d: WebhookDelivery): string {
  if (d.lastStatusCode !== null) {
    const code = `HTTP ${d.lastStatusCode}`;
    return d.lastError && d.lastError !== code ? `${code}: ${d.lastError}` : code;
  }
  return d.lastError ?? (d.attempts ? 'No answer' : 'Not sent yet');
}

/** The latest webhook deliveries: a table on a wide screen, one card per delivery on a phone. */
export function DeliveryTable({ deliveries, timeZone }: { deliveries: WebhookDelivery[]; timeZone: string }) {
  return (
    <table className="deliveries">
      <caption className="visually-hidden">Latest webhook deliveries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Call</th>
          <th scope="col">Attempts</th>
          <th scope="col">Answer</th>
          <th scope="col">Recorded</th>
          <th scope="col">Delivered or next try</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id}>
            <td data-label="Status">
              <span className={`tag tag--delivery-${d.status}`}>{STATUS[d.status]}</span>
            </td>
            <td data-label="Call" className="deliveries__num">
              #{d.callId}
            </td>
            <td data-label="Attempts" className="deliveries__num">
              {d.attempts}
            </td>
            <td data-label="Answer" className="deliveries__answer">
              {answer(d)}
            </td>
            <td data-label="Recorded">{when(d.createdAt, timeZone)}</td>
            <td data-label={d.deliveredAt ? 'Delivered' : 'Next try'}>
              {d.deliveredAt
                ? when(d.deliveredAt, timeZone)
                : d.status === 'pending'
                  ? when(d.nextAttemptAt, timeZone)
                  : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
