import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadFleet } from '../../lib/fleet';
import { CLOUDS, Cloud, FRAMEWORKS, Framework } from '../../lib/model/enums';
import { SpecErrors } from '../../lib/model/errors';
import { EU_REGIONS, REGIONS } from '../../lib/model/regions';
import { maxTenantTags } from '../../lib/model/tags';
import { LOG_RETENTION_DAYS, MAX_BACKUP_RETENTION_DAYS, Tier } from '../../lib/model/tier';
import { isBlocking } from '../../lib/policy/finding';
import { checkDocument, tenantSubject } from '../../lib/policy/synth';
import { parseTerraform } from '../../lib/terraform-json';
import { stackFile } from '../../lib/synth-layout';
import { runValidate } from '../../commands/cli/validate';
import { synthTenants } from '../../stacks/synth';
import { validateTenants } from '../../stacks/validate';
import { tiers } from '../../tiers';
import { FLEET_SETTINGS_YAML } from '../util';

/**
 * Property tests over generated tenant files, across tiers, clouds, regions, overrides, frameworks, tags, backends
 * and suppressions. Per run (seed printed; FC_SEED=<n> replays one):
 * - VALID_RUNS valid files: each, written to its own folder, loads through the fleet (schema, tier fit, fleet checks);
 * - INVALID_RUNS invalid files (a valid file with one to three independent mistakes): each gives exactly one error
 *   line per mistake, naming the file and the field, and loading fails (the CLI's exit 1), never a throw of another kind;
 * - CLI_SAMPLE of the invalid generator's files also go through `tenants validate`: exit 1, one `error:` line per
 *   mistake, no trace;
 * - of the valid generator, VALIDATED_SAMPLE files are built in memory with every stack validation synth runs
 *   (policy error findings, budget, constructs) and must pass; SYNTHESIZED_SAMPLE of them are synthesized to disk and
 *   their tenant stack passes baseline and its frameworks' packs.
 */
const VALID_RUNS = 5_000;
const INVALID_RUNS = 5_000;
const VALIDATED_SAMPLE = 8;
const CLI_SAMPLE = 200;
const SYNTHESIZED_SAMPLE = 2;
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;

const TIERS = Object.values(tiers);
/** A rule of each cloud a tenant may suppress. */
const KEY_ROTATION_RULE: Record<Cloud, string> = { aws: 'aws-kms-key-rotation', azure: 'azure-key-vault-key-rotation', gcp: 'gcp-kms-key-rotation' };
// Thousands of small writes: in memory (tmpfs) where the machine has it, as they cost more on a busy disk than the checks.
const scratch = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'tt-property-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A tenant file as YAML-ready data; `id` is set per run so every file is its own tenant. */
type TenantData = Record<string, unknown>;

const tagKey = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/).filter((k) => !['tenant', 'tier', 'managed-by'].includes(k));
const tagValue = fc.stringMatching(/^[A-Za-z0-9 ._-]{0,30}$/);

function tags(cloud: Cloud) {
  return fc.dictionary(tagKey, tagValue, { maxKeys: Math.min(8, maxTenantTags(cloud)) });
}

const backend = fc.oneof(
  fc.constant(undefined),
  fc.record({ type: fc.constant('local'), path: fc.constantFrom('terraform.{stack}.tfstate', 'state/{stack}.tfstate') }),
  fc.record({
    type: fc.constant('s3'),
    bucket: fc.stringMatching(/^[a-z0-9][a-z0-9-]{2,20}[a-z0-9]$/),
    region: fc.constantFrom('us-east-1', 'eu-central-1', 'ap-southeast-2'),
    keyPrefix: fc.constantFrom('tenants', 'fleet/prod'),
  }),
  fc.record({ type: fc.constant('hcp'), organization: fc.stringMatching(/^[a-z][a-z0-9_-]{1,20}$/), workspacePrefix: fc.constantFrom('', 'saas-') }),
  fc.record({
    type: fc.constant('azurerm'),
    resourceGroupName: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,30}$/),
    storageAccountName: fc.stringMatching(/^[a-z0-9]{3,24}$/),
    containerName: fc.stringMatching(/^[a-z0-9]{3,20}$/),
  }),
  fc.record({ type: fc.constant('gcs'), bucket: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{2,20}[a-z0-9]$/).filter((b) => !b.startsWith('goog') && !b.includes('google')) }),
);

