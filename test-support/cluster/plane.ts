import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { execute } from '../../src/core/exec.js';
import { KubeRest } from './rest.js';

/**
 * The loopback control planes for tests: `ensurePlane()` runs scripts/cluster/up.sh (idempotent and locked, so
 * the plane is brought up once per machine and reused by every test file of the run), and returns the
 * kubeconfig, the admin client's PKI, a REST client and the kubectl/helm binaries (Helm 3 and Helm 4).
 *
 * There are two planes, each its own etcd and kube-apiserver:
 * - `v1` (the default) holds the `weightsandbiases.apps.wandb.com` CRD of W&B's operator chart 1.4.8, as a
 *   cluster with the v1 operator does.
 * - `v2` holds W&B's v2 CRD (test-support/cluster/operator-v2.ts `installV2Crd`), as a cluster with the v2
 *   operator does. The v2 CRD has the same name as the v1 CRD and replaces it (v2 becomes the stored version),
 *   so the two cannot share one API server; on a real cluster the same happens when the v2 operator is
 *   installed. Its state directory is the v1 plane's with `-v2` appended (scripts/cluster/down.sh stops both).
 */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Tools {
  /** kubectl 1.31.9 (the v31 npm layer) */
  kubectl: string;
  /** helm 3.17.3 */
  helm: string;
  /** kubectl 1.35 (the v35 npm layer) */
  kubectl4: string;
  /** helm 4.1 */
  helm4: string;
}

export interface Plane {
  stateDir: string;
  kubeconfig: string;
  /** The kubeconfig's content: pass as KUBECONFIG_CONTENT (a secret) to commands. */
  kubeconfigContent: string;
  apiServer: string;
  pki: { ca: string; cert: string; key: string };
  tools: Tools;
  rest: KubeRest;
  /** Runs the v31 kubectl against the plane; throws on failure. */
  kubectl: (args: string[], stdin?: string) => Promise<string>;
}

function parseLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

let tools: Promise<Tools> | undefined;

/** kubectl and helm from the npm layers (scripts/cluster/tools.sh, cached). */
export function ensureTools(): Promise<Tools> {
  tools ??= (async () => {
    const result = await execute({
      role: 'inherit',
      command: 'bash',
      args: [join(REPO_ROOT, 'scripts/cluster/tools.sh')],
      timeoutMs: 10 * 60_000,
    });
    if (result.code !== 0) throw new Error(`scripts/cluster/tools.sh failed:\n${result.stderr}`);
    const found = parseLines(result.stdout);
    return { kubectl: found.kubectl, helm: found.helm, kubectl4: found.kubectl4, helm4: found.helm4 };
  })();
  return tools;
}

export type PlaneKind = 'v1' | 'v2';

const planes = new Map<PlaneKind, Promise<Plane>>();

/** The v1 plane's state directory, as scripts/cluster/lib.sh computes it. */
function v1StateDir(): string {
  return (
    process.env.WANDB_CLUSTER_DIR ??
    join(process.env.XDG_RUNTIME_DIR ?? '/tmp', 'wandb-operator-actions-cluster')
  );
}

export function ensurePlane(kind: PlaneKind = 'v1'): Promise<Plane> {
  let plane = planes.get(kind);
  if (plane) return plane;
  plane = (async () => {
    const found = await ensureTools();
    // The first run on a machine may build kube-apiserver (about 7 minutes on 2 cores).
    const result = await execute({
      role: 'inherit',
      command: 'bash',
      args: [join(REPO_ROOT, 'scripts/cluster/up.sh')],
      env: kind === 'v2' ? { ...process.env, WANDB_CLUSTER_DIR: `${v1StateDir()}-v2` } : process.env,
      timeoutMs: 30 * 60_000,
    });
    if (result.code !== 0) throw new Error(`scripts/cluster/up.sh failed:\n${result.stderr}`);
    const kubeconfig = result.stdout.trim().split('\n').pop() as string;
    const stateDir = dirname(kubeconfig);
    const env = parseLines(await readFile(join(stateDir, 'plane.env'), 'utf8'));
    const pki = {
      ca: join(stateDir, 'pki/ca.crt'),
      cert: join(stateDir, 'pki/admin.crt'),
      key: join(stateDir, 'pki/admin.key'),
    };
    const kubectl = async (args: string[], stdin?: string) => {
      const run = await execute({
        role: 'inherit',
        command: found.kubectl,
        args: ['--kubeconfig', kubeconfig, ...args],
        stdin,
        timeoutMs: 60_000,
      });
      if (run.code !== 0) throw new Error(`kubectl ${args.join(' ')}: ${run.stderr}`);
      return run.stdout;
    };
    return {
      stateDir,
      kubeconfig,
      kubeconfigContent: await readFile(kubeconfig, 'utf8'),
      apiServer: env.API_SERVER,
      pki,
      tools: found,
      rest: new KubeRest(env.API_SERVER, pki),
      kubectl,
    };
  })();
  planes.set(kind, plane);
  return plane;
}

/** A fresh namespace named `<prefix>-<random>`. */
export async function createNamespace(p: Plane, prefix = 'test'): Promise<string> {
  const name = `${prefix
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 40)}-${randomBytes(3).toString('hex')}`;
  await p.kubectl(['create', 'namespace', name]);
  return name;
}

