// Volunteers who join by the campaign's link and work through the queue as the calling screen does:
// claim the next person, read the script, ring them on the simulated line, talk, hang up, save an
// outcome (booking some into the sessions offered), pause, repeat.
import { randomUUID } from 'node:crypto';
import type { AnyOutcome, Assignment, CallNextReply, ProviderStatus, TelephonyStatus } from '../../protocol';
import { DemoAgent, ask } from './http';
import type { DemoSocket } from './http';
import { DEMO_CALLERS } from './people';

export interface CallerOptions {
  /** How many volunteers (5-8 in the demo). */
  count: number;
  /** Multiplies every pause: 1 is a person's pace (a few seconds of thinking), tests use less. */
  pace?: number;
  /** Told about each saved call and any trouble; quiet by default. */
  onEvent?: (line: string) => void;
}

export interface Callers {
  /** Calls saved so far, by outcome. */
  saved: Map<AnyOutcome, number>;
  /** Hangs everyone up and closes their sockets; resolves once each has stopped. */
  stop(): Promise<void>;
}

const FINAL: ProviderStatus[] = ['completed', 'busy', 'no_answer', 'failed', 'canceled'];

/** Resolves with the last status of this call: its end, or `answered` if they pick up (then `onAnswer` runs). */
function followCall(socket: DemoSocket, assignmentId: number, timeoutMs: number): Promise<ProviderStatus> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done('failed'), timeoutMs);
    const listener = (s: TelephonyStatus) => {
      if (s.assignmentId !== assignmentId) return;
      if (s.status === 'answered' || FINAL.includes(s.status)) done(s.status);
    };
    const done = (status: ProviderStatus) => {
      clearTimeout(timer);
      socket.off('telephony.status', listener);
      resolve(status);
    };
    socket.on('telephony.status', listener);
  });
}

function pick<T>(weighted: Array<[T, number]>): T {
  let roll = Math.random() * weighted.reduce((n, [, w]) => n + w, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted[weighted.length - 1]![0];
}

/** What the volunteer saves for a first call, given how the line went. */
function firstCallOutcome(line: ProviderStatus, a: Assignment): { outcome: AnyOutcome; sessionId?: number } {
  if (line === 'busy') return { outcome: 'busy' };
  if (line === 'failed') return { outcome: 'invalid_number' };
  if (line !== 'completed')
    return {
      outcome: pick<AnyOutcome>([
        ['no_answer', 3],
        ['voicemail', 1],
      ]),
    };
  const open = a.sessions.filter((s) => s.spacesLeft === null || s.spacesLeft > 0);
  const outcome = pick<AnyOutcome>([
    ['booked', open.length ? 4 : 0],
    ['interested', 3],
    ['call_back', 1.5],
    ['not_interested', 1.5],
    ['wrong_number', 0.3],
    ['do_not_call', 0.2],
  ]);
  // Most people pick the nearest, some the one that suits their week.
  const session = open[Math.random() < 0.7 ? 0 : Math.floor(Math.random() * open.length)];
  return outcome === 'booked' ? { outcome, sessionId: session!.id } : { outcome };
}

function answersFor(a: Assignment): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of a.script.questions) {
    if (q.type === 'choice' && q.options?.length && Math.random() < 0.8)
      answers[q.key] = q.options[Math.floor(Math.random() * q.options.length)]!;
  }
  return answers;
}

/** Waits ms, or less if the demo is stopping. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/** Starts `count` volunteers on the campaign behind this join link. */
export async function startCallers(
  baseUrl: string,
  joinToken: string,
  campaignId: number,
  { count, pace = 1, onEvent = () => {} }: CallerOptions,
): Promise<Callers> {
  const stopping = new AbortController();
  const saved = new Map<AnyOutcome, number>();
  const wait = (minMs: number, maxMs: number) =>
    sleep((minMs + Math.random() * (maxMs - minMs)) * pace, stopping.signal);

  const names = DEMO_CALLERS.slice(0, count);
  const volunteers = await Promise.all(
    names.map(async (name, i) => {
      const agent = new DemoAgent(baseUrl);
      await agent.refresh();
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${i}@example.org`;
      await agent.call('POST', `/api/join/${joinToken}`, { name, email });
      await agent.refresh();
      return { name, socket: await agent.connect() };
    }),
  );

  async function oneCall(name: string, socket: DemoSocket): Promise<void> {
    const next = await ask<{ ok: true } & CallNextReply>(socket, 'call.next', { campaignId });
    if (!next.ok) {
      onEvent(`${name}: ${(next as unknown as { message: string }).message}`);
      return wait(5000, 8000);
    }
    const a = next.assignment;
    if (!a) return wait(8000, 15_000); // queue empty, paused or out of hours: look again soon
    await wait(2000, 5000); // reading who they are and the script
    if (stopping.signal.aborted) {
      await ask(socket, 'call.release', { assignmentId: a.assignmentId });
      return;
    }

    await ask(socket, 'call.dialled', { assignmentId: a.assignmentId });
    const ringing = followCall(socket, a.assignmentId, 120_000 * Math.max(pace, 0.1));
    const dialled = await ask(socket, 'telephony.simulate', { assignmentId: a.assignmentId });
    if (!dialled.ok) {
      onEvent(`${name}: the simulated line failed: ${dialled.message}`);
      await ask(socket, 'call.release', { assignmentId: a.assignmentId });
      return wait(5000, 8000);
    }
    let line = await ringing;
    if (line === 'answered') {
      const ended = followCall(socket, a.assignmentId, 120_000 * Math.max(pace, 0.1));
      await wait(4000, 12_000); // the conversation
      await ask(socket, 'telephony.hangup', { assignmentId: a.assignmentId });
      line = await ended;
    }
    await ask(socket, 'call.ended', { assignmentId: a.assignmentId });

    const choice =
      a.purpose === 'reminder'
        ? {
            outcome: pick<AnyOutcome>([
              ['still_coming', 5],
              ['cannot_make_it', 1],
            ]),
          }
        : firstCallOutcome(line, a);
    const reached = !['no_answer', 'voicemail', 'busy', 'invalid_number'].includes(choice.outcome);
    await wait(2000, 4000); // notes and the questions
    const reply = await ask(socket, 'call.outcome', {
      assignmentId: a.assignmentId,
      idempotencyKey: randomUUID(),
      ...choice,
      ...(reached && a.purpose === 'first' ? { answers: answersFor(a) } : {}),
      ...(choice.outcome === 'call_back'
        ? { callbackAt: new Date(Date.now() + 20 * 3_600_000).toISOString() }
        : {}),
    });
    if (!reply.ok) {
      onEvent(`${name}: could not save ${choice.outcome}: ${reply.message}`);
      await ask(socket, 'call.release', { assignmentId: a.assignmentId });
      return;
    }
    saved.set(choice.outcome, (saved.get(choice.outcome) ?? 0) + 1);
    onEvent(`${name} called ${a.contact.firstName}: ${choice.outcome.replace(/_/g, ' ')}`);
    await wait(1000, 3000); // a sip of tea
  }

  const loops = volunteers.map(async ({ name, socket }, i) => {
    await wait(i * 700, i * 700 + 1500); // people arrive over a few seconds, not all at once
    while (!stopping.signal.aborted && socket.connected) {
      try {
        await oneCall(name, socket);
      } catch (err) {
        onEvent(`${name}: ${err instanceof Error ? err.message : String(err)}`);
        await wait(5000, 8000);
      }
    }
  });

  return {
    saved,
    async stop() {
      stopping.abort();
      await Promise.all(loops);
      for (const { socket } of volunteers) socket.close();
    },
  };
}