/** Overrides within the tier's bounds; `costNeutral` keeps the cost drivers at the tier's values (for budgets). */
function overrides(tier: Tier, costNeutral: boolean) {
  const custom = tier.nodes === 'custom';
  const base = tier.nodes === 'custom' ? { min: 3, desired: 3, max: 6 } : tier.nodes;
  const ceiling = tier.limits.maxNodes ?? 12;
  const nodeCounts = fc
    .tuple(fc.integer({ min: 1, max: ceiling }), fc.integer({ min: 1, max: ceiling }), fc.integer({ min: 1, max: ceiling }))
    .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y))
    .map(([min, desired, max]) => (costNeutral ? { min: base.min, desired: base.desired, max: Math.max(base.max, max) } : { min, desired, max }));
  const storage = tier.storageGb === 'custom' ? fc.integer({ min: 50, max: 2000 }) : fc.integer({ min: 1, max: tier.limits.maxStorageGb ?? tier.storageGb });
  const backups = fc.integer({ min: tier.database.backupRetentionDays, max: MAX_BACKUP_RETENTION_DAYS });
  const logs = fc.constantFrom(...LOG_RETENTION_DAYS.filter((d) => d >= tier.monitoring.logRetentionDays));
  const size = custom ? fc.record({ vcpu: fc.constantFrom(4, 8, 16), memoryGiB: fc.constantFrom(16, 32, 64) }) : fc.constant({});
  return fc
    .record(
      {
        nodes: fc.tuple(size, nodeCounts).map(([s, n]) => ({ ...s, ...n })),
        storageGb: costNeutral && tier.storageGb !== 'custom' ? fc.constant(undefined) : storage,
        database: fc.record({ backupRetentionDays: backups }, { requiredKeys: [] }),
        logRetentionDays: costNeutral ? fc.constant(undefined) : logs,
      },
      { requiredKeys: custom ? ['nodes', 'storageGb'] : [] },
    )
    .map((o) => JSON.parse(JSON.stringify(o)) as TenantData);
}

/** A valid tenant file (without its id). */
function validTenant(costNeutral: boolean): fc.Arbitrary<TenantData> {
  return fc
    .record({ tier: fc.constantFrom(...TIERS), cloud: fc.constantFrom(...CLOUDS) })
    .chain(({ tier, cloud }) => {
      const regions = Object.keys(REGIONS[cloud]);
      const allowed = tier.compliance.allowed as readonly Framework[];
      return fc
        .record({
          region: fc.constantFrom(...regions),
          compliance: fc.subarray([...allowed]),
          overrides: overrides(tier, costNeutral),
          tags: tags(cloud),
          backend,
          suppressions: fc.constantFrom([], [{ rule: KEY_ROTATION_RULE[cloud], reason: 'rotated by the key custodian process', expires: '2999-12-31' }]),
        })
        .map((r) => {
          // GDPR data stays in the EU (the residency rule) unless the file names its transfer basis.
          const inEu = EU_REGIONS[cloud].includes(r.region);
          const gdprOut = r.compliance.includes('gdpr') && !inEu;
          const tenant: TenantData = { tier: tier.name, cloud, region: r.region, compliance: r.compliance, overrides: r.overrides, tags: r.tags, suppressions: r.suppressions };
          if (r.backend) tenant.backend = r.backend;
          if (gdprOut) tenant.transferBasis = 'Standard Contractual Clauses 2021/914, DPA signed 2026-03-01';
          return tenant;
        });
    });
}

/** One mistake: what it does to a valid file, and how its one error line must read. */
interface Mistake {
  readonly group: string;
  readonly apply: (t: TenantData) => void;
  /** The field path and wording its error line contains. */
  readonly expect: RegExp;
}

