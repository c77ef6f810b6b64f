import { z } from 'zod';

export const importReport = z.object({
  received: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof importReport>;

export const exportQuery = z.object({
  kind: z.enum(['contacts', 'calls']).default('contacts'),
  since: z.iso.datetime({ offset: true }).optional(),
  outcome: z.string().optional(),
  bom: z.enum(['0', '1']).optional(),
});
