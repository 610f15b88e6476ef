/*
 * The decisions of migrate's v2 path around the conversion: where the Secrets' file goes, whether the CR file
 * (written now, or the reviewed one) may be applied, and whether confirm may touch the cluster. Pure.
 */
import { basename, dirname, join, parse as parsePath } from 'node:path';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { UserError } from '../core/errors.js';
import { V2_API_VERSION } from './to-v2.js';

/** The Secrets' manifests' place beside the CR file, `<name>.secrets.yaml`. */
export function secretsPathFor(output: string): string {
  const { dir, name } = parsePath(output);
  return join(dir, `${name}.secrets.yaml`);
}

/** What git says of the path beside the CR: ignored, in a work tree and not ignored, or in no work tree. */
export type GitPlace = 'ignored' | 'not-ignored' | 'outside';

export interface SecretsPlacement {
  /** given: the user's path; beside: beside the CR; temp: `name` in a private temporary directory. */
  where: 'given' | 'beside' | 'temp';
  /** The path, for `given` and `beside`; a `temp` path is known once the directory is made. */
  path?: string;
  /** The file's name. */
  name: string;
  /** Why it goes there, for the log. */
  why: string;
}

/**
 * Where the Secrets' manifests (plaintext values, 0600) go. A path the user named is used as it is. Otherwise they
 * stay out of a checkout that could carry them into a commit: under GitHub Actions (the workspace is a checkout
 * that a later step may commit or upload) and in a git work tree that does not ignore the path, a private
 * temporary directory; elsewhere beside the CR, where a reviewer finds them.
 */
export function secretsPlacement(input: {
  output: string;
  given?: string;
  actions: boolean;
  git: GitPlace;
}): SecretsPlacement {
  if (input.given) {
    return { where: 'given', path: input.given, name: basename(input.given), why: 'secrets-output names it' };
  }
  const beside = secretsPathFor(input.output);
  const name = basename(beside);
  if (input.actions) {
    return {
      where: 'temp',
      name,
      why: 'under GitHub Actions the workspace is a checkout a later step may commit or upload, so not beside the CR',
    };
  }
  if (input.git === 'not-ignored') {
    return {
      where: 'temp',
      name,
      why: `${dirname(beside)} is in a git work tree that does not ignore ${name}, so not beside the CR`,
    };
  }
  return {
    where: 'beside',
    path: beside,
    name,
    why:
      input.git === 'ignored'
        ? 'beside the CR, where git ignores it'
        : 'beside the CR (not in a git work tree)',
  };
}

/**
 * How the CR file's header names the Secrets' file: by name and where to find it, never by a temporary path, so
 * that a rerun writes the same bytes wherever the file went.
 */
