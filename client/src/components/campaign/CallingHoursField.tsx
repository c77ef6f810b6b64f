import type { CallingHours, Weekday } from '../../../../protocol';
import { CrossIcon, PlusIcon } from '../admin/adminIcons';
import { Button } from '../Button';
import { DAYS, DEFAULT_SPAN, LEGAL_END, LEGAL_START, MAX_SPANS } from './campaignText';

type Span = CallingHours[Weekday][number];

interface DayProps {
  day: (typeof DAYS)[number];
  spans: Span[];
  error?: string;
  /** Warn when a span reaches outside the legal window, which the server will not call in. */
  legalOnly: boolean;
  onChange: (spans: Span[]) => void;
}

function DayRow({ day, spans, error, legalOnly, onChange }: DayProps) {
  const on = spans.length > 0;
  const errorId = `hours-${day.key}-error`;
  const outside = legalOnly && spans.some((s) => s.start < LEGAL_START || s.end > LEGAL_END);
  const set = (i: number, part: 'start' | 'end', value: string) =>
    onChange(spans.map((s, j) => (j === i ? { ...s, [part]: value } : s)));
  const last = spans[spans.length - 1];

  return (
    <fieldset
      className={`hours-day${on ? '' : ' hours-day--off'}${error ? ' field--invalid' : ''}`}
      data-field={`callingHours.${day.key}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="hours-day__name">{day.name}</legend>
      <label className="hours-day__toggle">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(e) => onChange(e.target.checked ? [{ ...DEFAULT_SPAN }] : [])}
        />
        <span>
          Calls<span className="visually-hidden"> on {day.name}</span>
        </span>
      </label>
      <div className="hours-day__spans">
        {on ? null : <p className="hours-day__none">No calls</p>}
        {spans.map((span, i) => {
          const which = spans.length > 1 ? ` (hours ${i + 1})` : '';
          return (
            <div className="hours-span" key={i}>
              <label className="hours-span__part">
                <span className="hours-span__label">
                  From<span className="visually-hidden">{which}</span>
                </span>
                <input
                  className="field__input hours-span__time"
                  type="time"
                  name={`callingHours.${day.key}.${i}.start`}
                  value={span.start}
                  required
                  onChange={(e) => set(i, 'start', e.target.value)}
                />
              </label>
              <span className="hours-span__dash" aria-hidden="true">
                –
              </span>
              <label className="hours-span__part">
                <span className="hours-span__label">
                  To<span className="visually-hidden">{which}</span>
                </span>
                <input
                  className="field__input hours-span__time"
                  type="time"
                  name={`callingHours.${day.key}.${i}.end`}
                  value={span.end}
                  required
                  onChange={(e) => set(i, 'end', e.target.value)}
                />
              </label>
              <button
                type="button"
                className="icon-button hours-span__remove"
                aria-label={`Remove ${span.start}–${span.end} on ${day.name}`}
                onClick={() => onChange(spans.filter((_, j) => j !== i))}
              >
                <CrossIcon />
              </button>
            </div>
          );
        })}
        {on && spans.length < MAX_SPANS ? (
          <button
            type="button"
            className="link-button hours-day__add"
            onClick={() =>
              onChange([
                ...spans,
                last && last.end < '21:00' ? { start: last.end, end: '21:00' } : DEFAULT_SPAN,
              ])
            }
          >
            <PlusIcon />
            Add hours<span className="visually-hidden"> on {day.name}</span>
          </button>
        ) : null}
      </div>
      {outside ? (
        <p className="hours-day__warning">
          Calls before {LEGAL_START} or after {LEGAL_END} will not be made unless any hour is allowed.
        </p>
      ) : null}
      {error ? (
        <p className="field__error hours-day__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface CallingHoursFieldProps {
  hours: CallingHours;
  allowAnyHour: boolean;
  error: (day: Weekday) => string | undefined;
  onChange: (hours: CallingHours) => void;
}

/** The week's calling hours: a row per day, on or off, with one or more spans of time. */
export function CallingHoursField({ hours, allowAnyHour, error, onChange }: CallingHoursFieldProps) {
  const copyMonday = () =>
    onChange(Object.fromEntries(DAYS.map((d) => [d.key, hours.mon.map((s) => ({ ...s }))])) as CallingHours);
  return (
    <div className="hours">
      {DAYS.map((day) => (
        <DayRow
          key={day.key}
          day={day}
          spans={hours[day.key]}
          error={error(day.key)}
          legalOnly={!allowAnyHour}
          onChange={(spans) => onChange({ ...hours, [day.key]: spans })}
        />
      ))}
      <div>
        <Button variant="secondary" className="hours__copy" onClick={copyMonday}>
          Copy Monday to every day
        </Button>
      </div>
    </div>
  );
}
