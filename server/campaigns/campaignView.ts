import type { Campaign, CallerCampaign } from '../../protocol';
import type { CampaignRecord } from '../store/campaigns';
import type { Config } from '../config';
import { twilioSettings } from '../telephony/twilioSettings';

export const joinPath = (token: string) => `/join/${token}`;

/** The organiser's and coordinator's view of a campaign. */
export function toCampaign(c: CampaignRecord, baseUrl: string): Campaign {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    timezone: c.timezone,
    callingHours: c.callingHours,
    allowAnyHour: c.allowAnyHour,
    maxAttempts: c.maxAttempts,
    leaseSeconds: c.leaseSeconds,
    retryRules: c.retryRules,
    defaultCountry: c.defaultCountry,
    telephony: c.telephony,
    withholdNumber: c.withholdNumber,
    script: c.script,
    targetSeats: c.targetSeats,
    webhookUrl: c.webhookUrl,
    retentionDays: c.retentionDays,
    joinUrl: baseUrl + joinPath(c.joinToken),
    createdAt: new Date(c.createdAt).toISOString(),
  };
}

/** What a caller sees: no join token, no settings they cannot act on. */
export const toCallerCampaign = (c: CampaignRecord, config: Config): CallerCampaign => ({
  id: c.id,
  name: c.name,
  status: c.status,
  timezone: c.timezone,
  telephony: c.telephony,
  withholdNumber: c.withholdNumber,
  smsFollowUp: twilioSettings(config) !== null,
});
