import { assignmentRef, callerRemovePayload, campaignWatchPayload } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { removeCaller, returnAssignment } from '../calling/coordinatorActions';
import { campaignSnapshot } from '../stats/snapshot';
import { handle } from './handle';
import type { RealtimeSocket } from './io';
import type { Publisher } from './publish';
import { watchersRoom } from './publish';

/** The dashboard's events (coordinators and organisers; roles in eventRoles.ts). */
export function registerCoordinatorEvents(ctx: AppContext, publish: Publisher, socket: RealtimeSocket): void {
  const user = () => socket.data.user;

  handle(ctx, socket, 'campaign.watch', async (payload) => {
    const { campaignId } = parse(campaignWatchPayload, payload);
    const snapshot = await campaignSnapshot(ctx, campaignId);
    await socket.join(watchersRoom(campaignId));
    return { snapshot };
  });

  handle(ctx, socket, 'assignment.return', async (payload) => {
    await returnAssignment(ctx, publish, user(), parse(assignmentRef, payload).assignmentId);
    return {};
  });

  handle(ctx, socket, 'caller.remove', async (payload) => {
    const { campaignId, userId } = parse(callerRemovePayload, payload);
    await removeCaller(ctx, publish, user(), campaignId, userId);
    return {};
  });
}
