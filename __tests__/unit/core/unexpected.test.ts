import { runCli } from '../../../src/core/runner.js';
import type { CommandSpec } from '../../../src/core/command.js';

/** A failure nobody foresaw still says what to do, never its message alone. */
test('an unexpected failure is an error with a fix, exit 1', async () => {
  const boom: CommandSpec = {
    name: 'boom',
    summary: 'fails',
    description: 'fails in a way no one foresaw',
    inputs: [],
    outputs: [],
    action: false,
    load: async () => ({
      run: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'spec')");
      },
    }),
  } as unknown as CommandSpec;
  let stderr = '';
  const code = await runCli(
    ['boom'],
    { env: {}, cwd: process.cwd(), streams: { stdout: () => undefined, stderr: (t) => void (stderr += t) } },
    [boom],
  );
  expect(code).toBe(1);
  expect(stderr).toContain(
    "Unexpected failure in boom: Cannot read properties of undefined (reading 'spec')",
  );
  expect(stderr).toMatch(
    /\n {2}fix: This is a failure wandb-operator-actions does not explain yet\. Run again with RUNNER_DEBUG=1/,
  );
});
