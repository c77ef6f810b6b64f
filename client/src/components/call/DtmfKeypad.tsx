import { useState } from 'react';
import type { KeyboardEvent } from 'react';

/** Each key: its digit and the letters printed under it. */
const KEYS = [
  ['1', ''],
  ['2', 'ABC'],
  ['3', 'DEF'],
  ['4', 'GHI'],
  ['5', 'JKL'],
  ['6', 'MNO'],
  ['7', 'PQRS'],
  ['8', 'TUV'],
  ['9', 'WXYZ'],
  ['*', ''],
  ['0', '+'],
  ['#', ''],
] as const;

/** "*" and "#" read out as punctuation, or not at all. */
const SPOKEN: Record<string, string> = { '*': 'Star', '#': 'Hash' };

/** The phone keypad, for automated menus ("press 1 to…"). Digits typed here go down the line. */
export function DtmfKeypad({ onDigit }: { onDigit: (digit: string) => void }) {
  const [sent, setSent] = useState('');
  const press = (digit: string) => {
    onDigit(digit);
    setSent((s) => `${s}${digit}`.slice(-16));
  };
  // In here a digit key is a tone, not the outcome shortcut it is elsewhere on the screen.
  const keyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !/^[0-9*#]$/.test(event.key)) return;
    event.preventDefault();
    press(event.key);
  };
  return (
    <div className="keypad" role="group" aria-label="Keypad" onKeyDown={keyDown}>
      <output className="keypad__sent" aria-live="polite">
        {sent ? `Sent ${sent}` : 'Press a key to send its tone'}
      </output>
      <div className="keypad__keys">
        {KEYS.map(([digit, letters]) => (
          <button key={digit} type="button" className="keypad__key" onClick={() => press(digit)}>
            <span className="keypad__digit" aria-hidden={SPOKEN[digit] ? true : undefined}>
              {digit}
            </span>
            {SPOKEN[digit] ? <span className="keypad__spoken">{SPOKEN[digit]}</span> : null}
            <span className="keypad__letters" aria-hidden="true">
              {letters}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
