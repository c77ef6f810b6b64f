// Small factories for test data: sensible defaults, any field overridable.
import type { Role } from '../../protocol';
import { hashPassword } from '../../server/auth/passwords';
import type { Queryable } from '../../server/store/db';
import { insertUser } from '../../server/store/users';
import type { UserRow } from '../../server/store/users';
import { Agent } from './agent';
import type { TestServer } from './server';

let seq = 0;
export const DEFAULT_PASSWORD = 'correct-horse-battery-staple';

export async function makeUser(
  db: Queryable,
  overrides: Partial<{
    name: string;
    email: string;
    role: Role;
    password: string | null;
    phone: string;
  }> = {},
): Promise<UserRow> {
  seq += 1;
  const role = overrides.role ?? 'caller';
  const password = overrides.password === undefined ? DEFAULT_PASSWORD : overrides.password;
  return insertUser(
    db,
    {
      name: overrides.name ?? `Test ${role} ${seq}`,
      email: overrides.email ?? `${role}${seq}-${Date.now()}@example.org`,
      role,
      phone: overrides.phone ?? null,
      passwordHash: password ? await hashPassword(password) : null,
    },
    Date.now(),
  );
}

/** A browser-like agent signed in as a new user with this role. */
export async function signedInAs(server: TestServer, role: Role): Promise<{ agent: Agent; user: UserRow }> {
  const user = await makeUser(server.db, { role });
  const agent = new Agent(server.baseUrl);
  const r = await agent.login(user.email, DEFAULT_PASSWORD);
  if (r.status !== 200) throw new Error(`sign-in as ${role} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { agent, user };
}
