import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Fixed-window counters shared by every instance (login, join, claims, exports).
  await knex.schema.createTable('rate_limits', (t) => {
    t.string('key', 200).primary();
    t.bigInteger('window_start').notNullable();
    t.integer('count').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rate_limits');
}
