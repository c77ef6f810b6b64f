import type { ServerToClientEvents } from '../../protocol';
import type { RealtimeServer } from './io';

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
}

export function createPublisher(io: RealtimeServer): Publisher {
  return {
    toUser: (userId, event, ...args) => void io.to(userRoom(userId)).emit(event, ...args),
    toCampaign: (campaignId, event, ...args) => void io.to(campaignRoom(campaignId)).emit(event, ...args),
    toWatchers: (campaignId, event, ...args) => void io.to(watchersRoom(campaignId)).emit(event, ...args),
    disconnectUser: (userId) => io.in(userRoom(userId)).disconnectSockets(true),
  };
}
