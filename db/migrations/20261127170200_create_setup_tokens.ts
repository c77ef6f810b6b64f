import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The one-time link that creates the first organiser when no admin env vars are set.
  await knex.schema.createTable('setup_tokens', (t) => {
    t.string('id', 64).primary(); // sha256 of the token in the link
    t.bigInteger('created_at').notNullable();
    t.bigInteger('used_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('setup_tokens');
}
