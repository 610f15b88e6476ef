/*
 * The pull request `migrate --to v2` opens for review (pure): its title, body and commit message. The body
 * is what a reviewer needs to decide and then cut over: what was converted, what was not carried over (paths
 * only), the pinned version, the retention policy, the Secrets (names and keys only: their values are in the
 * 0600 file on the machine that ran migrate, never here) and the confirm step. It depends on nothing but the
 * conversion, so a rerun with the same CR renders the same text and changes nothing.
 */
import { fitBody, neutraliseReferences, readMarker, renderMarker } from '../pr/body.js';
import { hasTrailer } from '../pr/plan.js';
import type { V2Conversion } from './to-v2.js';

export const MIGRATE_COMMIT_TRAILER = 'Generated-by: wandb-operator-actions migrate';
const MARKER = 'migrate-v2';

export function isOwnMigrateCommit(message: string): boolean {
  return hasTrailer(message, MIGRATE_COMMIT_TRAILER);
}

/** Hidden in the body: which CR the pull request converts, so that a later run knows it is its own. */
export interface MigrateMarker {
  cr: string;
}

export function readMigrateMarker(body: string | null | undefined): MigrateMarker | undefined {
  const value = readMarker(body, MARKER) as Partial<MigrateMarker> | undefined;
  return value && typeof value.cr === 'string' ? { cr: value.cr } : undefined;
}

export interface V2PrInput {
  conversion: Pick<V2Conversion, 'mapped' | 'unmapped' | 'secrets' | 'version' | 'valuesSource' | 'notes'>;
  /** `weightsandbiases/<name> (namespace <ns>)`. */
  crLabel: string;
  name: string;
  namespace: string;
  /** Where the CR goes in the repository. */
  path: string;
  /** The Secrets' file name beside the CR (never committed). */
  secretsFile: string;
  maxLength?: number;
}

export function v2PrTitle(input: Pick<V2PrInput, 'crLabel' | 'conversion'>): string {
  return `Migrate ${input.crLabel} to W&B operator v2 (W&B Server ${input.conversion.version})`;
}

