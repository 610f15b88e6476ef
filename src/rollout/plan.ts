/**
 * Stage planning: which stages and instances a run covers, and the plan JSON that `plan` prints for a
 * GitHub workflow matrix. Pure.
 *
 * The plan JSON (documented in docs/deployment-strategies.md; keep the two in step):
 *   {
 *     "fleet": "deploy/fleet.yaml",
 *     "stages": [
 *       { "name": "dev", "index": 1, "last": false, "instances": ["dev"],
 *         "matrix": { "include": [ { "stage": "dev", "instance": "dev", "index": 1, "namespace": "wandb" } ] } },
 *       ...
 *     ],
 *     "matrix": { "include": [ ...every entry, in promotion order... ] }
 *   }
 * A workflow with one job per stage uses `fromJSON(needs.plan.outputs.plan).stages[N].matrix` as the
 * job's matrix; each entry names the instance to run with `rollout --only-stage S --only-instance I`.
 * Nothing secret is in the plan: instance names, stage names and namespaces only.
 */
import { closest } from '../core/inputs.js';
import { UserError } from '../core/errors.js';
import type { Fleet, FleetInstance, Stage } from './fleet.js';

export interface MatrixEntry {
  stage: string;
  instance: string;
  /** 1-based stage index, so that a matrix can be ordered or filtered by it. */
  index: number;
  namespace: string;
}

export interface PlanStage {
  name: string;
  index: number;
  /** true for the last stage: no bake time after it. */
  last: boolean;
  instances: string[];
  matrix: { include: MatrixEntry[] };
}

export interface PlanJson {
  fleet: string;
  stages: PlanStage[];
  matrix: { include: MatrixEntry[] };
}

function entry(stage: Stage, instance: FleetInstance): MatrixEntry {
  return { stage: stage.name, instance: instance.name, index: stage.index, namespace: instance.namespace };
}

export function planJson(fleet: Fleet, fleetPath: string): PlanJson {
  const stages = fleet.stages.map((stage) => ({
    name: stage.name,
    index: stage.index,
    last: stage.index === fleet.stages.length,
    instances: stage.instances.map((i) => i.name),
    matrix: { include: stage.instances.map((i) => entry(stage, i)) },
  }));
  return { fleet: fleetPath, stages, matrix: { include: stages.flatMap((s) => s.matrix.include) } };
}

export interface Selection {
  /** Every stage of the fleet, in order, each with the instances this run covers (possibly none). */
  stages: Array<Stage & { selected: FleetInstance[]; last: boolean }>;
  /** true when the run covers part of the fleet (only-stage / only-instance). */
  partial: boolean;
}

/** Resolves `only-stage` and `only-instance` against the fleet; an unknown name is a UserError with a suggestion. */
export function selectStages(fleet: Fleet, only: { stage?: string; instance?: string }): Selection {
  const stageNames = fleet.stages.map((s) => s.name);
  if (only.stage !== undefined && !stageNames.includes(only.stage)) {
    const suggestion = closest(only.stage, stageNames);
    throw new UserError(
      `only-stage '${only.stage}' is not a stage of ${fleet.file}.`,
      `${suggestion ? `Did you mean '${suggestion}'? ` : ''}The stages, in order: ${stageNames.join(', ')}.`,
    );
  }
  if (only.instance !== undefined) {
    const names = fleet.instances.map((i) => i.name);
    const found = fleet.instances.find((i) => i.name === only.instance);
    if (!found) {
      const suggestion = closest(only.instance, names);
      throw new UserError(
        `only-instance '${only.instance}' is not an instance of ${fleet.file}.`,
        `${suggestion ? `Did you mean '${suggestion}'? ` : ''}The instances: ${names.join(', ')}.`,
      );
    }
    if (only.stage !== undefined && found.stage !== only.stage)
      throw new UserError(
        `Instance '${only.instance}' is in stage '${found.stage}', not '${only.stage}'.`,
        'Take both values from the same entry of the plan matrix.',
      );
  }
  const stages = fleet.stages.map((stage) => ({
    ...stage,
    last: stage.index === fleet.stages.length,
    selected: stage.instances.filter(
      (i) =>
        (only.stage === undefined || stage.name === only.stage) &&
        (only.instance === undefined || i.name === only.instance),
    ),
  }));
  return { stages, partial: only.stage !== undefined || only.instance !== undefined };
}
