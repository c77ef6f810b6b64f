import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Days to keep call notes and survey answers; null keeps them. Housekeeping clears older ones.
  await knex.schema.alterTable('campaigns', (t) => {
    t.integer('retention_days');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('campaigns', (t) => {
    t.dropColumn('retention_days');
  });
}
