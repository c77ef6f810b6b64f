import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportProgress } from '../../../protocol';
import { dashboardKeys } from '../api/dashboard';
import { openSocket } from '../api/socketClient';
import type { AppSocket } from '../api/socketClient';
import { fetchImports, transferKeys, uploadContacts } from '../api/transfer';
import type { ContactImportReport } from '../api/transfer';

/** How far a running import has got: the upload's bytes until the server reports rows, then its own count. */
export interface ImportRun {
  phase: 'starting' | 'uploading' | 'reading' | 'done';
  /** 0-100, from bytes (the server's once it has said anything). */
  percent: number;
  rowsRead: number;
}

export interface ImportRequest {
  file: File;
  dryRun: boolean;
}

export interface ImportResult {
  report: ContactImportReport;
  dryRun: boolean;
}

/** 16 random bytes as hex: names this import in the server's progress events (randomUUID needs https). */
function newImportId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Resolves once the socket is connected, or after a short wait: progress is a nicety, never a blocker. */
function connected(socket: AppSocket, ms = 3000): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    socket.once('connect', () => {
      window.clearTimeout(timer);
      resolve();
    });
  });
}

const share = (part: number, whole: number | null) =>
  whole ? Math.max(0, Math.min(100, Math.round((part / whole) * 100))) : 0;

/**
 * Checks (dryRun) or imports a CSV of signups into a campaign, following the server's `import.progress`
 * events on a socket opened for the length of the upload.
 */
export function useContactImport(campaignId: number) {
  const client = useQueryClient();
  const [run, setRun] = useState<ImportRun | null>(null);

  const mutation = useMutation({
    mutationFn: async ({ file, dryRun }: ImportRequest): Promise<ImportResult> => {
      const importId = newImportId();
      setRun({ phase: 'starting', percent: 0, rowsRead: 0 });
      let heard = false;
      const socket = openSocket();
      socket.on('import.progress', (p: ImportProgress) => {
        if (p.importId !== importId) return;
        heard = true;
        const percent = p.done ? 100 : share(p.bytesRead, p.totalBytes ?? file.size);
        setRun((r) => ({
          phase: r?.phase === 'done' ? 'done' : 'reading',
          percent: Math.max(percent, r?.phase === 'reading' ? r.percent : 0),
          rowsRead: Math.max(p.rowsRead, r?.rowsRead ?? 0),
        }));
      });
      try {
        await connected(socket);
        const report = await uploadContacts(campaignId, file, file.name, {
          dryRun,
          importId,
          onUpload: (sent, total) => {
            if (!heard) setRun({ phase: 'uploading', percent: share(sent, total), rowsRead: 0 });
          },
        });
        setRun({ phase: 'done', percent: 100, rowsRead: report.received });
        return { report, dryRun };
      } catch (error) {
        setRun(null);
        throw error;
      } finally {
        socket.close();
      }
    },
    onSuccess: async ({ dryRun }) => {
      // New contacts change the queue counts the home page and dashboards show, and the list of imports.
      if (dryRun) return;
      await Promise.all([
        client.invalidateQueries({ queryKey: dashboardKeys.campaigns }),
        client.invalidateQueries({ queryKey: transferKeys.imports(campaignId) }),
      ]);
    },
  });

  const reset = () => {
    mutation.reset();
    setRun(null);
  };
  return { ...mutation, run, reset };
}

/** The campaign's past imports, including one a server restart cut short. */
export function useRecentImports(campaignId: number) {
  return useQuery({
    queryKey: transferKeys.imports(campaignId),
    queryFn: () => fetchImports(campaignId),
    select: (d) => d.imports,
  });
}

/** The largest file the server takes, from the same request as the past imports. */
export function useImportLimit(campaignId: number): number | undefined {
  return useQuery({
    queryKey: transferKeys.imports(campaignId),
    queryFn: () => fetchImports(campaignId),
    select: (d) => d.maxBytes,
  }).data;
}
