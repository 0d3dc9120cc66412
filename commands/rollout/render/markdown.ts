import { cell } from '../../../lib/policy/render/markdown';
import type { RolloutPlan, RolloutSummary, StackOutcome } from '../model';
import { planLine } from '../runner';

const code = (s: string) => `\`${s}\``;

/** The order and waves of a rollout, for `--dry-run`: each wave's stacks with what they wait for. */
export function renderRolloutPlanMarkdown(plan: RolloutPlan, options: { readonly mode: string; readonly parallelism: number }): string {
  const out = [
    `## Rollout plan: ${options.mode} ${plan.stacks} stack${plan.stacks === 1 ? '' : 's'} in ${plan.waves.length} wave${plan.waves.length === 1 ? '' : 's'}`,
    '',
    `Waves run one after the other; inside a wave, up to ${options.parallelism} stacks run at once, each after the stacks it waits for.`,
    '',
  ];
  for (const w of plan.waves) {
    out.push(`### Wave ${w.wave}: ${w.name} (${w.stacks.length})`, '', '| # | Stack | After |', '|--:|---|---|');
    w.stacks.forEach((s, i) => out.push(`| ${i + 1} | ${code(s.stack)} | ${s.after.length > 0 ? s.after.map(code).join(', ') : '–'} |`));
    out.push('');
  }
  return out.join('\n');
}

function row(s: StackOutcome): string {
  const actions = s.actions ? planLine(s.actions) : '–';
  const status = s.status === 'planned' || s.status === 'applied' || s.status === 'no-changes' ? s.status : `**${s.status}**`;
  const links = [code(s.log), ...(s.planFile ? [code(s.planFile)] : []), ...(s.runUrl ? [`[run](${s.runUrl})`] : [])].join(' ');
  return `| ${code(s.stack)} | ${status}${s.resumed ? ' (earlier attempt)' : ''} | ${actions} | ${cell(s.message)} | ${links} |`;
}

/** How a rollout ended: a one-line summary, why it stopped, blockers, and a table per wave. */
export function renderRolloutMarkdown(summary: RolloutSummary): string {
  const c = summary.counts;
  const ok = c.planned + c.applied + c['no-changes'];
  const verdict = summary.completed ? '**completed**' : '**did not complete**';
  const out = [
    `## Rollout ${summary.runId}: ${summary.settings.mode} ${verdict}`,
    '',
    `${ok}/${summary.stacks.length} succeeded (${c.applied} applied, ${c.planned} planned, ${c['no-changes']} without changes) · ` +
      `${c.failed} failed · ${c.refused} refused · ${c.blocked} blocked · ${c['not-started']} not started`,
    '',
  ];
  if (summary.stoppedBecause) out.push(`Stopped: ${summary.stoppedBecause}.`, '');
  const blockers = summary.stacks.flatMap((s) => s.blockers);
  if (blockers.length > 0) {
    out.push('> [!CAUTION]', `> Plans that replace or delete stateful resources (${blockers.length}):`, '>');
    for (const b of blockers) out.push(`> - ${code(b.stack)} ${b.action} ${code(b.address)} (${b.kind})${b.replacePaths.length > 0 ? `, forced by ${b.replacePaths.map(code).join(', ')}` : ''}`);
    out.push('');
  }
  for (const w of summary.waves) {
    out.push(`### Wave ${w.wave}: ${w.name}`, '', '| Stack | Status | Terraform + ~ ± - | Message | Files |', '|---|---|---|---|---|');
    const names = new Set(w.stacks.map((s) => s.stack));
    for (const s of summary.stacks.filter((x) => names.has(x.stack))) out.push(row(s));
    out.push('');
  }
  out.push(`Run folder: ${code(summary.runDir)} (journal, one log per stack, plans).`);
  if (!summary.completed) out.push('', `Resume with ${code(`tenants rollout --resume ${summary.runDir}`)}: stacks that succeeded are not run again.`);
  out.push('');
  return out.join('\n');
}
