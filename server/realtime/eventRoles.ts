import type { ClientEventName, Role } from '../../protocol';

/** Who may send each client event: written once, read by the handlers and the authorisation tests. */
export const EVENT_ROLES: Record<ClientEventName, readonly Role[]> = {
  'call.next': ['caller', 'coordinator', 'organiser'],
  'call.dialled': ['caller', 'coordinator', 'organiser'],
  'call.ended': ['caller', 'coordinator', 'organiser'],
  'call.outcome': ['caller', 'coordinator', 'organiser'],
  'call.release': ['caller', 'coordinator', 'organiser'],
  'campaign.watch': ['coordinator', 'organiser'],
  'assignment.return': ['coordinator', 'organiser'],
  'caller.remove': ['coordinator', 'organiser'],
  'telephony.simulate': ['caller', 'coordinator', 'organiser'],
  'telephony.hangup': ['caller', 'coordinator', 'organiser'],
  'followup.sms': ['caller', 'coordinator', 'organiser'],
};
