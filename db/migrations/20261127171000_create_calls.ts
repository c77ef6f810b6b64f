import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('calls', (t) => {
    t.increments('id').primary();
    t.integer('campaign_contact_id').notNullable().references('campaign_contacts.id').onDelete('CASCADE');
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.integer('contact_id').notNullable().references('contacts.id').onDelete('CASCADE');
    t.integer('caller_id').references('users.id');
    t.bigInteger('started_at').notNullable();
    t.bigInteger('ended_at').notNullable();
    t.string('outcome', 20).notNullable();
    t.text('notes');
    t.text('answers').notNullable(); // JSON {questionKey: answer}
    t.integer('session_id').references('canvass_sessions.id');
    t.bigInteger('callback_at');
    t.string('provider', 20).notNullable();
    t.string('provider_call_id', 64);
    t.string('idempotency_key', 100).notNullable().unique(); // a retried outcome writes nothing new
    t.index(['campaign_id', 'ended_at']);
    t.index(['contact_id']);
    t.index(['provider_call_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('calls');
}
