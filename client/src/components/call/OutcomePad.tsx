import type { AnyOutcome } from '../../../../protocol';
import { OUTCOME_GROUPS } from './outcomes';
import type { PadEntry } from './outcomes';

interface OutcomePadProps {
  entries: PadEntry[];
  chosen: AnyOutcome | null;
  disabled: boolean;
  /** Why Booked cannot be chosen yet, when it cannot. */
  bookedBlockedBy: string | null;
  onPick: (outcome: AnyOutcome) => void;
}

/** One button per outcome, grouped by how the call went, each showing the key that picks it. */
export function OutcomePad({ entries, chosen, disabled, bookedBlockedBy, onPick }: OutcomePadProps) {
  const groups = OUTCOME_GROUPS.map((g) => ({ ...g, entries: entries.filter((e) => e.group === g.id) }));
  return (
    <div className="pad">
      {groups
        .filter((group) => group.entries.length)
        .map((group) => (
          <div className="pad__group" role="group" aria-labelledby={`pad-${group.id}`} key={group.id}>
            <p className="pad__title" id={`pad-${group.id}`}>
              {group.title}
            </p>
            <div className={`pad__buttons pad__buttons--${group.entries.length}`}>
              {group.entries.map(({ outcome, key, label }) => {
                const blocked = outcome === 'booked' && bookedBlockedBy !== null;
                return (
                  <button
                    key={outcome}
                    type="button"
                    className={`pad__button pad__button--${outcome}`}
                    aria-pressed={chosen === outcome}
                    aria-keyshortcuts={key}
                    aria-describedby={blocked ? 'booked-blocked' : undefined}
                    disabled={disabled || blocked}
                    onClick={() => onPick(outcome)}
                  >
                    <kbd className="pad__key" aria-hidden="true">
                      {key}
                    </kbd>
                    <span className="pad__label">{label}</span>
                  </button>
                );
              })}
            </div>
            {bookedBlockedBy && group.entries.some((e) => e.outcome === 'booked') ? (
              <p className="pad__blocked" id="booked-blocked">
                {bookedBlockedBy}
              </p>
            ) : null}
          </div>
        ))}
    </div>
  );
}
