import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminKeys } from '../api/adminKeys';
import { importSessions } from '../api/canvass';

/** Checks a CSV of sessions without writing anything: the report of what an import would do. */
export function useSessionImportCheck() {
  return useMutation({ mutationFn: (csv: string) => importSessions(csv, true) });
}

/** Imports the good rows of a CSV of sessions, then refreshes every session list. */
export function useSessionImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => importSessions(csv, false),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.canvass }),
  });
}
