/**
 * apply-cr's command entry. The flow lives in src/apply/apply-cr.ts because rollout and migrate run it too,
 * and commands do not import each other.
 */
export { runApplyCr } from '../../apply/apply-cr.js';
