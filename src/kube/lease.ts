import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { UserError } from '../core/errors.js';
import type { ExecResult } from '../core/exec.js';

/**
 * One writer at a time: a coordination.k8s.io/v1 Lease per CR, the mechanism Kubernetes' own controllers use
 * for leader election. apply-cr takes it before reading the CR it will diff, holds it (renewing it) while it
 * writes and waits, and gives it back at the end. A run that died without giving it back (SIGKILL, a lost
 * runner) holds it only until it expires; the next run then takes it over.
 *
 * Writes go through kubectl (`create`, then `replace` carrying the resourceVersion that was read): two runs
 * that race for the same Lease cannot both succeed, the API server refuses the second with a Conflict.
 */
export type LeaseKubectl = (
  args: string[],
  options?: { stdin?: string; timeoutMs?: number },
) => Promise<ExecResult>;

/** How long a Lease stays valid without renewal, and how often the holder renews it. */
export const LEASE_DURATION_SECONDS = 30;
export const RENEW_EVERY_MS = 10_000;

export interface LeaseState {
  holder?: string;
  acquireTime?: string;
  renewTime?: string;
  durationSeconds?: number;
  resourceVersion?: string;
}

export type LeaseVerdict =
  | { take: true; how: 'new' | 'free' | 'expired' | 'ours' }
  | { take: false; holder: string; since?: string; renewed?: string; expiresInSeconds: number };

/**
 * Pure: may `me` take a Lease that looks like `lease` at `nowMs`? Free (no holder), expired (not renewed
 * within its duration) or already ours: yes. Otherwise no, with who holds it and until when.
 */
export function decideLease(lease: LeaseState | undefined, me: string, nowMs: number): LeaseVerdict {
  if (!lease) return { take: true, how: 'new' };
  if (!lease.holder) return { take: true, how: 'free' };
  if (lease.holder === me) return { take: true, how: 'ours' };
  const renewed = Date.parse(lease.renewTime ?? lease.acquireTime ?? '');
  const expiresAt =
    (Number.isFinite(renewed) ? renewed : 0) + (lease.durationSeconds ?? LEASE_DURATION_SECONDS) * 1000;
  if (expiresAt <= nowMs) return { take: true, how: 'expired' };
  return {
    take: false,
    holder: lease.holder,
    since: lease.acquireTime,
    renewed: lease.renewTime,
    expiresInSeconds: Math.ceil((expiresAt - nowMs) / 1000),
  };
}

