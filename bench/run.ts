// `npm run bench`: synthesizes a generated fleet (1000 tenants by default) the way a user does, runs a plain cdktf
// app with the same stacks and resources as the baseline in the same run, times a synth of one tenant out of the
// fleet, and writes bench/results.json and the figures in the README. Figures come from the operating system:
// process CPU time (user + system of the process and every process it waited for), wall time, and the peak
// resident memory of the process tree sampled every 50 ms.
//
//   npm run bench -- [--tenants 1000] [--seed 1] [--repeat 1] [--no-readme] [--keep]
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateFleet, FLEET_MIX, FLEET_REGIONS } from './fleet';

const ROOT = path.resolve(__dirname, '..');
const REGISTER = path.join(ROOT, 'scripts', 'register.js');
/** What issue 12 asks of a fleet of 1000 on a 2-core machine. */
export const TARGETS = { wallSeconds: 40, cpuRatio: 1.5, peakRssMb: 2048, oneTenantCpuSeconds: 1.5 } as const;
const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

interface Measured {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** CPU seconds (user + system) of every child this process has waited for, from /proc/self/stat (Linux). */
function childrenCpuSeconds(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: state is field 3; cutime and cstime are fields 16 and 17 of the full line.
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return (cutime + cstime) / clockTicks();
}

let ticks: number | undefined;
/** Clock ticks per second of /proc times (USER_HZ), from `getconf CLK_TCK`. */
function clockTicks(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return ticks;
}

/** Resident memory of a process and all its descendants, MB, from /proc. */
function treeRssMb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      const pid = Number(entry);
      const ppid = Number(stat[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, (Number(stat[21]) * 4096) / 1e6);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion, measuring it. */
function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssMb(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ wallSeconds, cpuSeconds: childrenCpuSeconds() - cpuBefore, peakRssMb: Math.round(peak), exitCode: code ?? -1, stdout, stderr });
    });
  });
}

/** Stacks and resources of a synth folder. */
function countOutput(dir: string): { stacks: number; resources: number } {
  let resources = 0;
  const stacks = fs.readdirSync(path.join(dir, 'stacks'));
  for (const name of stacks) {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'stacks', name, 'cdk.tf.json'), 'utf8')) as { resource?: Record<string, object> };
    for (const byName of Object.values(json.resource ?? {})) resources += Object.keys(byName).length;
  }
  return { stacks: stacks.length, resources };
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

