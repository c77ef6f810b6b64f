import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // One-time links an organiser sends to a new coordinator or organiser; only the token's hash is kept.
  await knex.schema.createTable('invites', (t) => {
    t.increments('id').primary();
    t.string('token_hash', 64).notNullable().unique();
    t.string('email', 320).notNullable();
    t.string('role', 16).notNullable();
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at').notNullable();
    t.bigInteger('used_at');
    t.bigInteger('cancelled_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('invites');
}
