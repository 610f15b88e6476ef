import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/core/cancel.ts
var CLEANUP_BUDGET_MS = 5e3;
var cleanups = [];
var children = /* @__PURE__ */ new Set();
var installed = false;
var cancelling = false;
function onCancel(cleanup) {
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.lastIndexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}
function trackChild(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  child.once("error", () => children.delete(child));
}
var SIGNALS = { SIGINT: 2, SIGTERM: 15 };
function handleCancellation(final) {
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(SIGNALS))
      process.on(signal, () => void cancel(signal));
  }
  if (!final) return () => void 0;
  cleanups.unshift(final);
  return () => {
    const at = cleanups.indexOf(final);
    if (at >= 0) cleanups.splice(at, 1);
  };
}
async function cancel(signal) {
  const code = 128 + SIGNALS[signal];
  if (cancelling) {
    killChildren();
    process.exit(code);
  }
  cancelling = true;
  killChildren();
  const run = (async () => {
    for (const cleanup of [...cleanups].reverse()) {
      try {
        await cleanup();
      } catch {
      }
    }
  })();
  await Promise.race([run, new Promise((resolve) => setTimeout(resolve, CLEANUP_BUDGET_MS).unref())]);
  killChildren();
  process.exit(code);
}
function killChildren() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) killTree(child);
  }
}
var OWN_GROUP = process.platform !== "win32";
function killTree(child) {
  if (OWN_GROUP && child.pid !== void 0) {
    try {
      process.kill(-child.pid, "SIGKILL");
      return;
    } catch {
    }
  }
  child.kill("SIGKILL");
}

export {
  onCancel,
  trackChild,
  handleCancellation,
  OWN_GROUP,
  killTree
};
