import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Global across campaigns: a number here is never handed to a caller.
  await knex.schema.createTable('opt_outs', (t) => {
    t.string('phone_e164', 20).primary();
    t.string('reason', 500).notNullable();
    t.integer('recorded_by').references('users.id');
    t.bigInteger('created_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('opt_outs');
}
