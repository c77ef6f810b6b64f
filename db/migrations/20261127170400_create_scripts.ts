import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('scripts', (t) => {
    t.increments('id').primary();
    t.string('name', 200).notNullable();
    t.text('body').notNullable(); // markdown with {{merge.fields}}
    t.text('questions').notNullable(); // JSON: [{key, label, type, options?}]
    t.text('reminder_body'); // what to say on the reminder call the evening before a session
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('scripts');
}
