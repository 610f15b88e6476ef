import { ClusterGateway, FIELD_MANAGER, parseApplyConflicts } from '../../../src/apply/cluster.js';
import { UserError } from '../../../src/core/errors.js';

/**
 * The messages below are what kubectl 1.31 printed (stderr, verbatim) against the loopback kube-apiserver
 * (v1.20.2) when `kubectl apply --server-side --field-manager=wandb-operator-actions` met fields another
 * manager had taken with `kubectl apply --server-side --field-manager=someone-else --force-conflicts` or
 * with `kubectl patch`. The CRD keeps `spec.values` and `spec.chart` open (preserve-unknown-fields), so the
 * server tracks ownership one level below them: `.spec.values.app`, `.spec.chart.version`.
 */
const ADVICE = `Please review the fields above--they currently have other managers. Here
are the ways you can resolve this warning:
* If you intend to manage all of these fields, please re-run the apply
  command with the \`--force-conflicts\` flag.
* If you do not intend to manage all of the fields, please edit your
  manifest to remove references to the fields that should keep their
  current managers.
* You may co-own fields by updating your manifest to match the existing
  value; in this case, you'll become the manager if the other manager(s)
  stop managing the field (remove it from their configuration).
See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
`;

const ONE_APPLIER = `error: Apply failed with 1 conflict: conflict with "someone-else": .spec.values.app\n${ADVICE}`;
const ONE_UPDATER = `error: Apply failed with 1 conflict: conflict with "kubectl-patch" using apps.wandb.com/v1: .spec.values.global\n${ADVICE}`;
const TWO_ONE_MANAGER = `error: Apply failed with 2 conflicts: conflicts with "someone-else":
- .spec.chart.version
- .spec.values.app
${ADVICE}`;
const THREE_TWO_MANAGERS = `error: Apply failed with 3 conflicts: conflicts with "kubectl-patch" using apps.wandb.com/v1:
- .spec.values.global
conflicts with "someone-else":
- .spec.chart.version
- .spec.values.app
${ADVICE}`;
/** Two managers applied the same value to one field: each is a conflict on the same path. */
const CO_OWNED = `error: Apply failed with 3 conflicts: conflicts with "another-one":
- .spec.values.app
conflicts with "kubectl-patch" using apps.wandb.com/v1:
- .spec.values.global
conflicts with "someone-else":
- .spec.values.app
${ADVICE}`;

describe('parseApplyConflicts on the messages the API server sent', () => {
  it('reads the single-conflict form', () => {
    expect(parseApplyConflicts(ONE_APPLIER)).toEqual({
      count: 1,
      conflicts: [{ field: '.spec.values.app', manager: 'someone-else' }],
    });
  });

  it('reads a single conflict with a manager that wrote by update (kubectl patch/edit)', () => {
    expect(parseApplyConflicts(ONE_UPDATER)).toEqual({
      count: 1,
      conflicts: [
        { field: '.spec.values.global', manager: 'kubectl-patch', detail: 'using apps.wandb.com/v1' },
      ],
    });
  });

  it('reads several conflicts of one manager, one `- path` line each', () => {
    expect(parseApplyConflicts(TWO_ONE_MANAGER)).toEqual({
      count: 2,
      conflicts: [
        { field: '.spec.chart.version', manager: 'someone-else' },
        { field: '.spec.values.app', manager: 'someone-else' },
      ],
    });
  });

  it('reads several managers, each with its fields', () => {
    expect(parseApplyConflicts(THREE_TWO_MANAGERS)).toEqual({
      count: 3,
      conflicts: [
        { field: '.spec.values.global', manager: 'kubectl-patch', detail: 'using apps.wandb.com/v1' },
        { field: '.spec.chart.version', manager: 'someone-else' },
        { field: '.spec.values.app', manager: 'someone-else' },
      ],
    });
  });

  it('reads one field owned by two managers as two conflicts', () => {
    expect(parseApplyConflicts(CO_OWNED)?.conflicts).toEqual([
      { field: '.spec.values.app', manager: 'another-one' },
      { field: '.spec.values.global', manager: 'kubectl-patch', detail: 'using apps.wandb.com/v1' },
      { field: '.spec.values.app', manager: 'someone-else' },
    ]);
  });

  it('is undefined for anything that is not a conflict', () => {
    expect(parseApplyConflicts('')).toBeUndefined();
    expect(
      parseApplyConflicts('Error from server (NotFound): namespaces "nope" not found\n'),
    ).toBeUndefined();
  });

  // Not observed here (the v1.20 server prints no time and no subresource): the form newer API servers write
  // for update managers, from apimachinery's printManager (`%q with subresource %q using %v at %v`, RFC 3339).
  it('reads the newer servers’ update managers, whose time has colons of its own', () => {
    const single =
      'error: Apply failed with 1 conflict: conflict with "kubectl-edit" using apps.wandb.com/v1 at 2025-03-04T05:06:07Z: .spec.values.app\n';
    expect(parseApplyConflicts(single)?.conflicts).toEqual([
      {
        field: '.spec.values.app',
        manager: 'kubectl-edit',
        detail: 'using apps.wandb.com/v1 at 2025-03-04T05:06:07Z',
      },
    ]);
    const several = [
      'error: Apply failed with 2 conflicts: conflicts with "kubectl-edit" using apps.wandb.com/v1 at 2025-03-04T05:06:07Z:',
      '- .spec.values.app',
      'conflicts with "operator" with subresource "status" using apps.wandb.com/v1 at 2025-03-04T05:06:08Z:',
      '- .status.phase',
      '',
    ].join('\n');
    expect(parseApplyConflicts(several)?.conflicts).toEqual([
      {
        field: '.spec.values.app',
        manager: 'kubectl-edit',
        detail: 'using apps.wandb.com/v1 at 2025-03-04T05:06:07Z',
      },
      {
        field: '.status.phase',
        manager: 'operator',
        detail: 'with subresource "status" using apps.wandb.com/v1 at 2025-03-04T05:06:08Z',
      },
    ]);
  });
});

