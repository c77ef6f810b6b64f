import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The contacts export finds each page's bookings by contact, and a queue row's calls by
  // queue row; without these both scan the whole table once per page.
  await knex.schema.alterTable('rsvps', (t) => t.index(['contact_id']));
  await knex.schema.alterTable('calls', (t) => t.index(['campaign_contact_id']));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('rsvps', (t) => t.dropIndex(['contact_id']));
  await knex.schema.alterTable('calls', (t) => t.dropIndex(['campaign_contact_id']));
}
