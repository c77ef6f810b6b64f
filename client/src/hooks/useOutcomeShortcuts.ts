import { useEffect, useRef } from 'react';
import type { AnyOutcome } from '../../../protocol';
import type { PadEntry } from '../components/call/outcomes';

/** True while the caller is typing, when a digit is a digit and not a shortcut. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

/** 1-9 and 0 pick an outcome (outside text boxes); Ctrl/Cmd + Enter saves from anywhere. */
export function useOutcomeShortcuts(
  enabled: boolean,
  pad: PadEntry[],
  onPick: (outcome: AnyOutcome) => void,
  onSave: () => void,
) {
  // The latest pad and handlers, so the listener is added once rather than on every keystroke's render.
  const handlers = useRef({ pad, onPick, onSave });
  handlers.current = { pad, onPick, onSave };

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        handlers.current.onSave();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const entry = handlers.current.pad.find((e) => e.key === event.key);
      if (!entry) return;
      event.preventDefault();
      handlers.current.onPick(entry.outcome);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