describe('ClusterGateway.apply on a conflict', () => {
  const ref = { name: 'wandb', namespace: 'ns' };
  const failing = (stderr: string) => {
    const calls: string[][] = [];
    const kubectl = async (args: string[]) => {
      calls.push(args);
      return { code: 1, stdout: '', stderr, timedOut: false };
    };
    return { gateway: new ClusterGateway(kubectl, ref), calls };
  };
  const applyError = async (stderr: string): Promise<UserError> => {
    const { gateway } = failing(stderr);
    const error = await gateway.apply({ spec: {} }, { forceConflicts: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  };

  it('names the one field and its manager', async () => {
    const error = await applyError(ONE_APPLIER);
    expect(error.message).toBe(
      'Another field manager owns a field this configuration sets: .spec.values.app (owned by someone-else).',
    );
    expect(error.fix).toContain("'force-conflicts: true'");
  });

  it('names each field of one manager', async () => {
    expect((await applyError(TWO_ONE_MANAGER)).message).toBe(
      'Another field manager owns 2 fields this configuration sets: ' +
        '.spec.chart.version (owned by someone-else); .spec.values.app (owned by someone-else).',
    );
  });

  it('names every field and every manager of several conflicts', async () => {
    expect((await applyError(THREE_TWO_MANAGERS)).message).toBe(
      'Other field managers own 3 fields this configuration sets: ' +
        '.spec.values.global (owned by kubectl-patch using apps.wandb.com/v1); ' +
        '.spec.chart.version (owned by someone-else); .spec.values.app (owned by someone-else).',
    );
  });

  it('gives a field owned by two managers once, with both', async () => {
    expect((await applyError(CO_OWNED)).message).toBe(
      'Other field managers own 2 fields this configuration sets: ' +
        '.spec.values.app (owned by another-one and someone-else); ' +
        '.spec.values.global (owned by kubectl-patch using apps.wandb.com/v1).',
    );
  });

  it('quotes the server when its message is in a form it cannot read, rather than naming nothing', async () => {
    const error = await applyError(
      'error: Apply failed with 2 conflicts: conflicts with a manager nobody quoted:\n- .spec.values.app\n' +
        ADVICE,
    );
    expect(error.message).toBe(
      'Another field manager owns fields this configuration sets (the API server said: ' +
        'error: Apply failed with 2 conflicts: conflicts with a manager nobody quoted: - .spec.values.app).',
    );
  });

  it('applies with its own field manager, and forces only when told to', async () => {
    const { gateway, calls } = failing(ONE_APPLIER);
    await expect(gateway.apply({}, { forceConflicts: false })).rejects.toThrow(UserError);
    await expect(gateway.apply({}, { forceConflicts: true })).rejects.toThrow(UserError);
    expect(calls[0]).toContain(`--field-manager=${FIELD_MANAGER}`);
    expect(calls[0]).not.toContain('--force-conflicts');
    expect(calls[1]).toContain('--force-conflicts');
  });
});
