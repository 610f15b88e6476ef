/**
 * What apply-cr's v2 path needs the kubeconfig's identity to be allowed, asked before anything changes.
 * Without it a missing right shows up late: a wait that may not list the migration Jobs retries until the
 * deadline, after the CR was written. Pure: the questions, and what to say when some are answered no.
 *
 * The rights follow what the v2 path does (src/apply/cluster.ts, src/kube/lease.ts):
 * - the CR: `get` (the diff, the wait), `watch` (the wait, by `metadata.name`), `patch` (server-side apply of the
 *   CR and of its last-good annotation); `create` when it does not exist (a server-side apply that creates is
 *   authorized as a create too), and `delete` then as well when rollback-on-failure may remove a failed first
 *   install;
 * - its Lease `<cr>-wandb-operator-actions`: `get` and `update` (kubectl replace); `create` when it does not
 *   exist, which RBAC cannot narrow to a name (a create request carries none);
 * - the last-good Secret `<cr>-last-good-spec`: `get`, `patch` (server-side apply); `create` when it does not exist;
 * - `jobs.batch` in the namespace: `list` and `watch` (the migration Jobs, by label).
 * Events are read only to quote the operator at a timeout, and a run without them says less but is right: not
 * asked. A dry run reads (the CR, the last-good Secret, the migration Jobs: a CR with no changes is checked for its
 * rollout); the rights a real run needs on top are said, not required.
 */
import { leaseName } from '../kube/lease.js';
import { lastGoodSecretName, type CrRef } from './cluster.js';

export interface AccessQuestion {
  verb: string;
  /** API group; '' is the core group. */
  group: string;
  resource: string;
  namespace: string;
  /** The object's name, when the right may be narrowed to it (RBAC `resourceNames`). */
  name?: string;
  /** Why apply-cr needs it, for the message. */
  why: string;
}

/**
 * Which of the objects apply-cr writes exist already (a right to create them is needed only when not);
 * undefined: it could not be read (the missing right to read it is what gets reported).
 */
export interface Existing {
  cr?: boolean;
  lease?: boolean;
  lastGood?: boolean;
}

export function v2AccessQuestions(
  ref: CrRef,
  existing: Existing,
  run: { dryRun: boolean; rollbackOnFailure: boolean },
): { required: AccessQuestion[]; forRealRun: AccessQuestion[] } {
  const ns = ref.namespace;
  const cr = (verb: string, why: string): AccessQuestion => ({
    verb,
    group: 'apps.wandb.com',
    resource: 'weightsandbiases',
    namespace: ns,
    name: ref.name,
    why,
  });
  const lease = (verb: string, why: string, named = true): AccessQuestion => ({
    verb,
    group: 'coordination.k8s.io',
    resource: 'leases',
    namespace: ns,
    ...(named ? { name: leaseName(ref.name) } : {}),
    why,
  });
  const secret = (verb: string, why: string): AccessQuestion => ({
    verb,
    group: '',
    resource: 'secrets',
    namespace: ns,
    name: lastGoodSecretName(ref.name),
    why,
  });
  const jobs = (verb: string): AccessQuestion => ({
    verb,
    group: 'batch',
    resource: 'jobs',
    namespace: ns,
    why: 'the v2 wait follows the migration Jobs',
  });
  const reads = [
    cr('get', 'to diff against the live CR and wait on its status'),
    secret('get', 'the last good spec a rollback goes back to'),
    jobs('list'),
  ];
  const writes: AccessQuestion[] = [
    cr('watch', 'the wait follows the CR'),
    cr('patch', 'server-side apply of the CR and its last-good annotation'),
    ...(existing.cr !== false ? [] : [cr('create', 'the CR does not exist yet: the apply creates it')]),
    ...(existing.cr === false && run.rollbackOnFailure
      ? [cr('delete', 'a failed first install is deleted (rollback-on-failure)')]
      : []),
    lease('get', 'one apply-cr at a time on this CR'),
    lease('update', 'the Lease is taken, renewed and given back'),
    ...(existing.lease !== false ? [] : [lease('create', 'the Lease does not exist yet', false)]),
    secret('patch', 'recording the spec that rolled out'),
    ...(existing.lastGood !== false ? [] : [secret('create', 'the last-good Secret does not exist yet')]),
    jobs('watch'),
  ];
  return run.dryRun
    ? { required: reads, forRealRun: writes }
    : { required: [...reads, ...writes], forRealRun: [] };
}

/** `list, watch jobs.batch` style: the verbs of one resource (and name) together, in the order asked. */
export function describeAccess(questions: AccessQuestion[]): string {
  return groupRules(questions)
    .map(
      (rule) =>
        `${rule.verbs.join(', ')} ${rule.resource}${rule.group ? `.${rule.group}` : ''}${rule.name ? `/${rule.name}` : ''}`,
    )
    .join('; ');
}

interface Rule {
  group: string;
  resource: string;
  name?: string;
  verbs: string[];
}

function groupRules(questions: AccessQuestion[]): Rule[] {
  const rules: Rule[] = [];
  for (const q of questions) {
    const same = rules.find((r) => r.group === q.group && r.resource === q.resource && r.name === q.name);
    if (same) {
      if (!same.verbs.includes(q.verb)) same.verbs.push(q.verb);
    } else
      rules.push({
        group: q.group,
        resource: q.resource,
        ...(q.name ? { name: q.name } : {}),
        verbs: [q.verb],
      });
  }
  return rules;
}

/**
 * The Role `rules:` entries that grant `questions`, as YAML to paste: one rule per resource and name, narrowed
 * to the object by `resourceNames` where RBAC can (a create of a Lease carries no name: its rule has none).
 */
export function roleRules(questions: AccessQuestion[]): string {
  return groupRules(questions)
    .map((rule) =>
      [
        `- apiGroups: ["${rule.group}"]`,
        `  resources: ["${rule.resource}"]`,
        ...(rule.name ? [`  resourceNames: ["${rule.name}"]`] : []),
        `  verbs: [${rule.verbs.map((v) => `"${v}"`).join(', ')}]`,
      ].join('\n'),
    )
    .join('\n');
}

export interface AccessRefusal {
  denied: AccessQuestion[];
  message: string;
  fix: string;
  rules: string;
}

/**
 * Pure: the answers (in the order asked) turned into a refusal, or undefined when every required right is
 * there. `stateNow` says what the cluster holds (nothing was changed).
 */
export function accessRefusal(
  ref: CrRef,
  required: AccessQuestion[],
  answers: boolean[],
  stateNow: string,
): AccessRefusal | undefined {
  const denied = required.filter((_, i) => answers[i] !== true);
  if (denied.length === 0) return undefined;
  const rules = roleRules(denied);
  const whys = [...new Set(denied.map((q) => q.why))];
  return {
    denied,
    rules,
    message:
      `The kubeconfig's identity may not do what apply-cr needs for weightsandbiases/${ref.name} (namespace ${ref.namespace}): ` +
      `the API server (kubectl auth can-i) says no to ${describeAccess(denied)} (${whys.join('; ')}). ` +
      `Nothing was changed: ${stateNow}`,
    fix: `Add these rules to a Role in namespace ${ref.namespace} bound to the kubeconfig's identity (a RoleBinding), or use an identity that has them:\n${rules}`,
  };
}
