import { localClock } from '../calling/hours';

/**
 * The instant the current day began on the clock in timeZone ("calls today" starts here).
 * On the two days a year the clocks change, after the change it is an hour out.
 */
export function localMidnight(now: number, timeZone: string): number {
  const { time } = localClock(now, timeZone);
  const [h = 0, m = 0] = time.split(':').map(Number);
  const seconds = new Date(now).getUTCSeconds();
  const ms = new Date(now).getUTCMilliseconds();
  return now - ((h * 60 + m) * 60 + seconds) * 1000 - ms;
}