const MISTAKES: readonly Mistake[] = [
  { group: 'tier', apply: (t) => (t.tier = 'gold'), expect: /: unknown tier 'gold'; use one of: / },
  { group: 'region', apply: (t) => (t.region = 'mars-north-1'), expect: /: region: 'mars-north-1' is not a region this library knows on (aws|azure|gcp); use one of: / },
  { group: 'unknown', apply: (t) => (t.colour = 'blue'), expect: /: unknown field 'colour'; remove it or fix its spelling$/ },
  { group: 'storage', apply: (t) => (t.overrides = { ...(t.overrides as object), storageGb: '1500' }), expect: /: overrides\.storageGb: must be a finite number \(got '1500'\); remove the quotes$/ },
  { group: 'compliance', apply: (t) => (t.compliance = ['hippa']), expect: /: compliance\[0\]: must be one of: hipaa, pci-dss, soc2, gdpr, sox, iso27001 \(got 'hippa'\)$/ },
  { group: 'tags', apply: (t) => (t.tags = { ...(t.tags as object), owner: null }), expect: /: tags\.owner: must be text \(got null\)$/ },
  { group: 'backend', apply: (t) => (t.backend = { type: 's3', bucket: 'acme state', region: 'us-east-1' }), expect: /: backend\.bucket: must be an S3 bucket name: .* \(got 'acme state'\)$/ },
  { group: 'suppression', apply: (t) => (t.suppressions = [{ rule: 'no-such-rule', reason: 'accepted by the security team' }]), expect: /: suppressions\[0\]\.rule: suppression names rule 'no-such-rule', which no policy pack has; / },
  { group: 'reason', apply: (t) => (t.suppressions = [{ rule: 'aws-s3-access-logging', reason: 'ok' }]), expect: /: suppressions\[0\]\.reason: give a reason of at least 10 characters \(got 'ok'\)$/ },
  { group: 'retention', apply: (t) => (t.overrides = { ...(t.overrides as object), logRetentionDays: 17 }), expect: /: overrides\.logRetentionDays: must be one of: 1, 3, 5, .* \(got 17\)$/ },
];
// A second stage only runs when the first passes: the tier (unknown) and the suppression rule (checked once the
// tenant fits its tier) are never combined with a schema mistake; every other pair is independent.
const SECOND_STAGE = new Set(['tier', 'suppression']);

const invalidTenant = fc
  .tuple(validTenant(false), fc.subarray([...MISTAKES], { minLength: 1, maxLength: 3 }))
  .filter(([, mistakes]) => mistakes.filter((m) => SECOND_STAGE.has(m.group)).length === 0 || mistakes.length === 1)
  .map(([tenant, mistakes]) => {
    const copy = JSON.parse(JSON.stringify(tenant)) as TenantData;
    for (const m of mistakes) m.apply(copy);
    return { tenant: copy, mistakes };
  });

let sampled = 0;
/**
 * Writes one tenant file, its id its file name. The generated runs reuse one folder and one file name (making and
 * removing folders costs more than the checks); the synthesized sample gets a folder and an id each.
 */
