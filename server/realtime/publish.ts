import type { ServerToClientEvents } from '../../protocol';
import type { RealtimeServer } from './io';
import type { AppContext } from '../context';
import { campaignSnapshot } from '../stats/snapshot';
import { coalescer } from '../stats/coalesce';

export const userRoom = (userId: number) => `user:${userId}`;
/** Everyone working a campaign: its callers hear campaign.updated here. */
export const campaignRoom = (campaignId: number) => `campaign:${campaignId}`;
/** Coordinators and organisers watching a campaign's dashboard. */
export const watchersRoom = (campaignId: number) => `campaign:${campaignId}:watchers`;

type Args<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/**
 * The one way the server speaks to sockets. Domain code hands these calls to afterCommit,
 * so an event never announces a change that was rolled back. Through the Redis adapter
 * they reach sockets on every instance.
 */
export interface Publisher {
  toUser<E extends keyof ServerToClientEvents>(userId: number, event: E, ...args: Args<E>): void;
  toCampaign<E extends keyof ServerToClientEvents>(campaignId: number, event: E, ...args: Args<E>): void;
  toWatchers<E extends keyof ServerToClientEvents>(campaignId: number, event: E, ...args: Args<E>): void;
  /** Closes every socket of this user, on every instance. */
  disconnectUser(userId: number): void;
  /** The campaign's numbers changed: watchers get a fresh snapshot soon (coalesced, never stale). */
  statsChanged(campaignId: number): void;
}

/** How often, at most, one campaign's watchers get stats.updated from this instance. */
const STATS_EVERY_MS = 250;

/** The publisher, and close(): sends the stats still owed and waits for them, before the database closes. */
export function createPublisher(
  io: RealtimeServer,
  ctx: AppContext,
): { publish: Publisher; close(): Promise<void> } {
  const stats = coalescer(
    STATS_EVERY_MS,
    async (campaignId) => {
      const snapshot = await campaignSnapshot(ctx, campaignId);
      io.to(watchersRoom(campaignId)).emit('stats.updated', { campaignId, snapshot });
    },
    (err) => ctx.log.error({ err }, 'stats.updated failed'),
  );
  const publish: Publisher = {
    statsChanged: (campaignId) => stats.request(campaignId),
    toUser: (userId, event, ...args) => void io.to(userRoom(userId)).emit(event, ...args),
    toCampaign: (campaignId, event, ...args) => void io.to(campaignRoom(campaignId)).emit(event, ...args),
    toWatchers: (campaignId, event, ...args) => void io.to(watchersRoom(campaignId)).emit(event, ...args),
    disconnectUser: (userId) => io.in(userRoom(userId)).disconnectSockets(true),
  };
  return { publish, close: () => stats.close() };
}
