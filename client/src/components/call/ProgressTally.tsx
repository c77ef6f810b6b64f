import type { CallerProgress } from '../../../../protocol';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The caller's own evening so far: three small counts, for encouragement rather than competition. */
export function ProgressTally({ progress }: { progress: CallerProgress | undefined }) {
  const p = progress ?? { callsTonight: 0, reachedTonight: 0, bookingsTonight: 0 };
  return (
    // Named rather than headed: it sits in the top bar, above the page's own first heading.
    <section className="tally" aria-label="Your calls tonight">
      <span className="tally__title" aria-hidden="true">
        Tonight
      </span>
      <ul className="tally__list" aria-live="polite">
        <li className="tally__item">
          <strong>{p.callsTonight}</strong> {p.callsTonight === 1 ? 'call' : 'calls'}
        </li>
        <li className="tally__item">
          <strong>{p.reachedTonight}</strong> reached
        </li>
        <li className="tally__item tally__item--bookings">
          <strong>{p.bookingsTonight}</strong> {p.bookingsTonight === 1 ? 'booking' : 'bookings'}
        </li>
      </ul>
    </section>
  );
}

/** One sentence for the end of the night, in the same spirit. */
export function progressSentence(p: CallerProgress): string {
  if (p.callsTonight === 0)
    return 'Every volunteer starts somewhere: come back whenever you have a spare half hour.';
  const calls = plural(p.callsTonight, 'call', 'calls');
  const reached = plural(p.reachedTonight, 'person', 'people');
  const booked = p.bookingsTonight
    ? ` and booked ${plural(p.bookingsTonight, 'person', 'people')} onto a canvass`
    : '';
  return `You made ${calls} tonight, spoke to ${reached}${booked}. That’s how campaigns are won.`;
}
