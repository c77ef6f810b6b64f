import { useState } from 'react';
import type { AnyOutcome } from '../../../protocol';
import type { OutcomeFields } from './useCallingLoop';
import { instantOf, tomorrowAt } from '../components/call/zonedTime';

/** The default call-back: tomorrow evening on the contact's clock, when most people are home. */
const CALL_BACK_AT = '18:30';

/** What the caller has entered about one call, and the checks before it can be saved. */
export function useOutcomeForm(timeZone: string) {
  const [outcome, setOutcome] = useState<AnyOutcome | null>(null);
  const [notes, setNotes] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [callbackLocal, setCallbackLocal] = useState(() => tomorrowAt(Date.now(), timeZone, CALL_BACK_AT));
  const [error, setError] = useState<string | null>(null);

  function pick(next: AnyOutcome): void {
    setOutcome(next);
    setError(null);
  }

  /** Choosing a session is agreeing to come: the call becomes Booked. */
  function choose(id: number | null): void {
    setSessionId(id);
    if (id !== null) pick('booked');
    else if (outcome === 'booked') setOutcome(null);
  }

  function answer(key: string, value: string): void {
    setAnswers((all) => ({ ...all, [key]: value }));
  }

  /** The outcome ready to send, or null with a message saying what is missing. */
  function fields(): OutcomeFields | null {
    if (!outcome) {
      setError('Choose what happened first: press one of the buttons, or its number key.');
      return null;
    }
    if (outcome === 'booked' && sessionId === null) {
      setError('Pick the session they can make before saving the call as Booked.');
      return null;
    }
    let callbackAt: string | undefined;
    if (outcome === 'call_back') {
      const at = instantOf(callbackLocal, timeZone);
      if (at === null || at < Date.now()) {
        setError('Choose a date and time in the future to call them back.');
        return null;
      }
      callbackAt = new Date(at).toISOString();
    }
    const given = Object.entries(answers)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value);
    return {
      outcome,
      notes: notes.trim() || undefined,
      answers: given.length ? Object.fromEntries(given) : undefined,
      sessionId: outcome === 'booked' ? (sessionId ?? undefined) : undefined,
      callbackAt,
    };
  }

  return {
    outcome,
    pick,
    notes,
    setNotes,
    answers,
    answer,
    sessionId,
    choose,
    callbackLocal,
    setCallbackLocal,
    error,
    fields,
  };
}
