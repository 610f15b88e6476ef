import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/core/exec.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
var BASE_ENV = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TMP",
  "TEMP",
  "TZ",
  "TERM",
  "LANG",
  "LANGUAGE",
  "LC_*",
  "XDG_*",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  // Windows runners
  "SYSTEMROOT",
  "WINDIR",
  "APPDATA",
  "LOCALAPPDATA",
  "USERPROFILE",
  "PATHEXT",
  "COMSPEC"
];
var CLOUD_CREDENTIALS = [
  "AWS_*",
  "GOOGLE_*",
  "CLOUDSDK_*",
  "AZURE_*",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
];
var PROGRAM_ENV = {
  kubectl: ["KUBECONFIG", "KUBECTL_*", "KUBECACHEDIR", ...CLOUD_CREDENTIALS],
  helm: ["KUBECONFIG", "HELM_*", ...CLOUD_CREDENTIALS],
  git: ["GIT_*", "SSH_AUTH_SOCK"],
  wandb: ["WANDB_*", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"]
};
function allowed(name, patterns) {
  return patterns.some(
    (pattern) => pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern
  );
}
function childEnv(command, env) {
  const program = (command.split(/[\\/]/).pop() ?? command).replace(/\.(exe|cmd|bat)$/i, "");
  const own = PROGRAM_ENV[program];
  if (!own) return env;
  const patterns = [...BASE_ENV, ...own];
  const out = {};
  for (const [name, value] of Object.entries(env))
    if (value !== void 0 && allowed(name, patterns)) out[name] = value;
  return out;
}
var execute = (request) => new Promise((resolve, reject) => {
  const child = spawn(request.command, request.args, {
    cwd: request.cwd,
    env: childEnv(request.command, request.env ?? process.env),
    stdio: ["pipe", "pipe", "pipe"]
  });
  const stdout = [];
  const stderr = [];
  let timedOut = false;
  const timer = request.timeoutMs !== void 0 ? setTimeout(
    () => {
      timedOut = true;
      child.kill("SIGKILL");
    },
    Math.max(1, request.timeoutMs)
  ) : void 0;
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  child.on("error", (error) => {
    if (timer) clearTimeout(timer);
    reject(error);
  });
  child.on("close", (code, signal) => {
    if (timer) clearTimeout(timer);
    resolve({
      code: code ?? (signal ? 128 : 1),
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8"),
      timedOut
    });
  });
  child.stdin.on("error", () => void 0);
  child.stdin.end(request.stdin ?? "");
});
function findOnPath(name, env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
    }
  }
  return void 0;
}

export {
  childEnv,
  execute,
  findOnPath
};
