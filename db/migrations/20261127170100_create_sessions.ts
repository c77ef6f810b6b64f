import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // In the database, not in memory, so a session works on every instance.
  await knex.schema.createTable('sessions', (t) => {
    t.string('id', 64).primary(); // sha256 of the cookie value: a leaked table signs no one in
    t.integer('user_id').references('users.id').onDelete('CASCADE'); // null until sign-in
    t.string('csrf_token', 64).notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('last_seen_at').notNullable();
    t.bigInteger('expires_at').notNullable();
    t.index(['user_id']);
    t.index(['expires_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sessions');
}
