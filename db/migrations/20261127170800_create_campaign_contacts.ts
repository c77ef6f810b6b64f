import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The queue: one row per contact per campaign.
  await knex.schema.createTable('campaign_contacts', (t) => {
    t.increments('id').primary();
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.integer('contact_id').notNullable().references('contacts.id').onDelete('CASCADE');
    t.string('status', 10).notNullable(); // queued | claimed | done
    t.integer('attempts').notNullable().defaultTo(0);
    t.bigInteger('next_call_at').notNullable();
    t.integer('priority').notNullable().defaultTo(0);
    t.integer('claimed_by').references('users.id');
    t.bigInteger('claimed_at');
    t.bigInteger('lease_expires_at');
    t.bigInteger('dialled_at'); // when the holder pressed call: the call's start time
    // 'first' until booked; then 'reminder' for the call the evening before the session.
    t.string('purpose', 10).notNullable().defaultTo('first');
    t.integer('reminder_session_id').references('canvass_sessions.id');
    // First time this contact was reached / booked from this campaign: the funnel counts each once.
    t.bigInteger('reached_at');
    t.bigInteger('booked_at');
    t.string('last_outcome', 20);
    t.bigInteger('last_called_at');
    t.unique(['campaign_id', 'contact_id']);
    // The lease sweeper.
    t.index(['status', 'lease_expires_at'], 'campaign_contacts_lease_idx');
    t.index(['contact_id']);
  });
  // The claim walks this index in its ORDER BY and stops at the first due, callable row,
  // so claiming stays cheap however long the queue is.
  await knex.raw(
    'create index campaign_contacts_queue_idx on campaign_contacts (campaign_id, status, priority desc, next_call_at, id)',
  );
  // A caller holds at most one claim: the database itself refuses a second.
  await knex.raw(
    "create unique index campaign_contacts_one_claim_idx on campaign_contacts (claimed_by) where status = 'claimed'",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaign_contacts');
}
