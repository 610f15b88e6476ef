/**
 * Jest global setup: every test of the run writes its temporary files under one directory of its own
 * (TMPDIR, which os.tmpdir() and mkdtemp read, for the test processes and the programs they start), and the
 * global teardown removes it. Tests then leave nothing in /tmp, however they end, without each file having to
 * clean up after itself.
 */
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'woa-tests-'));
  process.env.WOA_TESTS_TMPDIR = dir;
  process.env.TMPDIR = dir;
};
