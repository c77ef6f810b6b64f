import type { Knex } from 'knex';

// Every outcome of a campaign adds to the same few counters (calls, the quarter hour, the
// outcome). On Postgres each outcome then waited for the one before it to commit, row lock by
// row lock; with a shard per caller group, concurrent outcomes add to different rows and the
// readers sum the shards. Rebuilt rather than altered: SQLite cannot change a primary key.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('campaign_counters_sharded', (t) => {
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.string('key', 100).notNullable();
    t.smallint('shard').notNullable().defaultTo(0);
    t.bigInteger('value').notNullable();
    t.primary(['campaign_id', 'key', 'shard']);
  });
  await knex.raw(
    'insert into campaign_counters_sharded (campaign_id, key, shard, value) select campaign_id, key, 0, value from campaign_counters',
  );
  await knex.schema.dropTable('campaign_counters');
  await knex.schema.renameTable('campaign_counters_sharded', 'campaign_counters');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.createTable('campaign_counters_single', (t) => {
    t.integer('campaign_id').notNullable().references('campaigns.id').onDelete('CASCADE');
    t.string('key', 100).notNullable();
    t.bigInteger('value').notNullable();
    t.primary(['campaign_id', 'key']);
  });
  await knex.raw(
    'insert into campaign_counters_single (campaign_id, key, value) select campaign_id, key, sum(value) from campaign_counters group by campaign_id, key',
  );
  await knex.schema.dropTable('campaign_counters');
  await knex.schema.renameTable('campaign_counters_single', 'campaign_counters');
}
