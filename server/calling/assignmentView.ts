import { DEFAULT_REMINDER, customFieldsUsed, fillMergeFields } from '../../protocol';
import { providerFor } from '../telephony/providers';
import type { Assignment, User } from '../../protocol';
import type { AppContext } from '../context';
import type { CampaignRecord } from '../store/campaigns';
import { callHistory } from '../store/calls';
import { findContact } from '../store/contacts';
import type { QueueRow } from '../store/queue';
import { nearestSessions } from '../canvass/nearestSessions';
import { findSession } from '../store/canvassSessions';

/**
 * What the calling screen needs for one contact: who, the filled script, sessions to offer
 * and what happened on earlier calls. Only the fields the script needs: no email, and only the
 * imported columns its merge fields read.
 */
export async function assignmentView(
  ctx: AppContext,
  campaign: CampaignRecord,
  row: QueueRow,
  caller: User,
): Promise<Assignment> {
  const [contact, history, booked] = await Promise.all([
    findContact(ctx.db, row.contact_id),
    callHistory(ctx.db, row.contact_id),
    row.purpose === 'reminder' && row.reminder_session_id
      ? findSession(ctx.db, row.reminder_session_id)
      : undefined,
  ]);
  if (!contact) throw new Error(`queue row ${row.id} points at missing contact ${row.contact_id}`);
  const nearest =
    contact.lat !== null && contact.lng !== null
      ? await nearestSessions(ctx, {
          lat: contact.lat,
          lng: contact.lng,
          limit: 3,
          constituencyCode: contact.constituencyCode,
          targetSeats: campaign.targetSeats,
        })
      : [];
  const sessions: Assignment['sessions'] = nearest.map((n) => ({
    id: n.session.id,
    title: n.session.title,
    startsAt: n.session.startsAt,
    venue: n.session.venue,
    postcode: n.session.postcode,
    distanceKm: n.distanceKm,
    spacesLeft: n.spacesLeft,
    constituency: n.session.constituency,
    endsAt: n.session.endsAt,
    address: n.session.address,
    calendarPath: n.session.calendarPath,
    whatsappUrl: n.session.whatsappUrl,
  }));
  const script = booked ? (campaign.script.reminderBody ?? DEFAULT_REMINDER) : campaign.script.body;
  return {
    assignmentId: row.id,
    contact: {
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      ...providerFor(campaign).phoneForCaller(contact.phone),
      postcode: contact.postcode,
      custom: customFieldsUsed(script, contact.custom),
    },
    script: {
      body: fillMergeFields(
        script,
        contact,
        caller.name,
        booked
          ? { ...booked, startsAt: new Date(booked.startsAt).toISOString(), distanceKm: 0 }
          : (sessions[0] ?? null),
        campaign.timezone,
      ),
      // A reminder asks whether they are still coming, not the survey again.
      questions: booked ? [] : campaign.script.questions,
    },
    purpose: booked ? 'reminder' : 'first',
    reminderFor: booked
      ? {
          sessionId: booked.id,
          title: booked.title,
          startsAt: new Date(booked.startsAt).toISOString(),
          venue: booked.venue,
        }
      : null,
    sessions,
    history: history.map((h) => ({
      at: new Date(h.ended_at).toISOString(),
      outcome: h.outcome,
      caller: h.caller ?? 'someone',
      notes: h.notes,
    })),
  };
}
