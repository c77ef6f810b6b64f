import { Router } from 'express';
import { createEvent } from 'ics';
import { z } from 'zod';
import type { AppContext } from '../context';
import { notFound, parse } from '../errors';
import { findSessionByCalendarToken } from '../store/canvassSessions';

const tokenParam = z.object({ token: z.string().regex(/^[\w-]{16,64}$/) });

/** Anyone with the link (it goes to the booked person in their follow-up message). */
export function calendarRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/calendar/:token.ics', async (req, res) => {
    const s = await findSessionByCalendarToken(ctx.db, parse(tokenParam, req.params).token);
    if (!s) throw notFound('Calendar entry');
    const end = s.endsAt ?? s.startsAt + 3 * 3600_000;
    const { error, value } = createEvent({
      uid: `session-${s.id}-${s.calendarToken.slice(0, 8)}@ringround`,
      productId: 'ringround',
      title: s.title,
      start: s.startsAt,
      startInputType: 'utc',
      startOutputType: 'utc',
      end,
      endInputType: 'utc',
      endOutputType: 'utc',
      location: [s.venue, s.address, s.postcode].filter(Boolean).join(', '),
      description: [
        s.notes,
        s.hostName ? `Host: ${s.hostName}` : null,
        s.whatsappUrl ? `WhatsApp group: ${s.whatsappUrl}` : null,
      ]
        .filter(Boolean)
        .join('\n'),
      status: s.cancelledAt ? 'CANCELLED' : 'CONFIRMED',
    });
    if (error || !value) throw error ?? new Error('calendar entry could not be made');
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', `inline; filename="canvass-${s.id}.ics"`)
      .send(value);
  });
  return router;
}
