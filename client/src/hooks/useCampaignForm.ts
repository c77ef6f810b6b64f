import { useRef, useState } from 'react';
import type { Campaign, CallingHours, CreateCampaignBody, Role, UpdateCampaignBody } from '../../../protocol';
import type { RetryOutcome } from '../components/campaign/campaignText';
import { DAYS, RETRY_OUTCOMES, defaultHours, isTimeZone } from '../components/campaign/campaignText';
import { fieldProblem, withLabel } from '../components/campaign/serverError';

export interface CampaignValues {
  name: string;
  status: Campaign['status'];
  timezone: string;
  callingHours: CallingHours;
  allowAnyHour: boolean;
  /** Hours before trying again, as typed, or "never". */
  retry: Record<RetryOutcome, string>;
  maxAttempts: string;
  /** The lease, shown in minutes: how long a caller may hold a contact before it goes back. */
  leaseMinutes: string;
  defaultCountry: string;
  telephony: Campaign['telephony'];
  withholdNumber: boolean;
  webhookUrl: string;
  /** Days to keep call notes and answers, as typed; empty keeps them. */
  retentionDays: string;
}

/** Each field's name in messages, keyed as the request names it. */
export const CAMPAIGN_LABELS: Record<string, string> = {
  name: 'Name',
  status: 'Status',
  timezone: 'Time zone',
  callingHours: 'Calling hours',
  allowAnyHour: 'Any hour',
  retryRules: 'Trying again',
  maxAttempts: 'Most attempts',
  leaseSeconds: 'Time to hold a contact',
  defaultCountry: 'Country',
  telephony: 'How calls are made',
  withholdNumber: 'Withhold number',
  webhookUrl: 'Webhook address',
  retentionDays: 'Keep call notes for',
};

// Where the keyboard goes when a save is refused: the form's order, top to bottom.
const ORDER = [
  'name',
  'timezone',
  ...DAYS.map((d) => `callingHours.${d.key}`),
  'allowAnyHour',
  'retryRules',
  'maxAttempts',
  'telephony',
  'defaultCountry',
  'leaseSeconds',
  'webhookUrl',
  'retentionDays',
];

type Errors = Partial<Record<string, string>>;

const NEW_CAMPAIGN: CampaignValues = {
  name: '',
  status: 'draft',
  timezone: 'Europe/London',
  callingHours: defaultHours(),
  allowAnyHour: false,
  retry: { no_answer: '20', busy: '20', voicemail: '48' },
  maxAttempts: '3',
  leaseMinutes: '15',
  defaultCountry: 'GB',
  telephony: 'phone',
  withholdNumber: false,
  webhookUrl: '',
  retentionDays: '',
};

function valuesOf(c: Campaign | undefined): CampaignValues {
  if (!c) return NEW_CAMPAIGN;
  const retry = { ...NEW_CAMPAIGN.retry };
  for (const { key } of RETRY_OUTCOMES) {
    if (key in c.retryRules) {
      const rule = c.retryRules[key];
      retry[key] = rule ? String(rule.afterHours) : 'never';
    }
  }
  return {
    name: c.name,
    status: c.status,
    timezone: c.timezone,
    callingHours: c.callingHours,
    allowAnyHour: c.allowAnyHour,
    retry,
    maxAttempts: String(c.maxAttempts),
    leaseMinutes: String(Math.round(c.leaseSeconds / 60)),
    defaultCountry: c.defaultCountry,
    telephony: c.telephony,
    withholdNumber: c.withholdNumber,
    webhookUrl: c.webhookUrl ?? '',
    retentionDays: c.retentionDays ? String(c.retentionDays) : '',
  };
}

const wholeIn = (text: string, min: number, max: number) =>
  /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** What is wrong before anything is sent, in plain words. */
function problems(v: CampaignValues): Errors {
  const e: Errors = {};
  if (!v.name.trim()) e.name = 'Enter a name for the campaign';
  if (!isTimeZone(v.timezone.trim())) e.timezone = 'Enter a time zone such as Europe/London';
  for (const { key, name } of DAYS) {
    const spans = v.callingHours[key];
    if (spans.some((s) => !/^\d\d:\d\d$/.test(s.start) || !/^\d\d:\d\d$/.test(s.end))) {
      e[`callingHours.${key}`] = `Give ${name}’s hours as times, such as 10:00`;
    } else if (spans.some((s) => s.start >= s.end)) {
      e[`callingHours.${key}`] = `Each of ${name}’s spans must end after it starts`;
    }
  }
  for (const { key, name } of RETRY_OUTCOMES) {
    const hours = v.retry[key];
    if (hours !== 'never' && !wholeIn(hours, 0, 1440)) e.retryRules = `${name}: choose how long to wait`;
  }
  if (!wholeIn(v.maxAttempts, 1, 20)) e.maxAttempts = 'Most attempts must be a whole number from 1 to 20';
  if (!wholeIn(v.leaseMinutes, 1, 60)) e.leaseSeconds = 'Give a whole number of minutes from 1 to 60';
  if (!/^[A-Za-z]{2}$/.test(v.defaultCountry.trim())) {
    e.defaultCountry = 'Give a two-letter country code, such as GB';
  }
  const url = v.webhookUrl.trim();
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$|^https?:\/\/localhost(:\d+)?(\/\S*)?$/i.test(url)) {
    e.webhookUrl = 'The address must start with https:// (or http://)';
  }
  if (v.retentionDays.trim() && !wholeIn(v.retentionDays, 1, 3650)) {
    e.retentionDays = 'Give a whole number of days from 1 to 3650, or leave it empty to keep notes';
  }
  return e;
}

