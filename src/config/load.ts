import { resolve } from 'node:path';
import { readInputFile } from '../core/files.js';
import { knowledgeOfChartAt } from '../charts/local.js';
import { stringify } from 'yaml';
import type { Context } from '../core/command.js';
import { list, str, type RawInputs } from '../core/inputs.js';
import { UserError } from '../core/errors.js';
import { buildConfig, formatDiagnostic, hasErrors, type BuiltConfig, type Diagnostic } from './index.js';

/** The configuration inputs of validate, render and apply-cr, read once at the edge. */
export interface ConfigOptions {
  configFiles: string[];
  sets: string[];
  name: string;
  namespace: string;
  /** The `chart` input: a chart archive or directory at hand, whose keys and defaults validation uses. */
  chart?: string;
}

export function parseConfigOptions(raw: RawInputs): ConfigOptions {
  const configFiles = list(raw, 'config');
  if (configFiles.length === 0) {
    throw new UserError(
      'No configuration file given.',
      "Pass one or more files with '--config FILE' (or the 'config' input).",
    );
  }
  return {
    configFiles,
    sets: list(raw, 'set'),
    name: str(raw, 'name') ?? 'wandb',
    namespace: str(raw, 'namespace') ?? 'default',
    chart: str(raw, 'chart'),
  };
}

/**
 * Reads the files, merges and validates them, registers every secret with the redactor, and reports every
 * problem (as FILE:LINE:COL lines, and as annotations under GitHub Actions). Returns the result; the caller
 * decides what an error means (validate exits 1, apply-cr stops before touching the cluster).
 */
export function loadConfig(options: ConfigOptions, ctx: Context): BuiltConfig & { ok: boolean } {
  const files = options.configFiles.map((path) => ({
    path,
    text: readInputFile(ctx.cwd, path, 'configuration file'),
  }));
  // Inline --set values may be secrets too; buildConfig finds every secret in the merged CR.
  // A chart at hand is read for its keys and defaults; otherwise the version spec.chart.version pins.
  const atHand = options.chart ? knowledgeOfChartAt(resolve(ctx.cwd, options.chart)) : undefined;
  const built = buildConfig(
    files,
    options.sets,
    { name: options.name, namespace: options.namespace },
    { chart: atHand },
  );
  for (const secret of built.secrets) ctx.redactor.add(secret);
  // Which chart version's keys and defaults the check used, and why (pinned, closest known, newest known).
  ctx.out.info(`chart: ${built.chart.note}`);

  for (const diagnostic of built.diagnostics) {
    // The log, not the result: `render > cr.yaml` must hold only the CR.
    ctx.out.info(formatDiagnostic(diagnostic));
    if (ctx.out.github) {
      const text = diagnostic.fix ? `${diagnostic.message} Fix: ${diagnostic.fix}` : diagnostic.message;
      const place = { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column };
      // The heading names the key, so that the run's list of annotations reads without opening each one.
      const at = diagnostic.path ? ` at ${diagnostic.path}` : '';
      if (diagnostic.severity === 'error') ctx.out.error(text, place, `Invalid configuration${at}`);
      else ctx.out.warning(text, place, `Configuration warning${at}`);
    }
  }
  return { ...built, ok: !hasErrors(built.diagnostics) };
}

export function countBySeverity(built: BuiltConfig): { errors: number; warnings: number } {
  const errors = built.diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: built.diagnostics.length - errors };
}

/** The CR as YAML with every secret masked: what render prints and what the diff compares. */
export function maskedYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, sortMapEntries: false });
}

/** A problem in `--format json` (docs/json-output.md): validate's, render's, apply-cr's and image-check's. */
export function diagnosticJson(d: Diagnostic) {
  return {
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    path: d.path,
    message: d.message,
    fix: d.fix,
  };
}
