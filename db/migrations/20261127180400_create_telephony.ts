import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // One row per phone leg placed through a provider (Twilio or the simulation): its status
  // callbacks land here during the call, and the outcome's call row is linked afterwards.
  await knex.schema.createTable('provider_calls', (t) => {
    t.increments('id').primary();
    t.string('provider', 20).notNullable();
    t.string('provider_call_id', 64).notNullable().unique();
    t.integer('campaign_contact_id').notNullable().references('campaign_contacts.id').onDelete('CASCADE');
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.integer('caller_id').notNullable().references('users.id');
    t.integer('call_id').references('calls.id').onDelete('SET NULL');
    t.string('status', 16).notNullable();
    t.bigInteger('ringing_at');
    t.bigInteger('answered_at');
    t.bigInteger('ended_at');
    t.integer('duration_seconds');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.index(['campaign_contact_id', 'caller_id']);
  });
  // Follow-up texts sent through Twilio Messaging, with the delivery status Twilio reports back.
  await knex.schema.createTable('sms_messages', (t) => {
    t.increments('id').primary();
    t.string('provider_message_id', 64).unique();
    t.integer('call_id').notNullable().references('calls.id').onDelete('CASCADE');
    t.integer('contact_id').notNullable().references('contacts.id').onDelete('CASCADE');
    t.integer('caller_id').notNullable().references('users.id');
    t.text('body').notNullable();
    t.string('status', 20).notNullable();
    t.string('error', 200);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sms_messages');
  await knex.schema.dropTable('provider_calls');
}
