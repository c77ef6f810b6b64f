import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Optional per campaign: each committed outcome is POSTed to the organiser's URL, signed with the secret.
  await knex.schema.alterTable('campaigns', (t) => {
    t.string('webhook_url', 2000);
    t.string('webhook_secret', 100);
  });
  // An outbox: a row is written in the outcome's own transaction, so no committed outcome is
  // missed, and delivered by any instance afterwards (locked_until keeps two from sending one row).
  await knex.schema.createTable('webhook_deliveries', (t) => {
    t.increments('id').primary();
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.integer('call_id').notNullable().references('calls.id').onDelete('CASCADE');
    t.string('url', 2000).notNullable();
    t.text('payload').notNullable();
    t.string('status', 16).notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.integer('last_status_code');
    t.string('last_error', 500);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('next_attempt_at');
    t.bigInteger('locked_until');
    t.bigInteger('delivered_at');
    t.index(['status', 'next_attempt_at']);
    t.index(['campaign_id', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('webhook_deliveries');
  await knex.schema.alterTable('campaigns', (t) => {
    t.dropColumn('webhook_url');
    t.dropColumn('webhook_secret');
  });
}
