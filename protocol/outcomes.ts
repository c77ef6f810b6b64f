import { z } from 'zod';
import { OUTCOMES, REMINDER_OUTCOMES } from './outcomeNames';

export * from './outcomeNames';

export const outcome = z.enum(OUTCOMES);
/** Every outcome a call can record: first calls and reminder calls. */
export const anyOutcome = z.enum([...OUTCOMES, ...REMINDER_OUTCOMES]);
