import { Router } from 'express';
import { z } from 'zod';
import { contactSearchQuery, eraseContactBody } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { eraseContact } from '../privacy/eraseContact';
import { findPeople, personDetail } from '../privacy/people';
import { subjectAccess } from '../privacy/subjectAccess';
import type { Publisher } from '../realtime/publish';

const idParam = z.object({ id: z.coerce.number().int().positive() });

/** One person across every campaign: find them, see and download what is held, erase it. Organisers only. */
export function peopleRoutes(ctx: AppContext, publish: Publisher): Router {
  const router = Router();
  const organiser = allow('organiser');

  router.get('/api/contacts', organiser, async (req, res) => {
    res.json(await findPeople(ctx, parse(contactSearchQuery, req.query).q));
  });

  router.get('/api/contacts/:id', organiser, async (req, res) => {
    res.json(await personDetail(ctx, parse(idParam, req.params).id));
  });

  // A download: the browser saves it as a file rather than showing it.
  router.get('/api/contacts/:id/subject-access', organiser, async (req, res) => {
    const { id } = parse(idParam, req.params);
    const data = await subjectAccess(ctx, id, signedIn(req.auth.user));
    res
      .set('Content-Disposition', `attachment; filename="contact-${id}-subject-access.json"`)
      .set('Cache-Control', 'no-store')
      .type('application/json')
      .send(JSON.stringify(data, null, 2));
  });

  router.post('/api/contacts/:id/erase', organiser, async (req, res) => {
    const { id } = parse(idParam, req.params);
    res.json(
      await eraseContact(ctx, publish, id, parse(eraseContactBody, req.body), signedIn(req.auth.user)),
    );
  });

  return router;
}
