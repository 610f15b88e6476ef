import * as core from '@actions/core';
import { parseCliArgs, readActionInputs, closest, type InputSpec } from '../../src/core/inputs.js';
import { UserError } from '../../src/core/errors.js';

const specs: InputSpec[] = [
  { name: 'config', type: 'list', required: true, description: 'files', alias: 'c' },
  { name: 'dry-run', type: 'boolean', default: 'false', description: 'dry' },
  { name: 'timeout', type: 'number', default: '600', description: 'seconds' },
  { name: 'api-key', secret: true, env: 'WANDB_API_KEY', description: 'key' },
  { name: 'namespace', default: 'default', description: 'ns' },
];

describe('CLI flags', () => {
  it('reads repeated lists, booleans, numbers, defaults and secrets from the environment', () => {
    const { inputs } = parseCliArgs(
      specs,
      ['-c', 'a.yaml', '--config=b.yaml', '--dry-run', '--timeout', '30'],
      {
        WANDB_API_KEY: 'k-123',
      },
    );
    expect(inputs).toEqual({
      config: ['a.yaml', 'b.yaml'],
      'dry-run': true,
      timeout: 30,
      'api-key': 'k-123',
      namespace: 'default',
    });
  });

  it('refuses a secret on argv and says which variable to use', () => {
    expect(() => parseCliArgs(specs, ['--config', 'a', '--api-key', 'x'], {})).toThrow(/is a secret/);
    try {
      parseCliArgs(specs, ['--config', 'a', '--api-key', 'x'], {});
    } catch (error) {
      expect((error as UserError).fix).toBe('Set it in the environment variable WANDB_API_KEY instead.');
    }
  });

  it('suggests the closest flag for a typo', () => {
    try {
      parseCliArgs(specs, ['--confg', 'a'], {});
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).fix).toContain("'--config'");
    }
  });

  it('names a missing required flag', () => {
    expect(() => parseCliArgs(specs, [], {})).toThrow('Missing required flag --config.');
  });
});

describe('action inputs', () => {
  it('reads INPUT_ variables like @actions/core, one list item a line', () => {
    const raw = readActionInputs(specs, {
      INPUT_CONFIG: 'base.yaml\noverlay.yaml\n',
      'INPUT_DRY-RUN': 'true',
      'INPUT_API-KEY': 's',
    });
    expect(raw.config).toEqual(['base.yaml', 'overlay.yaml']);
    expect(raw['dry-run']).toBe(true);
    expect(raw['api-key']).toBe('s');
    expect(raw.timeout).toBe(600);
  });

  it('reads through @actions/core getInput the same as from an environment', () => {
    const env = { INPUT_CONFIG: ' base.yaml\noverlay.yaml ', 'INPUT_DRY-RUN': 'true', 'INPUT_API-KEY': 's' };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const viaCore = readActionInputs(specs, (name) => core.getInput(name));
      expect(viaCore).toEqual(readActionInputs(specs, env));
      expect(viaCore.config).toEqual(['base.yaml', 'overlay.yaml']);
    } finally {
      for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key];
    }
  });

  it('rejects a boolean that is not one', () => {
    expect(() => readActionInputs(specs, { INPUT_CONFIG: 'a', 'INPUT_DRY-RUN': 'maybe' })).toThrow(
      /true or false/,
    );
  });
});

test('closest', () => {
  expect(closest('passwrd', ['password', 'passwordSecret', 'host'])).toBe('password');
  expect(closest('zzzz', ['password'])).toBeUndefined();
});
