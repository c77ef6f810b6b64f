import { useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { CopyIcon } from './admin/adminIcons';
import { Button } from './Button';

/** What the last Copy did: 'yes' copied, 'no' the clipboard refused; null once the word has faded. */
export type Copied = 'yes' | 'no' | null;

/** Copies text to the clipboard; when there is none (a plain-http page, or refused) onRefused helps instead. */
export function useCopy(text: string, onRefused: () => void): { copied: Copied; copy: () => void } {
  const [copied, setCopied] = useState<Copied>(null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      onRefused();
      setCopied('no');
    }
  };
  return { copied, copy: () => void copy() };
}

interface CopyFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  /** The BEM block of the surrounding piece: styles `${block}__row`, `__url`, `__status` (and `__label`). */
  block: string;
  labelClassName?: string;
  buttonText?: string;
  /** Whether the button shows the copy icon. */
  icon?: boolean;
  copiedText?: string;
  /** Said in the status line while no copy has just happened, e.g. that a new link was made. */
  status?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** More buttons for the row, after Copy. */
  children?: ReactNode;
}

/** A read-only link with a Copy button and a status line that says it was copied (or how to copy it). */
export function CopyField(props: CopyFieldProps) {
  const { id, label, value, block, buttonText = 'Copy', icon = true, copiedText = 'Copied.' } = props;
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  // No clipboard: select the link so the keyboard copy works.
  const { copied, copy } = useCopy(value, () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  let status = props.status ?? '';
  if (copied === 'yes') status = copiedText;
  else if (copied === 'no') status = 'Selected: press Ctrl+C (or ⌘C) to copy it.';

  return (
    <>
      <label className={props.labelClassName ?? `${block}__label`} htmlFor={id}>
        {label}
      </label>
      <div className={`${block}__row`}>
        <input
          ref={inputRef}
          id={id}
          className={`field__input ${block}__url`}
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button variant="secondary" onClick={copy}>
          {icon ? <CopyIcon /> : null}
          {buttonText}
        </Button>
        {props.children}
      </div>
      <p className={`${block}__status`} role="status">
        {status}
      </p>
    </>
  );
}
