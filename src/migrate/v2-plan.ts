/*
 * The decisions of migrate's v2 path around the conversion: where the Secrets' file goes, whether the CR file
 * (written now, or the reviewed one) may be applied, and whether confirm may touch the cluster. Pure.
 */
import { join, parse as parsePath } from 'node:path';
import { V2_API_VERSION } from './to-v2.js';

/** Where the Secrets' manifests go: beside the CR file, `<name>.secrets.yaml`. */
export function secretsPathFor(output: string): string {
  const { dir, name } = parsePath(output);
  return join(dir, `${name}.secrets.yaml`);
}

export interface ReviewedCr {
  crName: string;
  crNamespace: string;
  crLabel: string;
  /** spec.wandb.hostname, verify's default host. */
  hostname?: string;
  /** Why it may not be applied, one sentence each; empty when it may. */
  blockers: string[];
}

/**
 * The CR in the file as `validate` built it: it must be v2, valid, and the same object as the v1 CR migrated
 * (the v2 CR replaces the v1 one in place; another name would leave two instances on one database).
 */
export function reviewedCrDecision(input: {
  output: string;
  migrated: { name: string; namespace: string };
  cr: Record<string, unknown>;
  hasErrors: boolean;
}): ReviewedCr {
  const { output, migrated, cr } = input;
  const metadata = (cr.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  const crName = typeof metadata.name === 'string' ? metadata.name : migrated.name;
  const crNamespace = typeof metadata.namespace === 'string' ? metadata.namespace : migrated.namespace;
  const crLabel = `weightsandbiases/${crName} (namespace ${crNamespace})`;
  const blockers: string[] = [];
  if (cr.apiVersion !== V2_API_VERSION) {
    blockers.push(`${output} is not an ${V2_API_VERSION} CR (apiVersion ${String(cr.apiVersion)}).`);
  }
  if (crName !== migrated.name || crNamespace !== migrated.namespace) {
    blockers.push(
      `${output} names ${crLabel}, but the v1 CR migrated is weightsandbiases/${migrated.name} (namespace ${migrated.namespace}): the v2 CR must be the same object.`,
    );
  }
  if (input.hasErrors) blockers.push(`${output} has errors (listed above); fix them first.`);
  const spec = (cr.spec ?? {}) as { wandb?: { hostname?: unknown } };
  const hostname = typeof spec.wandb?.hostname === 'string' ? spec.wandb.hostname : undefined;
  return { crName, crNamespace, crLabel, ...(hostname ? { hostname } : {}), blockers };
}

/** What confirm needs before anything in the cluster changes: a clean plan, and what verify needs. */
export function cutoverRefusal(
  plan: { blockers: string[]; hostname?: string },
  given: { output: string; apiKey: boolean; host?: string },
): { reason: string; fix: string } | undefined {
  if (plan.blockers.length > 0) {
    return {
      reason: plan.blockers.join(' '),
      fix: `Fix ${given.output} (or remove it to have it written afresh) and run again.`,
    };
  }
  const host = given.host ?? plan.hostname;
  if (!given.apiKey || !host) {
    const missing = [...(given.apiKey ? [] : ['no api-key']), ...(host ? [] : ['no host'])].join(' and ');
    return {
      reason: `verify must pass before the migration to v2 counts as done, and it cannot run: ${missing} was given.`,
      fix: 'Give api-key (a secret; the CLI reads WANDB_API_KEY) and, if the CR has no spec.wandb.hostname, host.',
    };
  }
  return undefined;
}

/**
 * Why the CR file must not go to a pull request; undefined when it may. `redact` is the run's redactor, which
 * holds every secret read from the cluster: none may be in a file that goes to GitHub.
 */
export function pullRequestRefusal(
  plan: { blockers: string[]; inline: string[] },
  output: string,
  text: string,
  redact: (text: string) => string,
): string | undefined {
  if (plan.blockers.length > 0) return `${output} cannot be applied as it is: ${plan.blockers.join(' ')}`;
  if (plan.inline.length > 0) {
    return `${output} holds values that look like secrets inline (${plan.inline.join(', ')}); a pull request would publish them.`;
  }
  if (redact(text) !== text) return `${output} holds a secret value; a pull request would publish it.`;
  return undefined;
}
