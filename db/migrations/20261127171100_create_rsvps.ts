import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rsvps', (t) => {
    t.increments('id').primary();
    t.integer('session_id').notNullable().references('canvass_sessions.id').onDelete('CASCADE');
    t.integer('contact_id').notNullable().references('contacts.id').onDelete('CASCADE');
    t.integer('call_id').references('calls.id');
    t.string('status', 10).notNullable(); // booked | cancelled | attended | no_show
    t.bigInteger('created_at').notNullable();
    t.unique(['session_id', 'contact_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rsvps');
}
