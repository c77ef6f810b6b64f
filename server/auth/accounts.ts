import type { LoginBody, SetupBody, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { countOrganisers, findUserByEmail, insertUser, setRole, toUser } from '../store/users';
import { consumeSetupToken, insertSetupToken } from '../store/setupTokens';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { hashToken, newToken } from './tokens';

const WRONG = 'That email and password do not match an account';

/** Checks an email and password; the same answer for an unknown email and a wrong password. */
export async function checkCredentials(ctx: AppContext, body: LoginBody): Promise<User> {
  const row = await findUserByEmail(ctx.db, body.email);
  const hash = row?.password_hash ?? (await decoyHash());
  const good = await verifyPassword(body.password, hash);
  if (!row || !row.password_hash || !good || row.blocked_at !== null) {
    throw new AppError('invalid_credentials', WRONG);
  }
  return toUser(row);
}

/**
 * At start, before listening: the organiser named by RINGROUND_ADMIN_EMAIL/PASSWORD, if there
 * is no organiser yet, so nobody can sign in before that account exists. True if one now exists.
 */
export async function organiserFromEnvironment(ctx: AppContext): Promise<boolean> {
  if ((await countOrganisers(ctx.db)) > 0) return true;
  const { RINGROUND_ADMIN_EMAIL: email, RINGROUND_ADMIN_PASSWORD: password } = ctx.config;
  if (!email || !password) return false;
  await ctx.db.transaction(async (trx) => {
    if ((await countOrganisers(trx)) > 0) return; // another instance got there first
    const existing = await findUserByEmail(trx, email);
    if (existing) return setRole(trx, existing.id, 'organiser');
    const name = email.split('@')[0] ?? 'Organiser';
    await insertUser(
      trx,
      { name, email, role: 'organiser', passwordHash: await hashPassword(password) },
      ctx.now(),
    );
  });
  ctx.log.info({ email }, 'first organiser created from RINGROUND_ADMIN_EMAIL');
  return true;
}

/** With no organiser at all, a one-time link (under baseUrl) for creating the first; otherwise null. */
export async function setupLinkIfNeeded(ctx: AppContext, baseUrl: string): Promise<string | null> {
  if ((await countOrganisers(ctx.db)) > 0) return null;
  const token = newToken();
  await insertSetupToken(ctx.db, hashToken(token), ctx.now());
  // The token rides in the fragment, which browsers never send, so it stays out of access logs.
  return `${baseUrl}/setup#${token}`;
}

/** Both of the above, for callers that know their address up front (tests, the demo). */
export async function bootstrapFirstOrganiser(ctx: AppContext, baseUrl: string): Promise<string | null> {
  return (await organiserFromEnvironment(ctx)) ? null : setupLinkIfNeeded(ctx, baseUrl);
}

/** Uses a setup link to create the first organiser; the link works once. */
export async function createFirstOrganiser(ctx: AppContext, body: SetupBody): Promise<User> {
  const passwordHash = await hashPassword(body.password);
  return ctx.db.transaction(async (trx) => {
    if ((await countOrganisers(trx)) > 0) {
      throw new AppError('setup_done', 'Ringround is already set up: sign in instead');
    }
    if (!(await consumeSetupToken(trx, hashToken(body.token), ctx.now()))) {
      throw new AppError('forbidden', 'This setup link is not valid or has already been used');
    }
    if (await findUserByEmail(trx, body.email)) {
      throw new AppError('conflict', 'An account with that email already exists');
    }
    const row = await insertUser(
      trx,
      { name: body.name, email: body.email, role: 'organiser', passwordHash },
      ctx.now(),
    );
    return toUser(row);
  });
}
