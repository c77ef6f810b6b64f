import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // One row per signup import, its counts updated in each batch's own transaction: after a
  // crash it still says exactly how far the import got, and the page can say "run it again".
  await knex.schema.createTable('imports', (t) => {
    t.increments('id').primary();
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.integer('user_id').references('users.id').onDelete('SET NULL');
    t.string('file_name', 300);
    t.string('status', 16).notNullable(); // running | done | failed
    t.integer('rows_written').notNullable().defaultTo(0);
    t.integer('imported').notNullable().defaultTo(0);
    t.integer('updated').notNullable().defaultTo(0);
    t.integer('duplicates').notNullable().defaultTo(0);
    t.integer('opted_out').notNullable().defaultTo(0);
    t.integer('rejected').notNullable().defaultTo(0);
    t.string('error', 500);
    t.bigInteger('started_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.bigInteger('finished_at');
    t.index(['campaign_id', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('imports');
}
