import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/kube/v2-migration.ts
var FINISHED_MIGRATION_PHASES = ["Succeeded", "Completed", "Complete", "Done", "Ready"];
var UNFINISHED_MIGRATION_PHASES = ["Pending", "Running", "Failed"];
function migrationDoneFor(m) {
  const pinned = m.pinned ?? "";
  if (pinned === "") return { done: false, because: "the CR pins no version (spec.wandb.version)" };
  if (m.version !== void 0 && m.version !== pinned)
    return { done: false, because: `the migration status is for ${m.version}, not ${pinned}` };
  if (m.version === void 0 && m.lastSuccessVersion !== pinned)
    return {
      done: false,
      because: `the migration status names no version${m.lastSuccessVersion ? ` and last succeeded for ${m.lastSuccessVersion}` : ""}`
    };
  if (m.ready !== true) return { done: false, because: "the migration is not ready" };
  if (m.phase !== void 0 && UNFINISHED_MIGRATION_PHASES.includes(m.phase))
    return { done: false, because: `the migration phase is ${m.phase}` };
  if (m.phase !== void 0 && !FINISHED_MIGRATION_PHASES.includes(m.phase))
    return { done: false, because: `the migration phase ${m.phase} is not one known to mean finished` };
  return { done: true };
}

export {
  migrationDoneFor
};
