import type { ChildProcess } from 'node:child_process';

/**
 * Cancellation: what happens when the run is asked to stop (SIGTERM or SIGINT, as GitHub Actions sends when a
 * workflow is cancelled, or Ctrl-C on the CLI). Commands register cleanups (`onCancel`) for what they hold, in
 * the order they take it: a temporary kubeconfig, a `kubectl proxy`, a Lease, "what state the CR is in". On a
 * signal the cleanups run newest first (what was taken last is given back first), every running child program
 * is killed, and the process exits with 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
 *
 * The cleanups together get CLEANUP_BUDGET_MS: GitHub sends SIGKILL 7.5 s after its first signal, and a second
 * signal while cleaning up ends the process at once.
 */
export type Cleanup = () => void | Promise<void>;

export const CLEANUP_BUDGET_MS = 5_000;

const cleanups: Cleanup[] = [];
const children = new Set<ChildProcess>();
let installed = false;
let cancelling = false;

/** Registers `cleanup` to run on cancellation; the returned function unregisters it (call it when done). */
export function onCancel(cleanup: Cleanup): () => void {
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.lastIndexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

/** Tracks a running child program, killed on cancellation (execute and the kubectl proxy register theirs). */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.once('error', () => children.delete(child));
}

/** true once a signal has been received: long loops may stop early. */
export function isCancelling(): boolean {
  return cancelling;
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Installs the SIGTERM/SIGINT handlers (once per process) and registers `final` (e.g. flushing the job summary)
 * to run after every other cleanup. Returns a function that unregisters `final` when the command has ended.
 */
export function handleCancellation(final?: Cleanup): () => void {
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>)
      process.on(signal, () => void cancel(signal));
  }
  if (!final) return () => undefined;
  // `final` goes first in the list, so it runs last.
  cleanups.unshift(final);
  return () => {
    const at = cleanups.indexOf(final);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

/** Runs the cleanups (newest first, bounded by the budget), kills what still runs, and exits. */
export async function cancel(signal: keyof typeof SIGNALS): Promise<void> {
  const code = 128 + SIGNALS[signal];
  if (cancelling) {
    // A second signal: the user insists. Kill what runs and go.
    killChildren();
    process.exit(code);
  }
  cancelling = true;
  // Children first: nothing should go on writing to the cluster while the cleanups report its state.
  killChildren();
  const run = (async () => {
    for (const cleanup of [...cleanups].reverse()) {
      try {
        await cleanup();
      } catch {
        // One failed cleanup must not keep the others from running.
      }
    }
  })();
  await Promise.race([run, new Promise((resolve) => setTimeout(resolve, CLEANUP_BUDGET_MS).unref())]);
  killChildren();
  process.exit(code);
}

function killChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) killTree(child);
  }
}

/**
 * Children run in a process group of their own (off Windows), so that stopping one stops what it started:
 * a kubectl or helm on PATH is often a shim (gcloud's, asdf's, a wrapper script) that runs the real program as
 * its own child, which a kill of the shim alone would leave running.
 */
export const OWN_GROUP = process.platform !== 'win32';

/** Kills a child and, where it has one, its whole process group. */
export function killTree(child: ChildProcess): void {
  if (OWN_GROUP && child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
      return;
    } catch {
      // the group is gone already, or was never made: kill the child itself
    }
  }
  child.kill('SIGKILL');
}
