import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.string('name', 200).notNullable();
    t.string('email', 320).notNullable().unique(); // stored lower-cased
    t.string('phone', 40);
    t.string('role', 20).notNullable(); // organiser | coordinator | caller
    t.text('password_hash'); // null for callers who joined by link
    t.bigInteger('blocked_at');
    t.bigInteger('created_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('users');
}
