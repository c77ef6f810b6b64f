import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { FallbackReply, User } from '../../protocol';
import type { AppContext } from '../context';
import { writeAudit } from '../store/audit';
import { heldForTelephony } from './heldForTelephony';

/**
 * Browser calling failed (no microphone, no network): the caller may dial this one contact
 * from their own phone. The number, hidden in Twilio mode, is revealed only for the contact
 * they hold, and the reveal is audited.
 */
export async function revealForOwnPhone(
  ctx: AppContext,
  user: User,
  assignmentId: number,
): Promise<FallbackReply> {
  const { contact, campaign } = await heldForTelephony(ctx, user.id, 'twilio', assignmentId);
  await writeAudit(
    ctx.db,
    {
      actorId: user.id,
      action: 'telephony.fallback',
      subjectType: 'contact',
      subjectId: contact.id,
      detail: { campaignId: campaign.id },
    },
    ctx.now(),
  );
  const parsed = parsePhoneNumberFromString(contact.phone);
  // 141 withholds the caller's number on UK networks only, and goes before the national number.
  const uk = parsed?.country === 'GB' || contact.phone.startsWith('+44');
  return {
    phone: uk && parsed ? parsed.formatNational().replace(/\s+/g, ' ') : contact.phone,
    withholdPrefix: campaign.withholdNumber && uk ? '141' : '',
  };
}
