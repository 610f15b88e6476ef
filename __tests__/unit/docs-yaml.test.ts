/**
 * Docs that cannot rot: every ```yaml block of README.md and docs/*.md, every examples/*.yml, every workflow
 * in .github/workflows and every action.yml parses.
 * - Workflows (a map with `jobs`) and step lists (a list of maps with `uses` or `run`, checked inside a
 *   one-job workflow) go through @actions/workflow-parser, GitHub's own parser: YAML errors, unknown keys,
 *   wrong shapes and bad `${{ }}` expressions are reported as GitHub would.
 * - action.yml files (and blocks with `runs`) go through its action parser.
 * - Anything else (a fleet file, a values file, a GitLab pipeline) is parsed with the yaml library.
 * A block that is deliberately a fragment is marked by a `<!-- fragment -->` line right before it; keep it
 * rare. The examples also pin the current, node24, majors of GitHub's own actions.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

const root = process.cwd();
const trace = new NoOperationTraceWriter();

/**
 * The current majors of GitHub's actions the docs use, all of them node24 (as of 2026-12: checkout v7,
 * setup-node v7, upload-artifact v7, setup-python v7). Update them here and in every example together.
 */
const CURRENT_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/setup-python': 'v7',
};

interface Block {
  /** Where the block starts: file:line of its first YAML line. */
  where: string;
  file: string;
  line: number;
  text: string;
  fragment: boolean;
}

/** The ```yaml blocks of a Markdown file, with their indentation (blocks inside list items) removed. */
function yamlBlocks(file: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(yaml|yml)\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(indent));
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    blocks.push({
      where: `${file}:${i + 2}`,
      file,
      line: i + 2,
      text: body.join('\n') + '\n',
      fragment: k >= 0 && lines[k].trim() === '<!-- fragment -->',
    });
    i = j;
  }
  return blocks;
}

function filesIn(dir: string, match: (name: string) => boolean): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter(match)
    .sort()
    .map((name) => join(dir, name));
}

const markdownFiles = ['README.md', ...filesIn('docs', (n) => n.endsWith('.md'))];
const exampleFiles = filesIn('examples', (n) => /\.ya?ml$/.test(n) && !n.endsWith('.yaml'));
const workflowFiles = filesIn('.github/workflows', (n) => /\.ya?ml$/.test(n));
const actionFiles = [
  'action.yml',
  ...readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
    .map((d) => join(d.name, 'action.yml'))
    .filter((f) => existsSync(join(root, f)))
    .sort(),
];

type Kind = 'workflow' | 'steps' | 'action' | 'yaml';

function kindOf(value: unknown): Kind {
  const isMap = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isMap(value) && 'jobs' in value) return 'workflow';
  if (isMap(value) && 'runs' in value) return 'action';
  if (Array.isArray(value) && value.length > 0 && value.every((s) => isMap(s) && ('uses' in s || 'run' in s)))
    return 'steps';
  return 'yaml';
}

/** Problems GitHub's parser finds in a workflow (YAML, schema, then conversion: needs, expressions). */
async function workflowProblems(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, trace);
  const problems = result.context.errors.getErrors().map((e) => e.message);
  if (problems.length === 0 && result.value) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    problems.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return problems;
}

function actionProblems(name: string, content: string): string[] {
  return parseAction({ name, content }, trace)
    .context.errors.getErrors()
    .map((e) => e.message);
}

/** Steps are checked as the steps of a one-job workflow (the block shifted by 5 lines and 6 columns). */
function asWorkflow(steps: string): string {
  const indented = steps
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : `      ${l}`))
    .join('\n');
  return `on: workflow_dispatch\njobs:\n  doc:\n    runs-on: ubuntu-latest\n    steps:\n${indented}`;
}

/** Every problem of one YAML text, by kind; `forced` for files whose kind is known from their place. */
async function problemsOf(
  where: string,
  text: string,
  forced?: Kind,
): Promise<{ kind: Kind; problems: string[] }> {
  const doc = parseDocument(text, { prettyErrors: true });
  const yamlErrors = doc.errors.map((e) => e.message);
  const kind = forced ?? (yamlErrors.length > 0 ? 'yaml' : kindOf(doc.toJS()));
  if (kind === 'workflow') return { kind, problems: await workflowProblems(where, text) };
  if (kind === 'steps') return { kind, problems: await workflowProblems(where, asWorkflow(text)) };
  if (kind === 'action') return { kind, problems: actionProblems(where, text) };
  return { kind, problems: yamlErrors };
}

