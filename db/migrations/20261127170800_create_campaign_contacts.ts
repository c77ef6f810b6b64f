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
    t.string('last_outcome', 20);
    t.bigInteger('last_called_at');
    t.unique(['campaign_id', 'contact_id']);
    // The claim reads this index in order: campaign, queued, due, best priority.
    t.index(['campaign_id', 'status', 'next_call_at', 'priority'], 'campaign_contacts_queue_idx');
    // "What does this caller hold?" and the lease sweeper.
    t.index(['claimed_by', 'status'], 'campaign_contacts_claimed_by_idx');
    t.index(['status', 'lease_expires_at'], 'campaign_contacts_lease_idx');
    t.index(['contact_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaign_contacts');
}
