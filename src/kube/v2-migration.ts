/**
 * When is the v2 operator's database migration done for the version a CR pins? One pure predicate, shared by
 * apply-cr's rollout wait (src/apply/v2-rollout.ts) and verify's migration check (src/verify/cluster-v2.ts),
 * so that apply-cr never reports "rolled out" for a status verify then fails.
 *
 * `status.wandb.migration {version, lastSuccessVersion, ready, phase}` (operator-v2 facts): `ready` and `phase`
 * describe the migration to `version`. Done means all of:
 * - `version` is the pinned `spec.wandb.version`: a `ready: true` about another version (the previous one, whose
 *   status is still there right after a spec change) says nothing about the pin;
 * - `ready` is true;
 * - `phase` is absent or one that means finished. `Pending`, `Running` and `Failed` do not; a phase not known
 *   here is not taken as finished either (a wait that ends late is better than a success that is not one).
 * Only when the status has no `version` at all is `lastSuccessVersion == pin` taken instead: then nothing in
 * the status is about another version, and the last success is the only account there is of the pin.
 */

/** Phases that say the migration finished. The v2 operator writes `Succeeded`; the others are its synonyms. */
export const FINISHED_MIGRATION_PHASES = ['Succeeded', 'Completed', 'Complete', 'Done', 'Ready'];
/** Phases that say it has not (yet) finished. */
export const UNFINISHED_MIGRATION_PHASES = ['Pending', 'Running', 'Failed'];

export interface MigrationStatusFacts {
  /** `spec.wandb.version`; '' or undefined when the CR pins none. */
  pinned?: string;
  version?: string;
  lastSuccessVersion?: string;
  ready?: boolean;
  phase?: string;
}

export type MigrationDone = { done: true } | { done: false; because: string };

export function migrationDoneFor(m: MigrationStatusFacts): MigrationDone {
  const pinned = m.pinned ?? '';
  if (pinned === '') return { done: false, because: 'the CR pins no version (spec.wandb.version)' };
  if (m.version !== undefined && m.version !== pinned)
    return { done: false, because: `the migration status is for ${m.version}, not ${pinned}` };
  if (m.version === undefined && m.lastSuccessVersion !== pinned)
    return {
      done: false,
      because: `the migration status names no version${m.lastSuccessVersion ? ` and last succeeded for ${m.lastSuccessVersion}` : ''}`,
    };
  if (m.ready !== true) return { done: false, because: 'the migration is not ready' };
  if (m.phase !== undefined && UNFINISHED_MIGRATION_PHASES.includes(m.phase))
    return { done: false, because: `the migration phase is ${m.phase}` };
  if (m.phase !== undefined && !FINISHED_MIGRATION_PHASES.includes(m.phase))
    return { done: false, because: `the migration phase ${m.phase} is not one known to mean finished` };
  return { done: true };
}
