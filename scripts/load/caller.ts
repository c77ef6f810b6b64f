// One simulated volunteer: joins by the campaign's link, keeps a reconnecting socket, and
// loops call.next → call.dialled → call.outcome. A request whose ack is lost to a
// disconnect is sent again once the socket is back (outcomes with the same idempotencyKey).
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Assignment, CallNextReply, Failure } from '../../protocol';
import { BenchAgent } from '../bench/lib';
import { chooseOutcome } from './outcomes';
import type { Recorder } from './recorder';

/** Long enough for a loaded server, short enough that a dead one is noticed. */
const ACK_MS = 20_000;

type Reply<T> = ({ ok: true } & T) | Failure;

export interface CallerPlan {
  index: number;
  base: string;
  campaignId: number;
  joinToken: string;
  runId: string;
  thinkMs: number;
  /** Stop when call.next says queue_empty (else wait and ask again). */
  untilEmpty: boolean;
}

export interface Control {
  /** Set when the run should wind down: no new claims, but outcomes in hand are still recorded. */
  stopping: boolean;
  /** Set when even outcomes in flight should be given up (the run is over). */
  abandoned: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class SimCaller {
  agent: BenchAgent;
  socket: Socket | null = null;
  cycles = 0;
  userId = 0;

  constructor(
    readonly plan: CallerPlan,
    private readonly rec: Recorder,
    private readonly ctl: Control,
  ) {
    this.agent = new BenchAgent(plan.base);
  }

  /** POST /api/join/:token (cookie kept), then the CSRF token from GET /api/me, then the socket. */
  async join(): Promise<void> {
    await this.agent.refresh();
    const r = await this.agent.req('POST', `/api/join/${this.plan.joinToken}`, {
      name: `Load caller ${this.plan.index}`,
      email: `load-${this.plan.runId}-${this.plan.index}@example.org`,
    });
    if (!r.user) throw new Error(`caller ${this.plan.index} could not join: ${JSON.stringify(r)}`);
    this.userId = r.user.id;
    await this.agent.refresh();
    this.socket = io(this.plan.base, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1000,
      extraHeaders: { cookie: this.agent.cookie() },
    });
  }

  close(): void {
    this.socket?.close();
  }

  private async connected(): Promise<boolean> {
    const s = this.socket!;
    while (!s.connected) {
      if (this.ctl.abandoned) return false;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 500);
        s.once('connect', () => (clearTimeout(t), resolve()));
      });
    }
    return true;
  }

  /** One emit and its ack; null when the socket dropped or the ack timed out. */
  private once<T>(event: string, payload: unknown): Promise<{ reply: Reply<T>; ms: number } | null> {
    const s = this.socket!;
    return new Promise((resolve) => {
      const t0 = performance.now();
      let done = false;
      const finish = (v: { reply: Reply<T>; ms: number } | null) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        s.off('disconnect', dropped);
        resolve(v);
      };
      const dropped = () => finish(null);
      const timer = setTimeout(() => finish(null), ACK_MS);
      s.on('disconnect', dropped);
      s.emit(event, payload, (reply: Reply<T>) => finish({ reply, ms: performance.now() - t0 }));
    });
  }

  /** Sends until an ack arrives (re-sending after a reconnect); null once the run is abandoned. */
  private async request<T>(event: string, payload: unknown, mayStop: boolean) {
    for (;;) {
      if ((mayStop && this.ctl.stopping) || !(await this.connected())) return null;
      const r = await this.once<T>(event, payload);
      if (r) return r;
      this.rec.resent++;
      this.rec.error(`${event}: no ack (disconnected or timed out), sent again`);
    }
  }

  async run(): Promise<void> {
    const { campaignId } = this.plan;
    while (!this.ctl.stopping) {
      const next = await this.request<CallNextReply>('call.next', { campaignId }, true);
      if (!next) return;
      if (!next.reply.ok) {
        this.rec.error(next.reply.error);
        await sleep(500);
        continue;
      }
      this.rec.claimMs.push(next.ms);
      const a = next.reply.assignment;
      if (!a) {
        if (this.plan.untilEmpty && next.reply.reason === 'queue_empty') return;
        await sleep(1000);
        continue;
      }
      await this.call(a);
    }
  }

  private async call(a: Assignment): Promise<void> {
    const { assignmentId } = a;
    this.rec.hand(assignmentId, this.plan.index);
    const dialled = await this.request<object>('call.dialled', { assignmentId }, false);
    if (dialled && !dialled.reply.ok) this.rec.error(dialled.reply.error);
    if (this.plan.thinkMs > 0) await sleep(this.plan.thinkMs * (0.5 + Math.random()));
    const chosen = chooseOutcome(a);
    const idempotencyKey = `${this.plan.runId}-${this.plan.index}-${this.cycles++}`;
    const r = await this.request<{ callId: number }>(
      'call.outcome',
      { assignmentId, idempotencyKey, ...chosen },
      false,
    );
    if (!r) return;
    if (!r.reply.ok) return void this.rec.error(r.reply.error);
    this.rec.outcomeMs.push(r.ms);
    this.rec.acked.push({
      idempotencyKey,
      callId: r.reply.callId,
      outcome: chosen.outcome,
      assignmentId,
      caller: this.plan.index,
    });
  }
}
