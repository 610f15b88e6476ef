/** Jest global teardown: removes the run's temporary directory (see tmp-setup.cjs). */
const { rmSync } = require('node:fs');

module.exports = async function teardown() {
  const dir = process.env.WOA_TESTS_TMPDIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
};
