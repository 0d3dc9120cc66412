import { SynthFolderError, synthStackEntries } from '../../lib/synth-layout';
import { TerraformInputError } from '../../lib/terraform-json';
import { ReviewInputError, readSynthFolder } from '../review/folder';
import { PlanInputError } from '../review/plan';
import { AffectedSchema, MatrixSchema, affectedStacks, waveMatrix } from '../rollout/affected';
import { RolloutPlanError } from '../rollout/graph';
import { CommandSpec, DEFAULT_OUT_DIR, readCommandArgs } from './args';
import { CliIo, EXIT, inputFailure } from './io';

export const AFFECTED_FORMATS = ['json', 'matrix'] as const;

export const AFFECTED_USAGE = `Usage: tenants affected --base <dir> [--head <dir>] [--head-plans <dir>] [--wave <n>] [--format json|matrix]

The stacks of the pull request's synth (head) that differ from the base branch's (added, or changed resources,
providers, outputs or other blocks) or, with plans, whose plan changes something; in dependency waves from head's
manifest.json: the stacks of a wave depend only on earlier waves, so each wave can be a CI matrix whose jobs run
side by side, one wave after the other.

  --base <dir>         the base branch's synth (required)
  --head <dir>         the pull request's synth (default: cdktf.out); needs its manifest.json
  --head-plans <dir>   head's plans, <dir>/<stack>.plan.json (default: plan.json beside each cdk.tf.json, if any)
  --wave <n>           with --format matrix: only wave n ({"include":[]} when there is no such wave)
  --format <format>    json (default): stacks, waves, removed stacks and the matrix;
                       matrix: a GitHub Actions strategy.matrix value, {"include":[{"stack":"...","wave":1}, ...]}

Exits 0, or 2 when a folder or file is unusable.
`;

const AFFECTED_ARGS: CommandSpec<(typeof AFFECTED_FORMATS)[number], 'base' | 'head' | 'head-plans' | 'wave'> = {
  command: 'affected',
  usage: AFFECTED_USAGE,
  formats: AFFECTED_FORMATS,
  options: { base: {}, head: {}, 'head-plans': {}, wave: {} },
};

/** `tenants affected`: a pull request's stacks in dependency waves, as JSON or as a CI matrix. */
export function runAffected(argv: readonly string[], io: CliIo): number {
  const args = readCommandArgs(argv, AFFECTED_ARGS, io);
  if (typeof args === 'number') return args;
  const base = args.options.base[0];
  if (!base) {
    io.stderr('tenants affected: --base <dir> is required: the folder the base branch was synthesized into; see tenants affected --help\n');
    return EXIT.usage;
  }
  const waveText = args.options.wave[0];
  const wave = waveText === undefined ? undefined : Number(waveText);
  if (wave !== undefined && (!Number.isInteger(wave) || wave < 1)) {
    io.stderr(`tenants affected: --wave '${waveText}' is not a wave number (1, 2, ...); see tenants affected --help\n`);
    return EXIT.usage;
  }
  if (wave !== undefined && args.format !== 'matrix') {
    io.stderr('tenants affected: --wave selects a wave of the matrix: give it with --format matrix; see tenants affected --help\n');
    return EXIT.usage;
  }
  const head = args.options.head[0] ?? DEFAULT_OUT_DIR;
  try {
    const entries = synthStackEntries(head);
    const affected = AffectedSchema.parse(affectedStacks(readSynthFolder(base, 'base'), readSynthFolder(head, 'head', { plansDir: args.options['head-plans'][0] }), entries));
    const out = args.format === 'matrix' ? MatrixSchema.parse(wave === undefined ? affected.matrix : waveMatrix(affected, wave)) : affected;
    io.stdout(`${JSON.stringify(out, null, args.format === 'matrix' ? undefined : 2)}\n`);
    return EXIT.ok;
  } catch (e) {
    return inputFailure('affected', io, e, (x) =>
      x instanceof ReviewInputError || x instanceof SynthFolderError || x instanceof PlanInputError || x instanceof RolloutPlanError || x instanceof TerraformInputError ? x.message : undefined,
    );
  }
}
