import type { AnyOutcome, RetryRules } from '../../protocol';
import { DEFAULT_RETRY_RULES } from '../../protocol';

export interface NextStep {
  done: boolean;
  nextCallAt: number;
}

/**
 * What happens to a contact after an attempt: call_back at the asked time, a retry rule's
 * delay for outcomes that have one, otherwise done. Never more than maxAttempts attempts.
 */
export function nextStep(
  outcome: AnyOutcome,
  attemptsSoFar: number,
  maxAttempts: number,
  rules: RetryRules,
  now: number,
  callbackAt: number | null,
): NextStep {
  const attempts = attemptsSoFar + 1;
  if (attempts >= maxAttempts) return { done: true, nextCallAt: now };
  if (outcome === 'call_back' && callbackAt !== null)
    return { done: false, nextCallAt: Math.max(now, callbackAt) };
  const rule = outcome in rules ? rules[outcome] : DEFAULT_RETRY_RULES[outcome];
  if (!rule) return { done: true, nextCallAt: now };
  return { done: false, nextCallAt: now + rule.afterHours * 3600_000 };
}
