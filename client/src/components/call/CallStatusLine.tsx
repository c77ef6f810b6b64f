import { useNow } from '../../hooks/useNow';
import { clockTime } from './callLine';
import type { CallLine } from './callLine';

/**
 * Where the call has got, announced politely as it changes, with a call timer beside it (role timer:
 * screen readers do not read out every second).
 */
export function CallStatusLine({ line }: { line: CallLine | null }) {
  const ticking = line?.since !== undefined;
  const now = useNow(ticking ? 1000 : 60_000);
  let timer: string | null = null;
  if (line?.since !== undefined) timer = clockTime((now - line.since) / 1000);
  else if (line?.seconds !== undefined && line.seconds !== null) timer = clockTime(line.seconds);
  return (
    <div className={`callline${line ? ` callline--${line.tone}` : ''}`}>
      <span className="callline__dot" aria-hidden="true" />
      <p className="callline__text" role="status">
        {line?.text ?? ''}
      </p>
      {timer ? (
        <span className="callline__timer" role="timer" aria-label="Call time">
          {timer}
        </span>
      ) : null}
    </div>
  );
}
