import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Kept in the same transaction as each call, so the dashboard never scans calls.
  await knex.schema.createTable('campaign_counters', (t) => {
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.string('key', 100).notNullable();
    t.bigInteger('value').notNullable();
    t.primary(['campaign_id', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaign_counters');
}