/** Who this run is, as the Lease names it: the GitHub run (id and attempt) when there is one, and host + pid. */
export function holderIdentity(
  env: NodeJS.ProcessEnv,
  pid = process.pid,
  host = hostname(),
  nonce = randomBytes(3).toString('hex'),
): string {
  const run = env.GITHUB_RUN_ID
    ? `github run ${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/${env.GITHUB_RUN_ATTEMPT}` : ''}${env.GITHUB_REPOSITORY ? ` (${env.GITHUB_REPOSITORY})` : ''}, `
    : '';
  // The nonce tells apart two runs in one process (a program that embeds the commands, tests).
  return `${run}${host} pid ${pid} run ${nonce}`;
}

/** The Lease's name for a CR: in the CR's namespace, named after it. */
export function leaseName(crName: string): string {
  return `${crName}-wandb-operator-actions`;
}

/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Refused: another run holds the Lease. */
export class LeaseHeldError extends UserError {
  constructor(what: string, verdict: Extract<LeaseVerdict, { take: false }>, lease: string) {
    super(
      `Another apply-cr is writing ${what}: Lease ${lease} is held by '${verdict.holder}'` +
        `${verdict.since ? ` since ${verdict.since}` : ''}${verdict.renewed ? ` (renewed ${verdict.renewed})` : ''}; ` +
        `it expires in ${verdict.expiresInSeconds} s unless renewed. Nothing was written.`,
      'Let the other run finish (it renews the Lease while it writes and waits), then run again; use a workflow ' +
        '`concurrency` group per CR so that runs queue instead of colliding.',
    );
    this.name = 'LeaseHeldError';
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LeaseObject = Record<string, any>;

function stateOf(object: LeaseObject | undefined): LeaseState | undefined {
  if (!object) return undefined;
  const spec = object.spec ?? {};
  return {
    holder: spec.holderIdentity || undefined,
    acquireTime: spec.acquireTime,
    renewTime: spec.renewTime,
    durationSeconds: spec.leaseDurationSeconds,
    resourceVersion: object.metadata?.resourceVersion,
  };
}

const CONFLICT = /\(Conflict\)|the object has been modified|\(AlreadyExists\)|already exists/i;

export class CrLease {
  private resourceVersion?: string;
  private acquiredAt?: string;
  private timer?: NodeJS.Timeout;
  private held = false;
  /** Set when a renewal found the Lease taken by someone else. */
  lost?: string;

  constructor(
    private readonly kubectl: LeaseKubectl,
    readonly namespace: string,
    readonly name: string,
    readonly identity: string,
    /** For messages, e.g. `weightsandbiases/wandb (namespace prod)`. */
    private readonly what: string,
  ) {}

  get label(): string {
    return `${this.namespace}/${this.name}`;
  }

  private async read(timeoutMs?: number): Promise<LeaseObject | undefined> {
    const args = ['get', 'leases.coordination.k8s.io', this.name, '-n', this.namespace, '-o', 'json'];
    const result = await this.kubectl(args, { timeoutMs });
    if (result.code !== 0) {
      if (/\(NotFound\)|not found/i.test(result.stderr)) return undefined;
      throw leaseError('Reading', this.label, result);
    }
    return JSON.parse(result.stdout) as LeaseObject;
  }

  private body(nowMs: number, holder: string): LeaseObject {
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels: { 'app.kubernetes.io/managed-by': 'wandb-operator-actions' },
        ...(this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}),
      },
      spec: {
        holderIdentity: holder,
        leaseDurationSeconds: LEASE_DURATION_SECONDS,
        ...(holder ? { acquireTime: this.acquiredAt ?? microTime(nowMs), renewTime: microTime(nowMs) } : {}),
      },
    };
  }

  /** create (no resourceVersion) or replace (with the one read): refused with a Conflict if anyone wrote between. */
  private async write(object: LeaseObject, create: boolean, timeoutMs?: number): Promise<boolean> {
    const args = [create ? 'create' : 'replace', '-f', '-', '-o', 'json'];
    const result = await this.kubectl(args, { stdin: JSON.stringify(object), timeoutMs });
    if (result.code === 0) {
      this.resourceVersion = (JSON.parse(result.stdout) as LeaseObject).metadata?.resourceVersion;
      return true;
    }
    if (CONFLICT.test(result.stderr)) return false;
    throw leaseError('Writing', this.label, result);
  }

  /**
   * Takes the Lease or throws LeaseHeldError naming the holder. Lost races (someone wrote the Lease between our
   * read and our write) are read again, a few times.
   */
  async acquire(timeoutMs?: number): Promise<'new' | 'free' | 'expired' | 'ours'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const object = await this.read(timeoutMs);
      const verdict = decideLease(stateOf(object), this.identity, Date.now());
      if (!verdict.take) throw new LeaseHeldError(this.what, verdict, this.label);
      this.resourceVersion = object?.metadata?.resourceVersion;
      this.acquiredAt = microTime(Date.now());
      if (await this.write(this.body(Date.now(), this.identity), !object, timeoutMs)) {
        this.held = true;
        return verdict.how;
      }
    }
    const now = stateOf(await this.read(timeoutMs));
    const verdict = decideLease(now, this.identity, Date.now());
    if (!verdict.take) throw new LeaseHeldError(this.what, verdict, this.label);
    throw new UserError(`Lease ${this.label}: kept losing the race to take it.`, 'Run again.');
  }

  /** Renews every RENEW_EVERY_MS until released; a renewal that fails is retried at the next tick. */
  keepRenewed(onLost: (message: string) => void): void {
    this.timer = setInterval(() => {
      void this.renew().then(
        (ok) => {
          if (!ok && !this.lost) {
            this.lost = `Lease ${this.label} was taken by another run while this one held it.`;
            onLost(this.lost);
          }
        },
        () => undefined,
      );
    }, RENEW_EVERY_MS);
    this.timer.unref();
  }

  private async renew(): Promise<boolean> {
    if (!this.held) return true;
    return this.write(this.body(Date.now(), this.identity), false, RENEW_EVERY_MS);
  }

  /**
   * Gives the Lease back (holder cleared, so the next run takes it at once) if it is still ours. Bounded by
   * `timeoutMs` whatever the step's deadline: it runs after the deadline, on failure and on cancellation.
   */
  async release(timeoutMs = 3_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (!this.held) return;
    this.held = false;
    try {
      await this.write(this.body(Date.now(), ''), false, timeoutMs);
    } catch {
      // It expires by itself within LEASE_DURATION_SECONDS.
    }
  }
}

function leaseError(what: string, label: string, result: ExecResult): UserError {
  const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join('\n');
  const forbidden = /forbidden/i.test(detail);
  return new UserError(
    result.timedOut
      ? `${what} Lease ${label} did not finish before the deadline (the API server did not answer).`
      : `${what} Lease ${label} failed: ${detail}`,
    forbidden
      ? 'apply-cr takes a coordination.k8s.io Lease per CR so that two runs never write it at once: grant get, create and update on leases in the CR namespace.'
      : 'Check that the cluster is up and reachable.',
  );
}
