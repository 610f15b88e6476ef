import {
  ARTIFACT_LABEL,
  SWEEP_LABEL,
  cliCheckOutcome,
  cliComparisonLines,
  parseWandbVerifyOutput,
  parseWandbVersion,
} from '../../../src/verify/wandb-cli-output.js';

const red = (t: string) => `\u001b[31m\u001b[1m${t}\u001b[0m`;
const yellow = (t: string) => `\u001b[33m\u001b[1m${t}\u001b[0m`;
const line = (label: string, ok: boolean) => `${label.padEnd(72, '.')}${ok ? '\u2705' : '\u274c'}`;

/** Shaped like `wandb verify` output (verify.py print_results). */
const OUTPUT = [
  'Default host selected:  https://wandb.example.com',
  'Find detailed logs for this test at: /tmp/x/debug.log',
  line('Checking if logged in', true),
  line('Checking requests to base url', false),
  yellow('Connections are not made over https. SSL required for secure communications.'),
  line(ARTIFACT_LABEL, false),
  red('Unable to log artifact. boom'),
  red('Artifact does not contain expected checksum. Contact W&B for support.'),
  line(SWEEP_LABEL, true),
  '',
].join('\n');

describe('wandb verify output', () => {
  test('parses labels, marks, colours and the failure strings', () => {
    const parsed = parseWandbVerifyOutput(OUTPUT);
    expect(parsed).toEqual([
      { label: 'Checking if logged in', ok: true, warning: false, messages: [] },
      {
        label: 'Checking requests to base url',
        ok: false,
        warning: true,
        messages: ['Connections are not made over https. SSL required for secure communications.'],
      },
      {
        label: ARTIFACT_LABEL,
        ok: false,
        warning: false,
        messages: [
          'Unable to log artifact. boom',
          'Artifact does not contain expected checksum. Contact W&B for support.',
        ],
      },
      { label: SWEEP_LABEL, ok: true, warning: false, messages: [] },
    ]);
  });

  test('the public-cloud refusal has no dotted label', () => {
    expect(
      parseWandbVerifyOutput(`\u274c\n${red('Cannot run wandb verify against api.wandb.ai')}\n`),
    ).toEqual([
      {
        label: 'Checking host',
        ok: false,
        warning: false,
        messages: ['Cannot run wandb verify against api.wandb.ai'],
      },
    ]);
  });

  test('versions', () => {
    expect(parseWandbVersion('wandb, version 0.19.1\n')).toBe('0.19.1');
    expect(parseWandbVersion('garbage')).toBeUndefined();
  });

  test('outcomes: pass, fail with the CLI strings, missing lines', () => {
    const lines = parseWandbVerifyOutput(OUTPUT);
    const run = { code: 1, output: OUTPUT, version: '0.19.1' };
    expect(cliCheckOutcome(SWEEP_LABEL, lines, run)).toMatchObject({ status: 'pass' });
    expect(cliCheckOutcome(ARTIFACT_LABEL, lines, run)).toMatchObject({
      status: 'fail',
      message:
        'wandb 0.19.1 verify: Unable to log artifact. boom Artifact does not contain expected checksum. Contact W&B for support.',
    });
    const early = parseWandbVerifyOutput(line('Checking if logged in', false));
    expect(
      cliCheckOutcome(SWEEP_LABEL, early, { code: 1, output: 'Traceback\nCommError: 401' }).message,
    ).toBe(
      "wandb verify stopped (exit 1) before 'Checking sweep creation and agent execution'. Its last lines: Traceback / CommError: 401",
    );
    expect(cliCheckOutcome(SWEEP_LABEL, [], { code: 0, output: '' }).status).toBe('skipped');
  });

  test('the lines for checks run natively are kept for the JSON report, without artifacts and sweeps', () => {
    expect(cliComparisonLines(parseWandbVerifyOutput(OUTPUT))).toEqual([
      { label: 'Checking if logged in', status: 'pass', messages: [] },
      {
        label: 'Checking requests to base url',
        status: 'warn',
        messages: ['Connections are not made over https. SSL required for secure communications.'],
      },
    ]);
    expect(
      cliComparisonLines(
        parseWandbVerifyOutput(`${line('Checking signed URL upload', false)}\n${red('boom')}`),
      ),
    ).toEqual([{ label: 'Checking signed URL upload', status: 'fail', messages: ['boom'] }]);
  });
});
