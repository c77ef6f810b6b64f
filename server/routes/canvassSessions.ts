import { Router } from 'express';
import { z } from 'zod';
import {
  attendanceBody,
  createCanvassSessionBody,
  nearestQuery,
  updateCanvassSessionBody,
} from '../../protocol';
import { attendanceFor, markAttendance } from '../canvass/attendance';
import type { AppContext } from '../context';
import { AppError, notFound, parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { cancelCanvassSession, createSession, editSession } from '../canvass/manageSessions';
import { importSessions } from '../canvass/importSessions';
import { nearestSessions } from '../canvass/nearestSessions';
import { toCanvassSession } from '../canvass/sessionView';
import { findSession, listSessions } from '../store/canvassSessions';
import { csvUpload } from '../transfer/uploadBody';
import type { Publisher } from '../realtime/publish';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const listQuery = z.object({ past: z.enum(['0', '1']).default('0') });
const importQuery = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });
const IMPORT_MAX_BYTES = 5 * 1_048_576;

/** Canvass sessions: organisers and coordinators only. */
export function canvassSessionRoutes(ctx: AppContext, publish: Publisher): Router {
  const router = Router();
  const staff = allow('organiser', 'coordinator');

  router.get('/api/canvass-sessions', staff, async (req, res) => {
    const { past } = parse(listQuery, req.query);
    const from = past === '1' ? null : ctx.now() - 86_400_000;
    res.json({ sessions: (await listSessions(ctx.db, from)).map((s) => toCanvassSession(s, ctx.geo)) });
  });

  router.post('/api/canvass-sessions', staff, async (req, res) => {
    res.status(201).json({ session: await createSession(ctx, parse(createCanvassSessionBody, req.body)) });
  });

  router.get('/api/canvass-sessions/nearest', staff, async (req, res) => {
    const q = parse(nearestQuery, req.query);
    const place = await ctx.geo.place(q.postcode);
    if (place.lat === null || place.lng === null) {
      const why =
        place.problem === 'unreadable'
          ? 'is not a postcode'
          : 'could not be placed on the map, so no distances can be worked out';
      throw new AppError('invalid_request', `postcode: ${q.postcode} ${why}`);
    }
    res.json(
      await nearestSessions(ctx, {
        lat: place.lat,
        lng: place.lng,
        limit: q.limit,
        constituencyCode: place.constituencyCode,
      }),
    );
  });

  router.post('/api/canvass-sessions/import', staff, async (req, res) => {
    const dryRun = ['1', 'true'].includes(parse(importQuery, req.query).dryRun ?? '');
    res.json(await importSessions(ctx, await csvUpload(req, IMPORT_MAX_BYTES), dryRun));
  });

  router.get('/api/canvass-sessions/:id', staff, async (req, res) => {
    const session = await findSession(ctx.db, parse(idParam, req.params).id);
    if (!session) throw notFound('Canvass session');
    res.json({ session: toCanvassSession(session, ctx.geo) });
  });

  router.patch('/api/canvass-sessions/:id', staff, async (req, res) => {
    const { id } = parse(idParam, req.params);
    res.json({ session: await editSession(ctx, id, parse(updateCanvassSessionBody, req.body)) });
  });

  router.get('/api/canvass-sessions/:id/attendance', staff, async (req, res) => {
    res.json(await attendanceFor(ctx, parse(idParam, req.params).id));
  });

  router.post('/api/canvass-sessions/:id/attendance', staff, async (req, res) => {
    const { id } = parse(idParam, req.params);
    await markAttendance(ctx, publish, id, parse(attendanceBody, req.body), signedIn(req.auth.user));
    res.json(await attendanceFor(ctx, id));
  });

  // Cancels (sessions are never deleted: their bookings are history).
  router.delete('/api/canvass-sessions/:id', staff, async (req, res) => {
    res.json(
      await cancelCanvassSession(ctx, publish, parse(idParam, req.params).id, signedIn(req.auth.user)),
    );
  });

  return router;
}