export function v2CommitMessage(input: Pick<V2PrInput, 'crLabel' | 'conversion' | 'path'>): string {
  const { conversion } = input;
  const secrets = conversion.secrets.length;
  return [
    `Add the operator v2 CR of ${input.crLabel}`,
    '',
    `${input.path}: the apps.wandb.com/v2 resource converted from the live v1 CR by migrate --to v2, W&B Server ${conversion.version} pinned, retentionPolicy onDelete detach.`,
    ...(secrets > 0
      ? [`It references ${secrets} Secret${secrets === 1 ? '' : 's'}, which are not in this commit.`]
      : []),
    '',
    MIGRATE_COMMIT_TRAILER,
    '',
  ].join('\n');
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export function v2PrBody(input: V2PrInput): string {
  const { conversion, crLabel } = input;
  const secrets = conversion.secrets;
  const head: string[] = [
    `This pull request adds ${code(input.path)}: the \`apps.wandb.com/v2\` resource that \`wandb-operator-actions migrate --to v2\` converted from the live v1 CR ${crLabel} (values from ${conversion.valuesSource === 'spec-active' ? 'its `<cr>-spec-active` Secret, which the v1 operator last applied' : 'its `spec.values`'}). Merging it changes nothing in the cluster: the cutover is the confirm step below.`,
    '',
    '> [!WARNING]',
    '> Operator v2 is in beta. Keep production on v1 until W&B declares v2 generally available for your version, and cut over a test cluster first.',
    '',
    '### What the v2 CR pins',
    '',
    `- W&B Server **${conversion.version}** in \`spec.wandb.version\` (the version running now: the cutover changes the operator, not W&B Server).`,
    '- `spec.retentionPolicy.onDelete: detach`: deleting the CR leaves the databases and the bucket in place.',
    `- The same object: ${crLabel}. The v2 CR replaces the v1 CR in place; its annotations \`legacy.operator.wandb.com/v1-chart\` and \`v1-values\` record the v1 chart and values with every secret referenced (moved into the Secrets) or masked, not the original values.`,
  ];
  if (conversion.unmapped.length > 0) {
    head.push(
      '',
      `### Not carried over (${conversion.unmapped.length})`,
      '',
      'These v1 values have no place in the v2 CR; decide for each before the cutover (the reasons are in the migrate log and job summary):',
      '',
      ...conversion.unmapped.map((u) => `- ${code(u.path)}`),
    );
  }
  head.push('', '### The Secrets (not in this pull request)', '');
  if (secrets.length === 0) {
    head.push('The v2 CR references no Secret that migrate creates.');
  } else {
    head.push(
      `The v2 CR references ${secrets.length} Secret${secrets.length === 1 ? '' : 's'} holding the values moved out of the v1 values. Their values are not in this pull request, its branch or its commit:`,
      '',
      '| Secret | Keys |',
      '| --- | --- |',
      ...secrets.map(
        (s) =>
          `| ${code(s.name)} | ${Object.keys(s.data)
            .map((k) => code(k))
            .join(', ')} |`,
      ),
      '',
      `The confirm step creates them from the live v1 CR, with server-side apply (no value lands in an annotation). To create them yourself first (to keep them in your secret store, or to check them): run migrate without pull-request where you can reach the cluster; its \`secrets-path\` output names the file with their manifests, ${code(input.secretsFile)} (mode 0600; under GitHub Actions in a private directory under RUNNER_TEMP, removed when the job ends). Apply it server-side, as below (a plain \`kubectl apply\` would copy the values, in plaintext, into the annotation kubectl.kubernetes.io/last-applied-configuration), then delete it:`,
      '',
      '```sh',
      `kubectl apply --server-side --field-manager=wandb-operator-actions -n ${input.namespace} -f <secrets-path>`,
      '```',
      '',
      'Never commit that file, and do not add it to this branch.',
    );
  }
  head.push(
    '',
    '### Cutover',
    '',
    '- [ ] Install operator v2 (with cert-manager) and make sure it serves `apps.wandb.com/v2`.',
    '- [ ] Review the converted values below and the paths not carried over above; merge this pull request.',
    `- [ ] Run migrate again with \`confirm: true\` on the merged file (\`to: v2\`, \`name: ${input.name}\`, \`cr-namespace: ${input.namespace}\`, \`output: ${input.path}\`, and \`api-key\`). It applies the file as it is, after a server-side dry run: the Secrets, then the v2 CR. It waits until the operator has observed it, reports Ready and has run the migration for ${conversion.version}, then runs verify. It reports success only when verify passes.`,
  );

  const rows = conversion.mapped.map(
    (m) =>
      `| ${code(m.from)} | ${code(m.to)} | ${m.secret ? `Secret ${code(m.secret.name)}, key ${code(m.secret.key)}` : ''} |`,
  );
  const sections = [
    {
      title: `Converted values (${conversion.mapped.length})`,
      text: ['| v1 value | v2 field | moved into |', '| --- | --- | --- |', ...rows].join('\n'),
    },
    ...(conversion.notes.length > 0
      ? [{ title: 'Conversion notes', text: conversion.notes.map((n) => `- ${n}`).join('\n') }]
      : []),
  ];
  const footer = [
    '---',
    `<sub>Opened by wandb-operator-actions \`migrate --to v2\`. A rerun with the same CR changes nothing; a changed conversion updates this pull request in place (title, description, the one commit on its branch). Commits pushed to the branch by anyone else stop those updates.</sub>`,
    '',
    renderMarker(MARKER, { cr: `${input.namespace}/${input.name}` } satisfies MigrateMarker),
    '',
  ].join('\n');
  // The paths and names come from the user's values: nothing in them may mention someone or link an issue.
  return fitBody(
    neutraliseReferences(head.join('\n')),
    sections.map((s) => ({ title: s.title, text: neutraliseReferences(s.text) })),
    footer,
    input.maxLength,
  );
}
