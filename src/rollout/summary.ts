/**
 * What a rollout did, stage by stage and instance by instance: the outcome the outputs report and the job
 * summary. Pure.
 */

export type InstanceResult =
  /** the change rolled out (and verify passed, when configured) */
  | 'applied'
  /** the live CR already matched: nothing was written */
  | 'no-changes'
  /** the change failed and apply-cr re-applied the previous CR, which rolled out again */
  | 'rolled-back'
  /** the change failed and was left applied (rollback off or impossible) */
  | 'failed'
  /** the change failed and so did the rollback: the instance needs attention */
  | 'rollback-failed'
  /** the change rolled out, verify failed, and the previous CR was restored */
  | 'verify-failed'
  /** applied in a stage that failed later (another instance, verify, the bake), then restored */
  | 'restored'
  /** nothing was done: an earlier stage failed, or an earlier instance of this stage */
  | 'not-reached'
  /** not part of this run (only-stage / only-instance) */
  | 'not-selected'
  | 'dry-run';

export interface InstanceReport {
  instance: string;
  namespace: string;
  result: InstanceResult;
  previousVersion?: string;
  version?: string;
  /** One line: why, or what happened. */
  detail?: string;
  seconds?: number;
  /** apply-cr's own summary for this instance (markdown), shown folded. */
  applySummary?: string;
  /** verify's summary for this instance (markdown), shown folded. */
  verifySummary?: string;
}

export type StageResult = 'succeeded' | 'failed' | 'not-reached' | 'not-selected' | 'dry-run';

export interface StageReport {
  name: string;
  index: number;
  result: StageResult;
  /** Seconds baked after the stage (undefined: no bake). */
  bakedSeconds?: number;
  detail?: string;
  instances: InstanceReport[];
}

export interface RolloutOutcome {
  result: 'succeeded' | 'failed' | 'dry-run';
  /** Stages of this run that completed (succeeded), counting only the stages it covered. */
  stagesCompleted: number;
  failedStage: string;
}

const FAILED: InstanceResult[] = ['rolled-back', 'failed', 'rollback-failed', 'verify-failed'];

export function instanceFailed(result: InstanceResult): boolean {
  return FAILED.includes(result);
}

export function rolloutOutcome(stages: StageReport[], dryRun: boolean): RolloutOutcome {
  const failed = stages.find((s) => s.result === 'failed');
  return {
    result: failed ? 'failed' : dryRun ? 'dry-run' : 'succeeded',
    stagesCompleted: stages.filter((s) => s.result === 'succeeded').length,
    failedStage: failed?.name ?? '',
  };
}

const ICON: Record<InstanceResult, string> = {
  applied: '✅ applied',
  'no-changes': '✅ no changes',
  'rolled-back': '❌ rolled back',
  failed: '❌ failed',
  'rollback-failed': '🔥 rollback failed',
  'verify-failed': '❌ verify failed, restored',
  restored: '↩️ restored',
  'not-reached': '⏸️ not reached',
  'not-selected': '— not in this run',
  'dry-run': '🔎 dry run',
};

const STAGE_ICON: Record<StageResult, string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  'not-reached': '⏸️ not reached',
  'not-selected': '— not in this run',
  'dry-run': '🔎 dry run',
};

/** Table cells cannot hold newlines or bare pipes. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function versions(i: InstanceReport): string {
  if (i.previousVersion === undefined && i.version === undefined) return '';
  if (i.result === 'no-changes') return i.version || '';
  return `${i.previousVersion || '(none)'} → ${i.version || '(unpinned)'}`;
}

export function renderSummary(input: {
  fleet: string;
  stages: StageReport[];
  outcome: RolloutOutcome;
  bakeSeconds: number;
  partial: string | undefined;
}): string {
  const { outcome } = input;
  const head =
    outcome.result === 'failed'
      ? `### rollout: failed in stage ${outcome.failedStage}`
      : outcome.result === 'dry-run'
        ? '### rollout (dry run)'
        : '### rollout: succeeded';
  const lines = [head, ''];
  lines.push(
    `Fleet \`${input.fleet}\`${input.partial ? ` (${input.partial})` : ''}; ${outcome.stagesCompleted} stage(s) completed; bake time ${input.bakeSeconds} s.`,
  );
  if (outcome.result === 'failed')
    lines.push('', `Promotion stopped at stage **${outcome.failedStage}**: later stages were not touched.`);
  lines.push('', '| stage | result | instance | namespace | result | version | seconds | detail |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const stage of input.stages) {
    const bake = stage.bakedSeconds !== undefined ? ` (baked ${stage.bakedSeconds} s)` : '';
    stage.instances.forEach((i, n) => {
      const stageCells =
        n === 0 ? `${stage.index}. ${cell(stage.name)} | ${STAGE_ICON[stage.result]}${bake}` : ' | ';
      lines.push(
        `| ${stageCells} | ${cell(i.instance)} | ${cell(i.namespace)} | ${ICON[i.result]} | ${cell(versions(i))} | ${i.seconds ?? ''} | ${cell(i.detail)} |`,
      );
    });
    if (stage.detail) lines.push(`| | | | | | | | ${cell(stage.detail)} |`);
  }
  const details = input.stages.flatMap((s) =>
    s.instances
      .filter((i) => i.applySummary || i.verifySummary)
      .map(
        (i) =>
          `<details><summary>${s.name} / ${i.instance}</summary>\n\n${i.applySummary ?? ''}\n${i.verifySummary ?? ''}\n</details>`,
      ),
  );
  if (details.length > 0) lines.push('', ...details);
  return `${lines.join('\n')}\n`;
}
