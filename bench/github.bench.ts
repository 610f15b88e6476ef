import { githubRequestRows } from '../test-support/github-stand-in/bench.js';

/** GitHub requests for a 30-version release-notes range, cold and warm cache (against the stand-in). */
export const run = () => githubRequestRows();
