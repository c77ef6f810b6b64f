import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Which callers may work which campaign; removed_at ends access and blocks rejoining.
  await knex.schema.createTable('campaign_callers', (t) => {
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.bigInteger('joined_at').notNullable();
    t.bigInteger('removed_at');
    // Caller state lives here, not in one process's memory, so every instance agrees on it.
    t.string('state', 10).notNullable().defaultTo('idle'); // idle | on_call | wrap_up | away
    t.bigInteger('state_since').notNullable().defaultTo(0);
    t.primary(['campaign_id', 'user_id']);
    t.index(['user_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('campaign_callers');
}