function fail(what: string, m: Measured): never {
  process.stderr.write(`bench: ${what} failed (exit ${m.exitCode}):\n${m.stderr.split('\n').filter((l) => !/warning at/.test(l)).slice(0, 30).join('\n')}\n`);
  process.exit(1);
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const count = Number(option('tenants', '1000'));
  const seed = Number(option('seed', '1'));
  const repeat = Math.max(1, Number(option('repeat', '1')));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-bench-'));
  const tenantsDir = path.join(work, 'tenants');
  fs.mkdirSync(tenantsDir);
  const fleet = generateFleet(count, seed);
  for (const t of fleet) fs.writeFileSync(path.join(tenantsDir, t.file), t.yaml);
  // The example fleet's settings: Azure and GCP pools need a deployer, Azure vaults a runner path.
  fs.copyFileSync(path.join(ROOT, 'tenants', '_platform.yaml'), path.join(tenantsDir, '_platform.yaml'));
  const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
  const loadAverageAtStart = os.loadavg().map((l) => round(l));
  log(`${count} tenants in ${tenantsDir}; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const node = (file: string) => [process.execPath, ['-r', REGISTER, path.join(ROOT, file)]] as const;
  const best = async (label: string, run: () => Promise<Measured>): Promise<Measured> => {
    let result: Measured | undefined;
    for (let i = 0; i < repeat; i++) {
      const m = await run();
      if (m.exitCode !== 0) fail(label, m);
      log(`${label}: ${m.wallSeconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} CPU-s, ${m.peakRssMb} MB peak`);
      if (!result || m.cpuSeconds < result.cpuSeconds) result = m;
    }
    return result!;
  };

  // The fleet, as `npm run synth` does it (a first synth places every pooled tenant and writes the lock file).
  const out = path.join(work, 'cdktf.out');
  const [synthCmd, synthArgs] = node('main.ts');
  const synthEnv = { TENANTS_DIR: tenantsDir, CDKTF_OUTDIR: out };
  const synth = await best('synth', async () => {
    fs.rmSync(path.join(tenantsDir, '_fleet.lock.json'), { force: true });
    return measure(synthCmd, synthArgs, synthEnv);
  });
  const output = countOutput(out);

  // The baseline: the same stacks and resources as a plain cdktf app.
  const [plainCmd, plainArgs] = node('bench/plain-main.ts');
  const plain = await best('plain cdktf', () => measure(plainCmd, [...plainArgs, out, path.join(work, 'plain.out')], {}));
  const plainFigures = JSON.parse(plain.stdout.trim().split('\n').pop()!) as { readCpuSeconds: number; classElements: number; genericElements: number };
  const plainCpu = plain.cpuSeconds - plainFigures.readCpuSeconds;

  // One tenant out of the fleet, with the lock file in place: a siloed one, and a pooled one (its pool included).
  const siloed = fleet.find((t) => t.tier === 'premium')!;
  const pooled = fleet.find((t) => t.tier === 'standard')!;
  const one = async (t: typeof siloed) => {
    const m = await best(`one tenant (${t.id}, ${t.tier})`, () => measure(synthCmd, synthArgs, { ...synthEnv, CDKTF_OUTDIR: path.join(work, `one-${t.id}`), TENANTS: t.id }));
    return { id: t.id, tier: t.tier, wallSeconds: round(m.wallSeconds), cpuSeconds: round(m.cpuSeconds), stacks: countOutput(path.join(work, `one-${t.id}`)).stacks };
  };
  const oneSiloed = await one(siloed);
  const onePooled = await one(pooled);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', loadAverageAtStart },
    fleet: { tenants: count, seed, mix: FLEET_MIX, regions: FLEET_REGIONS.map((r) => `${r.cloud}/${r.region}`) },
    repeat,
    synth: { wallSeconds: round(synth.wallSeconds), cpuSeconds: round(synth.cpuSeconds), peakRssMb: synth.peakRssMb, ...output },
    plainCdktf: {
      description: 'the same stacks and resources as provider-class instances in a plain cdktf app; CPU without reading the JSON it is built from',
      wallSeconds: round(plain.wallSeconds),
      cpuSeconds: round(plainCpu),
      peakRssMb: plain.peakRssMb,
      elements: plainFigures.classElements + plainFigures.genericElements,
    },
    cpuRatio: round(synth.cpuSeconds / plainCpu),
    oneTenant: { siloed: oneSiloed, pooled: onePooled },
    targets: TARGETS,
    meets: {
      wall: synth.wallSeconds <= TARGETS.wallSeconds,
      cpuRatio: synth.cpuSeconds / plainCpu <= TARGETS.cpuRatio,
      memory: synth.peakRssMb <= TARGETS.peakRssMb,
      oneTenant: Math.max(oneSiloed.cpuSeconds, onePooled.cpuSeconds) <= TARGETS.oneTenantCpuSeconds,
    },
  };
  const file = path.join(ROOT, 'bench', 'results.json');
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), file)}`);
  if (!process.argv.includes('--no-readme')) updateReadme(results);
  process.stdout.write(renderFigures(results));
  if (!process.argv.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
}

type Results = {
  date: string;
  machine: { cores: number; loadAverageAtStart: number[] };
  fleet: { tenants: number };
  repeat: number;
  synth: { wallSeconds: number; cpuSeconds: number; peakRssMb: number; stacks: number; resources: number };
  plainCdktf: { cpuSeconds: number; wallSeconds: number };
  cpuRatio: number;
  oneTenant: { siloed: { id: string; cpuSeconds: number; wallSeconds: number }; pooled: { id: string; cpuSeconds: number; wallSeconds: number } };
};

/** The README's table of the latest figures. */
export function renderFigures(r: Results): string {
  return [
    `Latest \`npm run bench${r.repeat > 1 ? ` -- --repeat ${r.repeat}` : ''}\` (${r.date.slice(0, 10)}, ${r.machine.cores} cores, load ${r.machine.loadAverageAtStart.join(' ')} at start${r.repeat > 1 ? `; each figure the run of least CPU of ${r.repeat}` : ''}): ${r.fleet.tenants} generated tenants, ${r.synth.stacks} stacks, ${r.synth.resources} resources.`,
    '',
    '| measure | figure | target |',
    '|---|---|---|',
    `| synth, wall | ${r.synth.wallSeconds} s | ≤ ${TARGETS.wallSeconds} s |`,
    `| synth, CPU | ${r.synth.cpuSeconds} s (plain cdktf, same stacks and resources: ${r.plainCdktf.cpuSeconds} s) | ratio ${r.cpuRatio} ≤ ${TARGETS.cpuRatio} |`,
    `| synth, peak memory | ${r.synth.peakRssMb} MB | ≤ ${TARGETS.peakRssMb} MB |`,
    `| one tenant out of ${r.fleet.tenants}, CPU | ${r.oneTenant.siloed.cpuSeconds} s siloed, ${r.oneTenant.pooled.cpuSeconds} s pooled (with its pool) | ≤ ${TARGETS.oneTenantCpuSeconds} s |`,
    '',
  ].join('\n');
}

function updateReadme(results: Results): void {
  const readme = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) return;
  fs.writeFileSync(readme, `${text.slice(0, start + README_START.length)}\n${renderFigures(results)}${text.slice(end)}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
