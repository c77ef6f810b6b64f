import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('contacts', (t) => {
    t.increments('id').primary();
    t.string('external_id', 200);
    t.string('first_name', 200).notNullable();
    t.string('last_name', 200);
    t.string('phone_e164', 20).notNullable().unique(); // imports merge by phone
    t.string('email', 320);
    t.string('postcode', 12);
    t.double('lat');
    t.double('lng');
    t.string('geo_precision', 10).notNullable().defaultTo('none'); // postcode|sector|outcode|area|none
    t.string('constituency_code', 9);
    t.string('timezone', 64); // when known, calling hours follow the contact's clock
    t.text('custom').notNullable(); // JSON of unknown CSV columns
    t.bigInteger('erased_at');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.index(['external_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('contacts');
}
