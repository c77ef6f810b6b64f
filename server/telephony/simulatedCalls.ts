import { randomUUID } from 'node:crypto';
import type { ProviderStatus, User } from '../../protocol';
import type { AppContext } from '../context';
import type { Publisher } from '../realtime/publish';
import { AppError } from '../errors';
import { heldForTelephony } from './heldForTelephony';
import { applyProviderStatus } from './providerStatus';

interface Live {
  sid: string;
  campaignId: number;
  callerId: number;
  answeredAt: number | null;
  timers: NodeJS.Timeout[];
}

/** This instance's simulated calls by assignment; a simulation lives and dies with its process. */
const liveCalls = new WeakMap<AppContext, Map<number, Live>>();
const callsOf = (ctx: AppContext) => {
  let m = liveCalls.get(ctx);
  if (!m) liveCalls.set(ctx, (m = new Map()));
  return m;
};

/**
 * The simulated provider (demo and load tests): rings the held contact, then answers with
 * SIMULATED_ANSWER_RATE odds after SIMULATED_RING_MS and hangs up after SIMULATED_CALL_MS, or
 * goes unanswered (sometimes busy). Every status goes through applyProviderStatus, as Twilio's do.
 */
export async function simulateCall(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  assignmentId: number,
): Promise<void> {
  const { row } = await heldForTelephony(ctx, user.id, 'simulated', assignmentId);
  const calls = callsOf(ctx);
  if (calls.has(assignmentId)) return; // already ringing: a double tap is one call
  const live: Live = {
    sid: `SIM${randomUUID().replace(/-/g, '')}`,
    campaignId: row.campaign_id,
    callerId: user.id,
    answeredAt: null,
    timers: [],
  };
  calls.set(assignmentId, live);
  const {
    SIMULATED_ANSWER_RATE: answerRate,
    SIMULATED_RING_MS: ringMs,
    SIMULATED_CALL_MS: callMs,
  } = ctx.config;
  const send = sender(ctx, publish, live, assignmentId);
  const later = (ms: number, fn: () => void) => live.timers.push(setTimeout(fn, ms).unref());

  await send('ringing');
  const roll = Math.random();
  later(ringMs, () => {
    if (roll < answerRate) {
      live.answeredAt = Date.now();
      void send('answered');
      later(callMs, () => void finish(ctx, assignmentId, send));
    } else {
      calls.delete(assignmentId);
      // Of the calls nobody answers, about one in five finds the line busy.
      void send(roll > answerRate + (1 - answerRate) * 0.8 ? 'busy' : 'no_answer');
    }
  });
}

/** Reports one status of a simulated call the way a Twilio status callback is handled; timers cannot throw. */
function sender(ctx: AppContext, publish: Publisher, live: Live, assignmentId: number) {
  return (status: ProviderStatus, durationSeconds: number | null = null) =>
    applyProviderStatus(ctx, publish, {
      provider: 'simulated',
      providerCallId: live.sid,
      assignmentId,
      campaignId: live.campaignId,
      callerId: live.callerId,
      status,
      durationSeconds,
    }).catch((err) => ctx.log.error({ err, assignmentId }, 'simulated call status failed'));
}

function finish(
  ctx: AppContext,
  assignmentId: number,
  send: (s: ProviderStatus, d?: number | null) => Promise<unknown>,
) {
  const live = callsOf(ctx).get(assignmentId);
  if (!live) return Promise.resolve();
  callsOf(ctx).delete(assignmentId);
  live.timers.forEach(clearTimeout);
  if (live.answeredAt === null) return send('canceled', 0);
  return send('completed', Math.round((Date.now() - live.answeredAt) / 1000));
}

/** The caller hung up a simulated call: completed if it was answered, canceled if still ringing. */
export async function hangUpSimulated(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  assignmentId: number,
): Promise<void> {
  const live = callsOf(ctx).get(assignmentId);
  // No live call: it already ended, and hanging up twice is fine. Someone else's: not theirs to end.
  if (!live) return;
  if (live.callerId !== user.id) throw new AppError('assignment_not_held', 'That call is not yours to end');
  await finish(ctx, assignmentId, sender(ctx, publish, live, assignmentId));
}

/** Stops every simulated call of this instance (shutdown). */
export function stopSimulatedCalls(ctx: AppContext): void {
  for (const live of callsOf(ctx).values()) live.timers.forEach(clearTimeout);
  callsOf(ctx).clear();
}