export function secretsFileNote(output: string, given?: string): string {
  return `${basename(given ?? secretsPathFor(output))}, at the path migrate's secrets-path output gives`;
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

/** What was found of the v2 CR after apply-cr returned non-zero: its spec is the file's, another, or unread. */
export type CrAfterApply = 'applied' | 'not-applied' | 'unknown';

/**
 * The state a cutover leaves when apply-cr did not pass, from what the cluster holds now (apply-cr returns 1 both
 * when it applied the CR and the gates failed, and when it applied nothing: a refusal, a held Lease, a missing
 * right). Promises no retry: re-applying an unchanged CR does not bump its generation, and whether the v2
 * operator retries a failed migration by itself is not established.
 */
export function crNotPassedState(input: {
  cr: CrAfterApply;
  name: string;
  namespace: string;
  secrets: string[];
}): string {
  const { name, namespace } = input;
  const secrets = input.secrets.length ? ` The Secrets ${input.secrets.join(', ')} exist.` : '';
  if (input.cr === 'not-applied') {
    return `State: the v2 CR was not applied (the CR in the cluster is as it was before this run).${secrets} Fix what apply-cr reports and run again with confirm: true.`;
  }
  const look = `To see what it left: the CR's conditions and migration status (kubectl describe weightsandbiases.apps.wandb.com ${name} -n ${namespace}), the migration Jobs (kubectl get jobs -n ${namespace} -l app.kubernetes.io/component=migration) and a Job's log (kubectl logs -n ${namespace} job/<name>).`;
  const next =
    'Once the operator reconciles again (after a change to the spec, or if it retries the migration by itself), a rerun with confirm: true checks the gates again and goes on to verify; running again with the same file does not by itself make the operator retry.';
  if (input.cr === 'unknown') {
    return `State: unknown: the v2 CR could not be read back, so it may or may not be applied (kubectl get weightsandbiases.apps.wandb.com ${name} -n ${namespace} -o yaml shows it).${secrets} ${look} ${next}`;
  }
  return `State: the v2 CR is applied and stays applied (not rolled back: the spec before it was the same v1 CR at the same version).${secrets} ${look} ${next}`;
}

/** The state a failed Secrets apply leaves: which of them exist now (kubectl applies one document at a time). */
export function secretsFailedState(names: string[], existing: string[] | undefined): string {
  const missing = names.filter((n) => !existing?.includes(n));
  const found =
    existing === undefined
      ? `some of the Secrets ${names.join(', ')} may exist now (kubectl applies them one at a time; they could not be listed after the failure)`
      : existing.length === 0
        ? `none of the Secrets ${names.join(', ')} exists`
        : `the Secret${existing.length === 1 ? '' : 's'} ${existing.join(', ')} exist${existing.length === 1 ? 's' : ''} now${missing.length ? `, ${missing.join(', ')} not` : ''}`;
  return `State: ${found}; the v2 CR was not applied (the CR in the cluster is as it was before this run). A rerun with confirm: true applies them again.`;
}

/**
 * The state when the CR rolled out and verify did not pass. The legacy annotations do not hold the v1 values as
 * they were: secrets in them are referenced (moved into the Secrets) or masked.
 */
export function unverifiedState(secrets: string[]): string {
  return `State: the v2 CR stays applied${secrets.length ? ` and the Secrets ${secrets.join(', ')} exist` : ''}. Fix what verify reports and run verify again. The CR's annotations legacy.operator.wandb.com/v1-chart and v1-values record the v1 chart and values with every secret referenced (moved into the Secrets) or masked: not the original values.`;
}

/** The Secrets' file, checked and ready for kubectl. */
export interface SecretsManifests {
  /** Each Secret as kubectl gets it: stringData turned into data (see secretsList). */
  items: Array<Record<string, unknown>>;
  /** metadata.name of each. */
  names: string[];
  /** Every value, decoded (data) or as written (stringData): for the redactor, before anything prints. */
  values: string[];
}

/** What a YAML error code means, in words that never quote the file (the line may hold a value). */
const YAML_PROBLEMS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: "a value holds an unquoted ': ' (quote the value)",
  MISSING_CHAR: 'a quote or a bracket is not closed',
  DUPLICATE_KEY: 'a key appears twice in one mapping (which value was meant is not known)',
  BAD_INDENT: 'the indentation is wrong',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line',
  UNEXPECTED_TOKEN: 'something unexpected stands here',
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Reads the Secrets' file (written now, or the reviewed one) into what kubectl gets. Refuses, before anything is
 * applied, a file the YAML parser reports errors in (parseAllDocuments does not throw: a mistake would otherwise
 * apply a wrong value, such as `[object Object]` or the last of two keys) and a value that is not a scalar. The
 * error names the file, line and column and the key, never the line's text or a value: the file holds secrets.
 */
export function readSecretsManifests(text: string, file: string): SecretsManifests {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  const list = Array.isArray(docs) ? docs : [docs];
  const fix = `Fix ${file} (or remove it to have it written afresh from the cluster) and run again.`;
  const refuse = (line: number, column: number, problem: string): never => {
    throw new UserError(
      `${file}:${line}:${column}: ${problem}; the Secrets' file is not applied (its values are not shown here). Nothing in the cluster was changed.`,
      fix,
      { file, line, column },
    );
  };
  const at = (doc: Document.Parsed, path: string[]): { line: number; col: number } => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  };
  const result: SecretsManifests = { items: [], names: [], values: [] };
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const [pos] = error.linePos ?? [{ line: 1, col: 1 }];
      const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more YAML error(s) after it)` : '';
      refuse(pos.line, pos.col, `the YAML does not parse: ${YAML_PROBLEMS[error.code] ?? error.code}${more}`);
    }
    const body = doc.toJSON() as unknown;
    if (body === null || body === undefined) continue;
    if (typeof body !== 'object' || Array.isArray(body)) {
      const pos = at(doc, []);
      refuse(pos.line, pos.col, 'a document is not a mapping (a Secret manifest)');
    }
    const secret = body as Record<string, unknown> & { metadata?: { name?: unknown } };
    const name = typeof secret.metadata?.name === 'string' ? secret.metadata.name : '(no metadata.name)';
    const data: Record<string, string> = {};
    for (const field of ['data', 'stringData'] as const) {
      const map = secret[field];
      if (map === undefined) continue;
      if (map === null || typeof map !== 'object' || Array.isArray(map)) {
        const pos = at(doc, [field]);
        refuse(pos.line, pos.col, `${field} of Secret ${name} is not a mapping of keys to values`);
      }
      for (const [key, value] of Object.entries(map as Record<string, unknown>)) {
        const pos = () => at(doc, [field, key]);
        const ok =
          field === 'data'
            ? typeof value === 'string'
            : ['string', 'number', 'boolean'].includes(typeof value);
        if (!ok) {
          const { line, col } = pos();
          const kind =
            value === null
              ? 'empty'
              : Array.isArray(value)
                ? 'a list'
                : typeof value === 'object'
                  ? 'a mapping'
                  : `a ${typeof value}`;
          refuse(
            line,
            col,
            `${field}.${key} of Secret ${name} is ${kind}, not ${field === 'data' ? 'a base64 string' : 'a single value'}`,
          );
        }
        if (field === 'data') {
          const encoded = (value as string).replace(/\s+/g, '');
          if (!BASE64.test(encoded)) {
            const { line, col } = pos();
            refuse(line, col, `data.${key} of Secret ${name} is not base64 (stringData takes plain text)`);
          }
          data[key] = encoded;
          result.values.push(Buffer.from(encoded, 'base64').toString('utf8'));
        } else {
          // As the API server does: a key in stringData wins over the same key in data.
          const plain = String(value);
          data[key] = Buffer.from(plain, 'utf8').toString('base64');
          result.values.push(plain);
        }
      }
    }
    result.names.push(...(typeof secret.metadata?.name === 'string' ? [secret.metadata.name] : []));
    const { stringData: _dropped, ...rest } = secret;
    void _dropped;
    result.items.push(
      secret.data === undefined && secret.stringData === undefined ? rest : { ...rest, data },
    );
  }
  return result;
}

/**
 * The Secrets as kubectl gets them (on stdin: the values never reach argv): one List. stringData is never stored,
 * so a server-side apply that carries it never matches the live object and writes each Secret again (a new
 * resourceVersion) on every rerun; data, the stored form, makes an unchanged apply a no-op.
 */
export function secretsList(manifests: SecretsManifests): string {
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items: manifests.items });
}

/**
 * The state a pull-request run leaves when it stops on an error: once the branch was pushed, the branch has moved
 * even if the pull request could not be opened or updated (a token without pull-requests: write).
 */
export function prFailureState(input: {
  written: string;
  branch: string;
  /** Set once this run pushed the branch; `commit` when it could be read back. */
  pushed?: { commit?: string };
  /** The number of the open pull request of the branch, when there was one. */
  existing?: number;
}): string {
  const head = `State: ${input.written} written; nothing in the cluster changed;`;
  if (!input.pushed)
    return `${head} the branch ${input.branch} and the pull request are as they were before this run.`;
  const commit = input.pushed.commit ? `commit ${input.pushed.commit.slice(0, 12)}` : 'the new commit';
  const pr =
    input.existing !== undefined
      ? `pull request #${input.existing} shows it, but its title and description were not updated`
      : 'the pull request was not opened';
  return `${head} the branch ${input.branch} now holds ${commit} with the v2 CR; ${pr}. A rerun does not push again and goes on to the pull request.`;
}
