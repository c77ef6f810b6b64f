import { Router } from 'express';
import { createTeamMemberBody } from '../../protocol';
import type { AppContext } from '../context';
import { parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { addTeamMember, listTeam } from '../auth/team';

/** The organisers and coordinators of this Ringround. */
export function teamRoutes(ctx: AppContext): Router {
  const router = Router();

  // Organiser only.
  router.get('/api/team', allow('organiser'), async (_req, res) => {
    res.json({ team: await listTeam(ctx) });
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

  return router;
}