/** Every setting as the request names it; webhookUrl only for an organiser, who alone may set it. */
function fieldsOf(v: CampaignValues, base: Campaign | undefined, role: Role): UpdateCampaignBody {
  const retryRules = { ...(base?.retryRules ?? {}) };
  for (const { key } of RETRY_OUTCOMES) {
    retryRules[key] = v.retry[key] === 'never' ? null : { afterHours: Number(v.retry[key]) };
  }
  const fields: UpdateCampaignBody = {
    name: v.name.trim(),
    status: v.status,
    timezone: v.timezone.trim(),
    callingHours: v.callingHours,
    allowAnyHour: v.allowAnyHour,
    retryRules,
    maxAttempts: Number(v.maxAttempts),
    leaseSeconds: Number(v.leaseMinutes) * 60,
    defaultCountry: v.defaultCountry.trim().toUpperCase(),
    telephony: v.telephony,
    withholdNumber: v.withholdNumber,
  };
  if (role === 'organiser') {
    fields.webhookUrl = v.webhookUrl.trim() || null;
    fields.retentionDays = v.retentionDays.trim() ? Number(v.retentionDays) : null;
  }
  return fields;
}

/** The key a server message is shown under: callingHours.mon.0.start belongs to Monday's row. */
function errorKey(path: string): string {
  const [field = '', day] = path.split('.');
  return field === 'callingHours' && day ? `callingHours.${day}` : field;
}

/**
 * The campaign settings form: values, messages and the request body. An edit sends only the fields
 * that differ from the saved campaign, so a coordinator's save never re-sends an organiser's settings
 * (allowAnyHour, webhookUrl) that the server would refuse from them.
 */
export function useCampaignForm(campaign: Campaign | undefined, role: Role, serverError: unknown) {
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => valuesOf(campaign));
  const [errors, setErrors] = useState<Errors>({});
  const [serverShown, setServerShown] = useState<unknown>(null);
  const problem = serverError && serverError !== serverShown ? fieldProblem(serverError) : null;
  const server: Errors = {};
  if (problem) {
    const key = errorKey(problem.path);
    server[key] = withLabel(CAMPAIGN_LABELS[key.split('.')[0]!] ?? key, problem.message);
  }
  const shown: Errors = { ...server, ...errors };

  function change<K extends keyof CampaignValues>(field: K, value: CampaignValues[K]): void {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors({});
    setServerShown(serverError);
  }

  const changes = (): UpdateCampaignBody => {
    const all = fieldsOf(values, campaign, role);
    if (!campaign) return all;
    const saved = fieldsOf(valuesOf(campaign), campaign, role);
    return Object.fromEntries(
      Object.entries(all).filter(
        ([k, v]) => JSON.stringify(v) !== JSON.stringify(saved[k as keyof UpdateCampaignBody]),
      ),
    );
  };
  const dirty = Object.keys(changes()).length > 0;

  /** The request body when the form is fine; otherwise shows the problems and focuses the first. */
  function body(): CreateCampaignBody | UpdateCampaignBody | null {
    const found = problems(values);
    setErrors(found);
    setServerShown(null);
    const first = ORDER.find((f) => f in found);
    if (first) {
      const target = form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`);
      const input = target?.matches('input, select, textarea')
        ? target
        : target?.querySelector<HTMLElement>('input, select');
      input?.focus();
      return null;
    }
    if (!campaign) return { ...changes(), name: values.name.trim() } as CreateCampaignBody;
    return changes();
  }

  /** After a save: the form starts again from the campaign as the server kept it. */
  const reset = (saved: Campaign) => setValues(valuesOf(saved));

  const error = (field: string): string | undefined => shown[field];
  /** The server's message when it is about the form as a whole (a lost connection, say). */
  const formMessage = serverError instanceof Error && !fieldProblem(serverError) ? serverError.message : null;

  return { form, values, change, body, reset, error, formMessage, dirty };
}