/** Deletes namespaces without waiting (the controller-manager finishes it in the background). */
export async function deleteNamespaces(p: Plane, names: string[]): Promise<void> {
  const existing = names.filter((n) => n);
  if (existing.length === 0) return;
  await p.kubectl(['delete', 'namespace', ...existing, '--wait=false', '--ignore-not-found']);
}

/**
 * Jest helper: brings up (or reuses) the plane before the file's tests, gives the file fresh namespaces
 * (`await ns('name')`) and deletes them after. `ensurePlane` may build the plane the first time: the hook
 * timeout allows for it.
 */
export function usePlane(options: { plane?: PlaneKind } = {}): {
  plane: () => Plane;
  namespace: (prefix?: string) => Promise<string>;
} {
  let current: Plane | undefined;
  const created: string[] = [];
  beforeAll(async () => {
    current = await ensurePlane(options.plane ?? 'v1');
    await sweepClusterScoped(current);
  }, 30 * 60_000);
  afterAll(async () => {
    if (current) {
      await sweepClusterScoped(current, created);
      await deleteNamespaces(current, created);
    }
  }, 60_000);
  return {
    plane: () => {
      if (!current) throw new Error('the plane is not up yet (use plane() inside tests or hooks)');
      return current;
    },
    namespace: async (prefix?: string) => {
      const name = await createNamespace(current as Plane, prefix);
      created.push(name);
      return name;
    },
  };
}

/**
 * W&B's real charts create cluster-scoped objects named after the release (`<cr>-console` and
 * `<cr>-otel-daemonset` ClusterRoles and bindings of operator-wandb, `<nameOverride>-manager-role` of the
 * operator chart). Deleting a namespace leaves them behind, and Helm then refuses the same names for a release
 * in another namespace (as it would on a real cluster). This removes those that Helm made for releases in
 * `namespaces`, or, without `namespaces`, for releases whose namespace is gone or being deleted (what a
 * crashed run left).
 */
export async function sweepClusterScoped(p: Plane, namespaces?: string[]): Promise<void> {
  type Obj = { metadata: { name: string; annotations?: Record<string, string> } };
  const kinds = ['clusterroles', 'clusterrolebindings'];
  const path = (kind: string) => `/apis/rbac.authorization.k8s.io/v1/${kind}`;
  // The objects first, then the namespaces: an object listed here belongs to a release whose namespace
  // already existed, so a namespace another test file creates meanwhile (with its releases) is never taken
  // for a gone one and its objects are never deleted under it.
  const listed: Array<{ kind: string; items: Obj[] }> = [];
  for (const kind of kinds) {
    const list = await p.rest.get<{ items?: Obj[] }>(path(kind));
    listed.push({ kind, items: list.body?.items ?? [] });
  }
  let gone: (ns: string) => boolean;
  if (namespaces) {
    gone = (ns) => namespaces.includes(ns);
  } else {
    const list = await p.rest.get<{
      items?: Array<{ metadata: { name: string }; status?: { phase?: string } }>;
    }>('/api/v1/namespaces');
    const live = new Set(
      (list.body?.items ?? []).filter((n) => n.status?.phase !== 'Terminating').map((n) => n.metadata.name),
    );
    gone = (ns) => !live.has(ns);
  }
  for (const { kind, items } of listed) {
    for (const item of items) {
      const ns = item.metadata.annotations?.['meta.helm.sh/release-namespace'];
      if (ns && gone(ns)) await p.rest.request('DELETE', `${path(kind)}/${item.metadata.name}`);
    }
  }
}

/**
 * The `weightsandbiases.apps.wandb.com` CRD from the crds/ of W&B's real operator chart 1.4.8 (`helm show
 * crds`), created once (`kubectl create`, tolerating a concurrent creator) and waited for until Established.
 */
export async function ensureWandbCrd(p: Plane): Promise<void> {
  const { referenceChart } = await import('./real-charts.js');
  const crds = await execute({
    role: 'inherit',
    command: p.tools.helm,
    args: ['show', 'crds', referenceChart('operator', '1.4.8')],
    timeoutMs: 60_000,
  });
  if (crds.code !== 0) throw new Error(`helm show crds of the operator chart: ${crds.stderr}`);
  const run = await execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: ['--kubeconfig', p.kubeconfig, 'create', '-f', '-'],
    stdin: crds.stdout,
    timeoutMs: 60_000,
  });
  if (run.code !== 0 && !/AlreadyExists|already exists/.test(run.stderr)) {
    throw new Error(`creating the WeightsAndBiases CRD: ${run.stderr}`);
  }
  // Polled rather than `kubectl wait`, which fails at once on a CRD whose conditions are not written yet.
  const end = Date.now() + 60_000;
  for (;;) {
    // The whole list: a filter on it fails while it is still null.
    const conditions = await p.kubectl([
      'get',
      'crd/weightsandbiases.apps.wandb.com',
      '-o',
      'jsonpath={.status.conditions}',
    ]);
    const list =
      (conditions.trim()
        ? (JSON.parse(conditions) as Array<{ type: string; status: string }> | null)
        : null) ?? [];
    if (list.some((c) => c.type === 'Established' && c.status === 'True')) return;
    if (Date.now() > end) throw new Error('the WeightsAndBiases CRD is not Established after 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