const markdownBlocks = markdownFiles.flatMap((file) =>
  yamlBlocks(file, readFileSync(join(root, file), 'utf8')),
);

describe('YAML in README.md and docs/', () => {
  test('there are blocks to check, and few are marked as fragments', () => {
    expect(markdownBlocks.filter((b) => b.file === 'README.md').length).toBeGreaterThanOrEqual(4);
    expect(markdownBlocks.filter((b) => b.fragment).length).toBeLessThanOrEqual(2);
  });

  test.each(markdownBlocks.filter((b) => !b.fragment).map((b) => [b.where, b] as const))(
    '%s parses',
    async (_where, block) => {
      const { problems } = await problemsOf(block.where, block.text);
      expect(problems).toEqual([]);
    },
  );
});

describe('workflows, examples and action files', () => {
  test.each(workflowFiles.map((f) => [f]))('%s is a valid workflow', async (file) => {
    const { problems } = await problemsOf(file, readFileSync(join(root, file), 'utf8'), 'workflow');
    expect(problems).toEqual([]);
  });

  test.each(exampleFiles.map((f) => [f]))('%s parses (as a workflow when it is one)', async (file) => {
    const { problems } = await problemsOf(file, readFileSync(join(root, file), 'utf8'));
    expect(problems).toEqual([]);
  });

  test.each(actionFiles.map((f) => [f]))('%s is a valid action file', async (file) => {
    const { problems } = await problemsOf(file, readFileSync(join(root, file), 'utf8'), 'action');
    expect(problems).toEqual([]);
  });
});

describe('the parsers catch what they should', () => {
  test('a flow map holding ${{ }} (the old README verify example) is refused', async () => {
    const steps = [
      '- id: verify',
      '  uses: OWNER/wandb-operator-actions/verify@v1',
      '- if: always()',
      '  uses: actions/upload-artifact@v7',
      '  with: { name: wandb-verify, path: ${{ steps.verify.outputs.report-path }} }',
      '',
    ].join('\n');
    const { problems } = await problemsOf('old.md:1', steps, 'steps');
    expect(problems.join('\n')).toMatch(/flow-map/i);
  });

  test('a step with an unknown key, or a job without runs-on, is refused', async () => {
    const unknownKey = await problemsOf('x', '- uses: actions/checkout@v7\n  whith: { ref: main }\n');
    expect(unknownKey.kind).toBe('steps');
    expect(unknownKey.problems.join('\n')).toContain('whith');
    const noRunsOn = await problemsOf('y', 'on: push\njobs:\n  a:\n    steps:\n      - run: echo\n');
    expect(noRunsOn.problems.length).toBeGreaterThan(0);
  });

  test('an action file without runs is refused', () => {
    expect(actionProblems('action.yml', 'name: x\ndescription: y\n').length).toBeGreaterThan(0);
  });

  test('indented blocks inside list items and fragment markers are read', () => {
    const blocks = yamlBlocks(
      'doc.md',
      [
        '- item:',
        '',
        '  ```yaml',
        '  - run: echo',
        '  ```',
        '',
        '<!-- fragment -->',
        '```yaml',
        '  with: x',
        '```',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { where: 'doc.md:4', file: 'doc.md', line: 4, text: '- run: echo\n', fragment: false },
      { where: 'doc.md:9', file: 'doc.md', line: 9, text: '  with: x\n', fragment: true },
    ]);
  });
});

describe("GitHub's actions are pinned to their current node24 majors", () => {
  const sources = [
    ...markdownFiles,
    ...exampleFiles,
    ...workflowFiles,
    ...filesIn('examples', (n) => n === 'Jenkinsfile'),
  ];
  test.each(sources.map((f) => [f]))('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const stale: string[] = [];
    for (const match of text.matchAll(/\b(actions\/[a-z-]+)@(v\d+)\b/g)) {
      const current = CURRENT_MAJORS[match[1]];
      if (current && match[2] !== current) stale.push(`${match[0]} (current: ${current})`);
    }
    expect({ file, stale }).toEqual({ file, stale: [] });
  });
});