function writeTenant(tenant: TenantData, own = false): { dir: string; file: string; id: string } {
  const id = own ? `s${sampled++}` : 'acme';
  const dir = path.join(scratch, own ? id : 'run');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${id}.yaml`);
  fs.writeFileSync(file, stringify({ id, ...tenant }));
  // A synthesized sample needs a fleet's settings (deployer, runner networks) as a real fleet has them.
  if (own) fs.writeFileSync(path.join(dir, '_platform.yaml'), FLEET_SETTINGS_YAML);
  return { dir, file, id };
}

function load(dir: string) {
  return loadFleet({ tenantsDir: dir, tiers, warn: () => undefined }).tenants();
}

describe(`generated tenant files (seed ${SEED}; FC_SEED=${SEED} replays this run)`, () => {
  const counts = { valid: 0, invalid: 0, mistakes: 0, cli: 0, validated: 0, synthesized: 0 };
  afterAll(() => {
    console.log(
      `property tests, seed ${SEED}: ${counts.valid + counts.invalid} generated tenant files ` +
        `(${counts.valid} valid loaded; ${counts.invalid} invalid with ${counts.mistakes} mistakes, each reported once, ${counts.cli} of them through tenants validate); ` +
        `${counts.validated} valid files built and validated in memory (policy, budget, constructs), ${counts.synthesized} synthesized to disk`,
    );
  });

  it(`${VALID_RUNS} valid files load and fit their tiers`, () => {
    fc.assert(
      fc.property(validTenant(false), (tenant) => {
        const { dir, id } = writeTenant(tenant);
        const loaded = load(dir);
        counts.valid++;
        return loaded.length === 1 && loaded[0].spec.id === id;
      }),
      { numRuns: VALID_RUNS, seed: SEED },
    );
  });

  it(`${INVALID_RUNS} invalid files give one line per mistake, each naming the file, line and field`, () => {
    fc.assert(
      fc.property(invalidTenant, ({ tenant, mistakes }) => {
        const { dir, file } = writeTenant(tenant);
        let error: unknown;
        try {
          load(dir);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(SpecErrors);
        const lines = (error as SpecErrors).errors.map((e) => e.message);
        expect(lines.every((l) => !l.includes('\n') && l.includes(path.basename(file)))).toBe(true);
        expect(lines).toHaveLength(mistakes.length);
        for (const m of mistakes) expect(lines.filter((l) => m.expect.test(l))).toHaveLength(1);
        counts.invalid++;
        counts.mistakes += mistakes.length;
      }),
      { numRuns: INVALID_RUNS, seed: SEED },
    );
  });

  it(`${CLI_SAMPLE} invalid files through tenants validate: exit 1, one error line per mistake, no trace`, () => {
    for (const { tenant, mistakes } of fc.sample(invalidTenant, { numRuns: CLI_SAMPLE, seed: SEED })) {
      const { dir, file } = writeTenant(tenant);
      const out: string[] = [];
      const err: string[] = [];
      expect(runValidate(['--tenants-dir', dir], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) })).toBe(1);
      const lines = err.join('').split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(mistakes.length);
      expect(lines.every((l) => l.startsWith('error: ') && l.includes(path.basename(file)))).toBe(true);
      expect(`${out.join('')}${err.join('')}`).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
      counts.cli++;
    }
  });

  it(`${VALIDATED_SAMPLE} valid files pass every check synth runs, ${SYNTHESIZED_SAMPLE} synthesize and pass the secure-by-default policies`, () => {
    const sample = fc.sample(validTenant(true), { numRuns: VALIDATED_SAMPLE, seed: SEED });
    sample.forEach((tenant, i) => {
      const { dir, id } = writeTenant(tenant, true);
      const context = `${id}: ${JSON.stringify(tenant)}`;
      const summary = (() => {
        try {
          return validateTenants({ tenantsDir: dir, warn: () => undefined });
        } catch (e) {
          throw new Error(`${context}\n${(e as Error).message}`);
        }
      })();
      expect(summary.tenants).toBe(1);
      counts.validated++;
      if (i >= SYNTHESIZED_SAMPLE) return;
      const outdir = path.join(dir, 'out');
      const errors: string[] = [];
      expect(synthTenants({ tenantsDir: dir, outdir, stdout: () => undefined, stderr: (t) => errors.push(t), warn: () => undefined })).toBe(0);
      expect(errors).toEqual([]);
      const stack = JSON.parse(fs.readFileSync(stackFile(outdir, `tenant-${id}`), 'utf8'));
      const [resolved] = load(dir);
      const report = checkDocument(parseTerraform(stack), tenantSubject(resolved));
      expect(report.findings.filter(isBlocking)).toEqual([]);
      expect(report.results.length).toBeGreaterThan(0);
      counts.synthesized++;
    });
  }, 240_000);
});

// The generators cover what they claim: every tier, cloud and framework, each backend type.
it('the valid generator covers every tier, cloud, framework and backend type', () => {
  const sample = fc.sample(validTenant(false), { numRuns: 2_000, seed: SEED });
  const seen = (f: (t: TenantData) => unknown[]) => new Set(sample.flatMap(f));
  expect(seen((t) => [t.tier])).toEqual(new Set(TIERS.map((x) => x.name)));
  expect(seen((t) => [t.cloud])).toEqual(new Set(CLOUDS));
  expect(seen((t) => t.compliance as string[])).toEqual(new Set(FRAMEWORKS));
  expect(seen((t) => [(t.backend as { type?: string } | undefined)?.type ?? 'default'])).toEqual(new Set(['default', 'local', 's3', 'hcp', 'azurerm', 'gcs']));
});
