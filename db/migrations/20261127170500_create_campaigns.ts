import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('campaigns', (t) => {
    t.increments('id').primary();
    t.string('name', 200).notNullable();
    t.string('status', 20).notNullable(); // draft | active | paused | archived
    t.integer('script_id').notNullable().references('scripts.id');
    t.string('join_token', 64).notNullable().unique();
    t.string('timezone', 64).notNullable();
    t.text('calling_hours').notNullable(); // JSON {mon: [{start, end}], ...}
    t.boolean('allow_any_hour').notNullable();
    t.integer('max_attempts').notNullable();
    t.text('retry_rules').notNullable(); // JSON {outcome: {afterHours} | null}
    t.integer('lease_seconds').notNullable();
    t.string('default_country', 2).notNullable();
    t.string('telephony', 20).notNullable(); // phone | twilio | simulated
    t.boolean('withhold_number').notNullable();
    t.text('target_seats').notNullable(); // JSON [ONS code]
    t.integer('created_by').references('users.id');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaigns');
}
