import type { Db } from '../store/db';
import { readAllCounters, replaceCounters } from '../store/counters';
import { campaignIds, recountCampaign } from '../store/recount';
import { inTransaction } from '../store/transaction';

export interface RepairResult {
  campaignId: number;
  /** Keys whose stored value differed from the recount: [stored, recounted]. */
  fixed: Record<string, [number, number]>;
}

/**
 * Recomputes campaign counters from calls, queue rows and bookings, and writes them back
 * where they differ. Safe to run while calling goes on: each campaign is recounted and
 * replaced in one transaction.
 */
export async function repairCounters(db: Db, onlyCampaign?: number): Promise<RepairResult[]> {
  const ids = onlyCampaign === undefined ? await campaignIds(db) : [onlyCampaign];
  const results: RepairResult[] = [];
  for (const campaignId of ids) {
    const fixed = await inTransaction(db, async (trx) => {
      const [stored, truth] = await Promise.all([
        readAllCounters(trx, campaignId),
        recountCampaign(trx, campaignId),
      ]);
      const diff: Record<string, [number, number]> = {};
      for (const key of new Set([...Object.keys(stored), ...Object.keys(truth)])) {
        if ((stored[key] ?? 0) !== (truth[key] ?? 0)) diff[key] = [stored[key] ?? 0, truth[key] ?? 0];
      }
      if (Object.keys(diff).length) await replaceCounters(trx, campaignId, truth);
      return diff;
    });
    results.push({ campaignId, fixed });
  }
  return results;
}
