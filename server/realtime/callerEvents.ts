import {
  assignmentRef,
  callNextPayload,
  callOutcomePayload,
  followUpSmsPayload,
  hangupPayload,
  simulatePayload,
} from '../../protocol';
import { hangUpSimulated, simulateCall } from '../telephony/simulatedCalls';
import { sendFollowUpSms } from '../telephony/followUpSms';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { nextAssignment } from '../calling/claimNext';
import { recordOutcome } from '../calling/recordOutcome';
import { markCallDialled, markCallEnded, releaseAssignment } from '../calling/holdAssignment';
import { handle } from './handle';
import type { RealtimeSocket } from './io';
import type { Publisher } from './publish';

/** The calling loop's events; roles in eventRoles.ts. Each hands straight to calling/. */
export function registerCallerEvents(ctx: AppContext, publish: Publisher, socket: RealtimeSocket): void {
  const user = () => socket.data.user;

  handle(ctx, socket, 'call.next', async (payload) => {
    const { campaignId } = parse(callNextPayload, payload);
    return nextAssignment(ctx, publish, user(), campaignId);
  });

  handle(ctx, socket, 'call.dialled', async (payload) => {
    await markCallDialled(ctx, publish, user(), parse(assignmentRef, payload).assignmentId);
    return {};
  });

  handle(ctx, socket, 'call.ended', async (payload) => {
    await markCallEnded(ctx, publish, user(), parse(assignmentRef, payload).assignmentId);
    return {};
  });

  handle(ctx, socket, 'call.outcome', async (payload) =>
    recordOutcome(ctx, publish, user(), parse(callOutcomePayload, payload)),
  );

  handle(ctx, socket, 'telephony.simulate', async (payload) => {
    await simulateCall(ctx, publish, user(), parse(simulatePayload, payload).assignmentId);
    return {};
  });

  handle(ctx, socket, 'telephony.hangup', async (payload) => {
    await hangUpSimulated(ctx, publish, user(), parse(hangupPayload, payload).assignmentId);
    return {};
  });

  handle(ctx, socket, 'followup.sms', async (payload) =>
    sendFollowUpSms(ctx, publish, user(), parse(followUpSmsPayload, payload)),
  );

  handle(ctx, socket, 'call.release', async (payload) => {
    await releaseAssignment(ctx, publish, user(), parse(assignmentRef, payload).assignmentId);
    return {};
  });
}
