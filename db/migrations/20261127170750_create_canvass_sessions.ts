import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('canvass_sessions', (t) => {
    t.increments('id').primary();
    t.string('title', 200).notNullable();
    t.bigInteger('starts_at').notNullable();
    t.bigInteger('ends_at');
    t.string('venue', 200);
    t.string('address', 500);
    t.string('postcode', 12).notNullable();
    t.double('lat');
    t.double('lng');
    t.string('geo_precision', 10).notNullable().defaultTo('none');
    t.string('constituency_code', 9);
    t.string('hosting_party', 100);
    t.string('host_name', 200);
    t.integer('capacity'); // null = no limit
    t.string('whatsapp_url', 500);
    t.text('notes');
    t.bigInteger('cancelled_at');
    t.string('calendar_token', 64).notNullable().unique(); // the unguessable .ics link
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.index(['starts_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('canvass_sessions');
}
