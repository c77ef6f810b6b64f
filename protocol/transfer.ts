import { z } from 'zod';

export const importReport = z.object({
  received: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  duplicates: z.number().int(),
  /** Imported but never queued: their phone is on the global opt-out list. */
  optedOut: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof importReport>;

export const exportQuery = z.object({
  kind: z.enum(['contacts', 'calls']).default('contacts'),
  since: z.iso.datetime({ offset: true }).optional(),
  outcome: z.string().optional(),
  bom: z.enum(['0', '1']).optional(),
});

/** ?importId lets the page follow this import's `import.progress` events on its own socket. */
export const importQuery = z.object({
  dryRun: z.enum(['0', '1', 'true', 'false']).optional(),
  importId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8-64 letters, digits, _ or -')
    .optional(),
  /** The file's name as the organiser chose it, for the list of past imports. */
  fileName: z.string().max(300).optional(),
});

/** Pushed to the importing user as batches commit; totalBytes is null when the upload had no length. */
export const importProgress = z.object({
  importId: z.string(),
  campaignId: z.number().int(),
  rowsRead: z.number().int(),
  bytesRead: z.number().int(),
  totalBytes: z.number().int().nullable(),
  done: z.boolean(),
});
export type ImportProgress = z.infer<typeof importProgress>;

// ---- outbound webhooks ----------------------------------------------------------

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

/** One attempt-tracked POST of one committed outcome to the campaign's webhook URL. */
export const webhookDelivery = z.object({
  id: z.number().int(),
  callId: z.number().int(),
  url: z.string(),
  /** pending: still being tried (nextAttemptAt says when); failed: gave up after the last retry. */
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

/** GET /api/campaigns/:id/webhook (organiser): the signing secret and the latest deliveries. */
export const webhookView = z.object({
  url: z.string().nullable(),
  secret: z.string(),
  deliveries: z.array(webhookDelivery),
});
export type WebhookView = z.infer<typeof webhookView>;

/** The JSON body POSTed for each committed outcome, signed as x-ringround-signature: sha256=<hex HMAC of the body>. */
export interface WebhookPayload {
  event: 'call.recorded';
  deliveryId: number;
  sentAt: string;
  campaign: { id: number; name: string };
  call: {
    id: number;
    outcome: string;
    at: string;
    caller: string;
    notes: string | null;
    answers: Record<string, string>;
    sessionId: number | null;
  };
  contact: {
    id: number;
    externalId: string | null;
    phone: string;
    firstName: string;
    lastName: string | null;
  };
}

/**
 * A signup import as recorded batch by batch. 'interrupted': still marked running but silent for
 * longer than any batch takes (the server stopped mid-file); the rows written are kept, and
 * running the same file again updates them rather than duplicating them.
 */
export const importRecord = z.object({
  id: z.number().int(),
  fileName: z.string().nullable(),
  by: z.string().nullable(),
  status: z.enum(['running', 'done', 'failed', 'interrupted']),
  rowsWritten: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  duplicates: z.number().int(),
  optedOut: z.number().int(),
  rejected: z.number().int(),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRecord = z.infer<typeof importRecord>;
