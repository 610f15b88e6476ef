/**
 * Why an install-operator step failed, read from what helm or kubectl said: the chart repository (unreachable,
 * TLS, 401/403, no index, no such chart or version), the Kubernetes API server (unreachable, TLS, credentials),
 * or the identity's permissions (RBAC). Each cause has its own fix; a chart repository that cannot be reached
 * is never blamed on the kubeconfig. Pure.
 */

export type FailureCause = 'chart-repository' | 'api-server' | 'permissions';

export interface ExplainedFailure {
  cause: FailureCause;
  /** One sentence: what is wrong, naming the cause. */
  what: string;
  fix: string;
}

/** Where the text came from: a step that only talks to the chart repository, or any other call. */
export type FailureStage = 'chart-repository' | 'cluster';

const UNREACHABLE =
  /connection refused|was refused|connection reset|no such host|i\/o timeout|network is unreachable|Client\.Timeout|context deadline exceeded|EOF|server misbehaving|Unable to connect/i;
const TLS = /x509|certificate|tls:|handshake/i;
const FORBIDDEN_RBAC = /forbidden:? .*cannot [a-z]+ resource|is forbidden|\(Forbidden\)/i;

/** The hosts (host:port) of the http(s) URLs named in `text`. */
function hostsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/([^/\s"']+)/gi)].map((m) => m[1].toLowerCase());
}

/** true when `text` is about the chart repository at `repoHost` (host or host:port). */
function aboutRepository(text: string, repoHost: string): boolean {
  const host = repoHost.toLowerCase();
  if (hostsIn(text).some((h) => h === host || h.replace(/:(80|443)$/, '') === host)) return true;
  return /index\.yaml|is not a valid chart repository|failed to fetch|\.tgz|looks like .* is not a valid chart/i.test(
    text,
  );
}

export function explainFailure(
  text: string,
  context: { stage: FailureStage; chartRepo: string; repoHost: string },
): ExplainedFailure | undefined {
  const repo = context.chartRepo;
  const chartNotFound =
    /chart "[^"]+"( version "[^"]+")? not found|no chart version found|no chart name found/i.exec(text);
  if (chartNotFound) {
    return {
      cause: 'chart-repository',
      what: `The chart repository ${repo} has no such chart or version (${chartNotFound[0]}).`,
      fix: "Check 'chart-version' against the versions the repository lists (helm search repo --versions), and that 'chart-repo' serves the W&B operator chart.",
    };
  }
  if (context.stage === 'chart-repository' || aboutRepository(text, context.repoHost)) {
    if (/\b401\b|Unauthorized/i.test(text)) {
      return {
        cause: 'chart-repository',
        what: `The chart repository ${repo} refused the credentials (401 Unauthorized).`,
        fix: "Check 'chart-repo-username' and 'chart-repo-password' (CLI: CHART_REPO_PASSWORD).",
      };
    }
    if (/\b403\b|Forbidden/i.test(text)) {
      return {
        cause: 'chart-repository',
        what: `The chart repository ${repo} forbids this user (403 Forbidden).`,
        fix: 'Give the chart repository user read access to the operator chart.',
      };
    }
    if (TLS.test(text)) {
      return {
        cause: 'chart-repository',
        what: `The chart repository ${repo} presents a TLS certificate that is not trusted.`,
        fix: "Set 'chart-repo-ca-file' to the PEM file of the CA that signed the repository's certificate.",
      };
    }
    if (/\b404\b|not found/i.test(text)) {
      return {
        cause: 'chart-repository',
        what: `The chart repository ${repo} serves no index.yaml (404 Not Found): it is not a Helm repository at that URL.`,
        fix: "Set 'chart-repo' to the repository's base URL (the one that serves index.yaml).",
      };
    }
    if (UNREACHABLE.test(text) || context.stage === 'chart-repository') {
      return {
        cause: 'chart-repository',
        what: `The chart repository ${repo} cannot be reached.`,
        fix: "Check 'chart-repo' (host and port) and that the runner can reach it (network, proxy: HTTPS_PROXY/NO_PROXY).",
      };
    }
  }
  // helm 4 applies a chart's CRDs server-side: another manager owning the same fields is a conflict.
  const crdConflict = /failed to install CRD (\S+): conflict.*?conflict with "([^"]+)"/s.exec(text);
  if (crdConflict) {
    return {
      cause: 'api-server',
      what: `helm could not apply the chart's CRD (${crdConflict[1]}): its fields are owned by another field manager ("${crdConflict[2]}"), which applied different content.`,
      fix: `Find what manages the CRD ("${crdConflict[2]}") and settle its ownership (e.g. kubectl apply --server-side --force-conflicts with the chart's CRD once it is the one to keep). Never delete the CRD to get past this: that deletes every resource of its kind.`,
    };
  }
  // Before the TLS check: the kind `Certificate` of cert-manager is not a TLS problem.
  const noKind = /no matches for kind "([^"]+)" in version "([^"]+)"/.exec(text);
  if (noKind) {
    const certManager = noKind[2].startsWith('cert-manager.io/');
    return {
      cause: 'api-server',
      what: `The cluster does not know the kind ${noKind[1]} (${noKind[2]}) the chart creates: the CRD that defines it is not installed.`,
      fix: certManager
        ? 'Install cert-manager (with its CRDs) before the operator, then run install-operator again.'
        : `Install the CRD for ${noKind[1]} first, then run install-operator again.`,
    };
  }
  if (FORBIDDEN_RBAC.test(text)) {
    return {
      cause: 'permissions',
      what: "The kubeconfig's identity is not allowed to do what the operator install needs (RBAC).",
      fix: 'Use credentials with cluster-admin rights for the operator install (it creates a CRD, ClusterRoles and bindings), or grant the verbs named above.',
    };
  }
  if (/You must be logged in|Unauthorized|\b401\b/i.test(text)) {
    return {
      cause: 'api-server',
      what: "The Kubernetes API server refused the kubeconfig's credentials (401 Unauthorized).",
      fix: "Check the kubeconfig's user (token or client certificate): it may have expired.",
    };
  }
  if (TLS.test(text)) {
    return {
      cause: 'api-server',
      what: "The Kubernetes API server's TLS certificate is not trusted by the kubeconfig (or the kubeconfig's client certificate is refused).",
      fix: "Check the kubeconfig's certificate-authority-data and server address (the certificate must name that host).",
    };
  }
  if (UNREACHABLE.test(text)) {
    return {
      cause: 'api-server',
      what: 'The Kubernetes API server cannot be reached.',
      fix: 'Check the kubeconfig, the context and that the cluster is up and reachable from the runner.',
    };
  }
  return undefined;
}

/** The last lines of a program's output, for quoting under an explained failure. */
export function tail(text: string, lines = 6): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
