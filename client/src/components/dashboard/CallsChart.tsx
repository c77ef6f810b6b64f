import type { Snapshot } from '../../../../protocol';
import { DashCard } from './DashCard';
import { clockText, plural } from './dashboardText';

type Quarter = Snapshot['callsPer15Min'][number];

/** The smallest of 4, 10, 20, 50, 100, 200, ... at or above the busiest quarter, so gridlines land on round numbers. */
function scaleTop(max: number): number {
  if (max <= 4) return 4;
  for (let step = 10; ; step *= 10) {
    for (const top of [step, step * 2, step * 5]) if (top >= max) return top;
  }
}

// Each quarter is 10 units wide in the drawing; the bar leaves a gap of 1.5 on each side.
const SLOT = 10;
const HEIGHT = 100;

/** Where a time label goes: each even hour on the campaign's clock, not too close to the edges. */
function hourMarks(series: Quarter[], timeZone: string): { at: number; text: string }[] {
  return series.flatMap((q, i) => {
    const text = clockText(q.at, timeZone);
    const [hh, mm] = text.split(':').map(Number);
    const at = (i / series.length) * 100;
    return mm === 0 && hh! % 2 === 0 && at > 4 && at < 94 ? [{ at, text }] : [];
  });
}

/** Calls per 15 minutes over the last 12 hours, drawn as bars; the quarter now under way stands out. */
export function CallsChart({ series, timeZone }: { series: Quarter[]; timeZone: string }) {
  const total = series.reduce((n, q) => n + q.calls, 0);
  const busiest = series.reduce<Quarter | null>((b, q) => (q.calls > (b?.calls ?? 0) ? q : b), null);
  const top = scaleTop(busiest?.calls ?? 0);
  const last = series[series.length - 1];
  const description = busiest
    ? `${plural(total, 'call')} in the last 12 hours. Busiest quarter: ${plural(busiest.calls, 'call')} from ${clockText(busiest.at, timeZone)}. This quarter so far: ${plural(last?.calls ?? 0, 'call')}.`
    : 'No calls in the last 12 hours yet.';

  return (
    <DashCard
      title="Calls per 15 minutes"
      summary={`Last 12 hours · ${plural(total, 'call')}`}
      className="dash-chart-card"
    >
      <figure className="dash-chart">
        <div className="dash-chart__plot">
          {[1, 0.5].map((f) => (
            <span className="dash-chart__tick" style={{ bottom: `${f * 100}%` }} key={f} aria-hidden="true">
              {top * f}
            </span>
          ))}
          <svg
            className="dash-chart__svg"
            viewBox={`0 0 ${series.length * SLOT} ${HEIGHT}`}
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            {[0, 0.5, 1].map((f) => (
              <line
                key={f}
                className={f === 0 ? 'dash-chart__axis' : 'dash-chart__grid'}
                x1={0}
                x2={series.length * SLOT}
                y1={HEIGHT - f * HEIGHT}
                y2={HEIGHT - f * HEIGHT}
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {series.map((q, i) => {
              const h = (q.calls / top) * HEIGHT;
              return (
                <rect
                  key={q.at}
                  className={
                    i === series.length - 1 ? 'dash-chart__bar dash-chart__bar--now' : 'dash-chart__bar'
                  }
                  x={i * SLOT + 1.5}
                  y={HEIGHT - h}
                  width={SLOT - 3}
                  height={h}
                >
                  <title>{`${clockText(q.at, timeZone)}: ${plural(q.calls, 'call')}`}</title>
                </rect>
              );
            })}
          </svg>
        </div>
        <div className="dash-chart__hours" aria-hidden="true">
          {hourMarks(series, timeZone).map(({ at, text }) => (
            <span className="dash-chart__hour" style={{ left: `${at}%` }} key={text}>
              {text}
            </span>
          ))}
        </div>
        <figcaption className="dash-chart__caption">
          {total ? description : 'No calls in the last 12 hours yet. Bars appear here as calls are saved.'}
        </figcaption>
      </figure>
    </DashCard>
  );
}
