/**
 * install-operator's command entry. The flow lives in src/install/install-operator.ts because migrate runs it
 * too, and commands do not import each other.
 */
export { runInstallOperator } from '../../install/install-operator.js';
