import { Router } from 'express';
import { z } from 'zod';
import { createInviteBody, createTeamMemberBody } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { addTeamMember, listTeam, removeTeamMember } from '../auth/team';
import { createInvite, openInvites, withdrawInvite } from '../auth/invites';
import type { Publisher } from '../realtime/publish';
import { baseUrlOf } from './campaigns';

const idParam = z.object({ id: z.coerce.number().int().positive() });

/** The organisers and coordinators of this Ringround, and the invites out to new ones. */
export function teamRoutes(ctx: AppContext, publish: Publisher): Router {
  const router = Router();

  // Organiser only.
  router.get('/api/team', allow('organiser'), async (_req, res) => {
    res.json({ team: await listTeam(ctx), invites: await openInvites(ctx) });
  });

  // Organiser only.
  router.post('/api/team', allow('organiser'), async (req, res) => {
    const member = await addTeamMember(
      ctx,
      parse(createTeamMemberBody, req.body),
      signedIn(req.auth.user).id,
    );
    res.status(201).json({ member });
  });

  // Organiser only: removal blocks sign-in, ends sessions and closes open sockets.
  router.delete('/api/team/:id', allow('organiser'), async (req, res) => {
    const { id } = parse(idParam, req.params);
    await removeTeamMember(ctx, id, signedIn(req.auth.user));
    publish.disconnectUser(id);
    res.json({ ok: true });
  });

  // Organiser only. The link is in the reply once; only its hash is stored.
  router.post('/api/team/invites', allow('organiser'), async (req, res) => {
    const created = await createInvite(
      ctx,
      parse(createInviteBody, req.body),
      signedIn(req.auth.user),
      baseUrlOf(ctx, req),
    );
    res.status(201).json(created);
  });

  // Organiser only.
  router.delete('/api/team/invites/:id', allow('organiser'), async (req, res) => {
    await withdrawInvite(ctx, parse(idParam, req.params).id, signedIn(req.auth.user));
    res.json({ ok: true });
  });

  return router;
}
