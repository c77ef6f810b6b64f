import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id').primary();
    t.integer('actor_id').references('users.id').onDelete('SET NULL');
    t.string('action', 60).notNullable(); // e.g. export.contacts, contact.erase, opt_out.remove
    t.string('subject_type', 40).notNullable();
    t.string('subject_id', 64);
    t.text('detail').notNullable(); // JSON
    t.bigInteger('created_at').notNullable();
    t.index(['created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
