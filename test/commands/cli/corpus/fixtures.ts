/**
 * The bad-input corpus: one fixture per kind of careless input, each run through the `tenants` CLI in a scratch
 * folder (`DIR` in commands and messages). `expected` is the whole of stderr, line for line.
 */

/** One kind of bad input. */
export interface BadInput {
  /** What a careless user did. */
  readonly kind: string;
  /** Files of the scratch folder, by path; `null` makes a named pipe. */
  readonly files: Readonly<Record<string, string | Uint8Array | null>>;
  /** `tenants` arguments; `DIR` is the scratch folder. */
  readonly argv: readonly string[];
  /** The exit code the command documents for it. */
  readonly exit: number;
  /** All of stderr, one entry per line, `DIR` for the scratch folder. */
  readonly expected: readonly string[];
  /**
   * Permissions to take away (`chmod`), by path under the scratch folder. The command then runs in a child process as
   * an unprivileged user, since root reads and writes anything. @default - none, the command runs in the test process
   */
  readonly chmod?: Readonly<Record<string, number>>;
}

export const VALID = 'id: acme\ntier: premium\ncloud: aws\nregion: us-east-1\n';
const BETA = 'id: beta\ntier: premium\ncloud: aws\nregion: us-east-1\n';
/** The usage CSV header (commands/recommend/usage.ts usageCsvColumns). */
const USAGE_COLUMNS = 'period.start,period.end,id,cpu.p95Cores,cpu.maxCores,memory.p95GiB,memory.maxGiB,storage.usedGb,database.cpuP95Percent,database.storageUsedGb,database.connectionsP95,cache.memoryP95Percent';
const validate = ['validate', '--tenants-dir', 'DIR/tenants'];
const synth = ['synth', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/cdktf.out'];
const list = ['list', '--tenants-dir', 'DIR/tenants'];
const acme = (rest: string) => `${VALID}${rest}`;
const t = (files: Record<string, string | Uint8Array | null>) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [`tenants/${k}`, v]));

/** A tenant with `n` tags on AWS. */
function tagged(n: number): string {
  return `${VALID}tags:\n${Array.from({ length: n }, (_, i) => `  k${i}: v${i}\n`).join('')}`;
}

/** A free tenant pooled with a standard tenant whose GDPR/SOC 2 claims and sizes make the Azure pool dear. */
const OVER_BUDGET = t({
  'acme.yaml': 'id: acme\ntier: free\ncloud: azure\nregion: westeurope\n',
  'beta.yaml': 'id: beta\ntier: standard\ncloud: azure\nregion: westeurope\ncompliance: [gdpr, soc2]\noverrides:\n  storageGb: 200\n  database:\n    storageGb: 100\n    backupRetentionDays: 35\n',
});

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');

export const BAD_INPUTS: readonly BadInput[] = [
  // The file itself
  { kind: 'undefined YAML alias', files: t({ 'acme.yaml': 'id: acme\ntier: *nope\ncloud: aws\nregion: us-east-1\n' }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml:2: the alias *nope names no anchor (&nope) above it; write the value instead"] },
  { kind: 'YAML alias bomb', files: t({ 'acme.yaml': `id: acme\n${BOMB}\n` }), argv: synth, exit: 1, expected: ["error: DIR/tenants/acme.yaml: its aliases expand to more than 100 copies (an alias bomb); write the values out instead of using anchors and aliases"] },
  { kind: 'duplicate key', files: t({ 'acme.yaml': `${VALID}tier: free\n` }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml:5: 'tier' is set twice in the same mapping; keep one of them"] },
  { kind: 'second YAML document', files: t({ 'acme.yaml': `${VALID}---\nid: beta\n` }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml:5: a second YAML document starts here (---); a file holds one document: move it to its own file or remove it"] },
  { kind: 'unclosed quote', files: t({ 'acme.yaml': 'id: acme\ntier: "premium\ncloud: aws\nregion: us-east-1\n' }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml:2: not valid YAML: the \" opened here is never closed; add the closing \" at the end of the value"] },
  { kind: 'broken indentation', files: t({ 'acme.yaml': 'id: acme\n  tier: premium\n' }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml:1: not valid YAML: Nested mappings are not allowed in compact mappings; fix the syntax on that line"] },
  { kind: 'a list instead of a mapping', files: t({ 'acme.yaml': '- id: acme\n' }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml: a tenant file must be a YAML mapping (id, tier, cloud, region, ...)"] },
  { kind: 'empty tenant file', files: t({ 'acme.yaml': '' }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml: a tenant file must be a YAML mapping (id, tier, cloud, region, ...)"] },
  { kind: 'binary file named .yaml', files: t({ 'acme.yaml': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]) }), argv: validate, exit: 1, expected: ["error: DIR/tenants/acme.yaml: holds binary data (a NUL byte), not YAML; is it the right file?"] },
  { kind: 'named pipe named .yaml', files: t({ 'acme.yaml': VALID, 'pipe.yaml': null }), argv: list, exit: 0, expected: ["warning: DIR/tenants/pipe.yaml is a named pipe, not a tenant file; skipped"] },
  { kind: 'editor lock file beside the tenant', files: t({ 'acme.yaml': VALID, '.#acme.yaml': 'not: [yaml' }), argv: validate, exit: 0, expected: [] },
  { kind: 'upper-case extension', files: t({ 'acme.yaml': VALID, 'beta.YAML': BETA }), argv: validate, exit: 1, expected: ["error: DIR/tenants/beta.YAML: tenant files end in .yaml or .yml in lowercase, so this one would be skipped; rename it to beta.yaml"] },
  { kind: 'file name differs from the id', files: t({ 'acme2.yaml': VALID }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme2.yaml:1): the file is named 'acme2.yaml' but the id is 'acme'; rename the file to acme.yaml or set id: acme2"] },
  { kind: 'two files with one id', files: t({ 'acme.yaml': VALID, 'acme.yml': VALID }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yml:1): id is already used by DIR/tenants/acme.yaml:1; give each tenant its own id"] },
  { kind: 'missing tenants folder', files: {}, argv: validate, exit: 1, expected: ["error: tenant folder 'DIR/tenants' does not exist; create it with one <id>.yaml file per tenant"] },
  { kind: 'tenants folder is a file', files: { tenants: 'x' }, argv: validate, exit: 1, expected: ["error: tenant folder 'DIR/tenants' is not a folder; give the folder that holds the <id>.yaml files"] },
  { kind: 'tenants folder without tenant files', files: { 'tenants/README.md': '# tenants' }, argv: validate, exit: 1, expected: ["error: no tenant files (*.yaml) in 'DIR/tenants'; add one per tenant"] },
  {
    kind: 'unreadable tenants folder',
    files: t({ 'acme.yaml': VALID }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant folder 'DIR/tenants' cannot be read (EACCES); check its permissions"],
    chmod: { tenants: 0o000 },
  },
  // Fields
  { kind: 'number where text is expected', files: t({ 'acme.yaml': 'id: 42\ntier: premium\ncloud: aws\nregion: us-east-1\n' }), argv: validate, exit: 1, expected: ["error: tenant (DIR/tenants/acme.yaml:1): id: must be text (got 42); put the value in quotes"] },
  { kind: 'quoted number', files: t({ 'acme.yaml': acme('overrides:\n  storageGb: "1500"\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): overrides.storageGb: must be a finite number (got '1500'); remove the quotes"] },
  { kind: 'not-a-number', files: t({ 'acme.yaml': acme('overrides:\n  storageGb: .nan\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): overrides.storageGb: must be a finite number (got .nan)"] },
  { kind: 'number too large for a double', files: t({ 'acme.yaml': acme('overrides:\n  storageGb: 1e309\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): overrides.storageGb: must be a finite number (got .inf)"] },
  { kind: 'fractional node count', files: t({ 'acme.yaml': acme('overrides:\n  nodes:\n    desired: 2.5\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:7): overrides.nodes.desired: must be a whole number (got 2.5)"] },
  { kind: 'null tag value', files: t({ 'acme.yaml': acme('tags:\n  owner: null\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): tags.owner: must be text (got null)"] },
  { kind: 'unknown field', files: t({ 'acme.yaml': acme('colour: blue\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:5): unknown field 'colour'; remove it or fix its spelling"] },
  { kind: 'missing field', files: t({ 'acme.yaml': 'id: acme\ntier: premium\ncloud: aws\n' }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml): region: is required"] },
  {
    kind: 'unknown tier beside a schema error',
    files: t({ 'acme.yaml': 'id: acme\ntier: gold\ncloud: aws\nregion: us-east-1\ncolour: blue\n' }),
    argv: validate,
    exit: 1,
    expected: [
      "error: tenant 'acme' (DIR/tenants/acme.yaml:5): unknown field 'colour'; remove it or fix its spelling",
      "error: tenant 'acme' (DIR/tenants/acme.yaml:2): unknown tier 'gold'; use one of: free, standard, premium, enterprise, enterprise-plus, white-label",
    ],
  },
  { kind: 'unknown cloud', files: t({ 'acme.yaml': 'id: acme\ntier: premium\ncloud: ibm\nregion: us-east-1\n' }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:3): cloud: must be one of: aws, azure, gcp (got 'ibm')"] },
  { kind: 'region of another cloud', files: t({ 'acme.yaml': 'id: acme\ntier: premium\ncloud: aws\nregion: westeurope\n' }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:4): region: 'westeurope' is not a region this library knows on aws; use one of: us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-central-2, eu-north-1, eu-south-1, ap-southeast-1, ap-southeast-2, ap-northeast-1, ap-northeast-2, ap-south-1, sa-east-1"] },
  { kind: 'zero storage', files: t({ 'acme.yaml': acme('overrides:\n  storageGb: 0\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): overrides.storageGb: must be a positive number (got 0)"] },
  { kind: 'log retention no cloud accepts', files: t({ 'acme.yaml': acme('overrides:\n  logRetentionDays: 17\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): overrides.logRetentionDays: must be one of: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (got 17)"] },
  { kind: 'framework as text instead of a list', files: t({ 'acme.yaml': acme('compliance: soc2\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:5): compliance: must be a list (got 'soc2'); write it as a list: [soc2]"] },
  { kind: 'framework listed twice', files: t({ 'acme.yaml': acme('compliance: [soc2, soc2]\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:5): compliance[1]: 'soc2' is listed twice; remove one"] },
  { kind: 'framework the tier may not claim', files: t({ 'acme.yaml': acme('compliance: [hipaa]\n').replace('premium', 'standard') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:5): the standard tier may not claim 'hipaa' (allowed: gdpr, soc2); raise the tier or remove it"] },
  { kind: 'override above the tier bound', files: t({ 'acme.yaml': acme('overrides:\n  nodes:\n    max: 40\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:7): overrides.nodes.max 40 exceeds the premium tier bound 6; raise the tier or lower overrides.nodes.max"] },
  { kind: 'node counts out of order', files: t({ 'acme.yaml': acme('overrides:\n  nodes:\n    min: 4\n    desired: 3\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): node counts must satisfy min <= desired <= max (got 4 <= 3 <= 4); adjust overrides.nodes"] },
  { kind: 'invalid tenant id', files: t({ 'Acme.yaml': 'id: Acme\ntier: premium\ncloud: aws\nregion: us-east-1\n' }), argv: validate, exit: 1, expected: ["error: tenant 'Acme' (DIR/tenants/Acme.yaml:1): id: use lowercase letters, digits and single hyphens, starting with a letter and ending with a letter or digit (got 'Acme')"] },
  // Backends
  { kind: 'empty S3 backend region', files: t({ 'acme.yaml': acme('backend:\n  type: s3\n  bucket: acme-state\n  region: ""\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:8): backend.region: must be an AWS region code such as us-east-1 (got '')"] },
  { kind: 'S3 bucket name with spaces', files: t({ 'acme.yaml': acme('backend:\n  type: s3\n  bucket: acme state\n  region: us-east-1\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:7): backend.bucket: must be an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit (got 'acme state')"] },
  {
    kind: 'Azure container name with capitals',
    files: t({ 'acme.yaml': acme('backend:\n  type: azurerm\n  resourceGroupName: rg\n  storageAccountName: acmestate\n  containerName: TfState\n') }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:9): backend.containerName: must be a container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit (got 'TfState')"],
  },
  { kind: 'GCS bucket named google', files: t({ 'acme.yaml': acme('backend:\n  type: gcs\n  bucket: google-state\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:7): backend.bucket: must not start with 'goog' or contain 'google' (Cloud Storage bucket naming rules)"] },
  { kind: 'local state path shared by every stack', files: t({ 'acme.yaml': acme('backend:\n  type: local\n  path: state.tfstate\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:7): backend.path: must contain {stack}, so each stack keeps its own state file"] },
  { kind: 'unknown backend type', files: t({ 'acme.yaml': acme('backend:\n  type: nfs\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): backend.type: must be one of: local, s3, hcp, azurerm, gcs (got 'nfs')"] },
  // Tags
  { kind: '__proto__ tag', files: t({ 'acme.yaml': acme('tags:\n  __proto__: x\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): tags.__proto__: the tag key '__proto__' cannot be used (JavaScript reserves it, so the tag would be dropped); rename it"] },
  { kind: 'more tags than AWS allows', files: t({ 'acme.yaml': tagged(45) }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:5): tags: 45 tags, but a resource on aws takes at most 50 and the platform sets up to 6 of them, so at most 44; remove some or combine them into one value"] },
  { kind: 'tag the platform sets', files: t({ 'acme.yaml': acme('tags:\n  tenant: other\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): tags.tenant: 'tenant' is set by the platform on every resource; remove it"] },
  { kind: 'AWS-reserved tag prefix', files: t({ 'acme.yaml': acme('tags:\n  "aws:owner": me\n') }), argv: validate, exit: 1, expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): tags.aws:owner: the aws: prefix is reserved for AWS; rename the tag"] },
  {
    kind: 'Azure tag name with a slash',
    files: t({ 'acme.yaml': 'id: acme\ntier: premium\ncloud: azure\nregion: westeurope\ntags:\n  team/name: x\n' }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): tags.team/name: Azure tag names may not contain < > % & \\ ? /; rename the tag"],
  },
  // Suppressions
  {
    kind: 'suppression of a rule that does not exist',
    files: t({ 'acme.yaml': acme('suppressions:\n  - rule: aws-s3-versioning\n    reason: the bucket holds rebuildable caches\n') }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): suppressions[0].rule: suppression names rule 'aws-s3-versioning', which no policy pack has; see RULES.md or `tenants check --format json` for the rule ids"],
  },
  {
    kind: 'suppression of another cloud\'s rule',
    files: t({ 'acme.yaml': acme('suppressions:\n  - rule: azure-redis-tls\n    reason: the cache is on a private network\n') }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:6): suppressions[0].rule: suppression names rule 'azure-redis-tls', which checks azure resources, but the tenant runs on aws; remove it or name the aws rule"],
  },
  {
    kind: 'suppression already expired',
    files: t({ 'acme.yaml': acme('suppressions:\n  - rule: aws-s3-access-logging\n    reason: logs go to the SIEM directly\n    expires: 2020-01-01\n') }),
    argv: list,
    exit: 0,
    expected: ["warning: tenant 'acme' (DIR/tenants/acme.yaml:8): suppressions[0].expires: the suppression of aws-s3-access-logging expired on 2020-01-01, so its findings count again; renew it with a new date and reason, or remove it"],
  },
  {
    kind: 'suppression with a one-word reason',
    files: t({ 'acme.yaml': acme('suppressions:\n  - rule: aws-s3-access-logging\n    reason: ok\n') }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:7): suppressions[0].reason: give a reason of at least 10 characters (got 'ok')"],
  },
  // Across tenants
  { kind: 'stack names that clash', files: t({ 'acme.yaml': VALID, 'acme-workloads.yaml': VALID.replace('id: acme', 'id: acme-workloads') }), argv: validate, exit: 1, expected: ["error: tenant 'acme-workloads' (DIR/tenants/acme-workloads.yaml:1): id: its stack 'tenant-acme-workloads' has the name of the workloads stack of tenant 'acme'; choose another id (one that is not another tenant's id followed by '-workloads')"] },
  { kind: 'selecting a tenant that does not exist', files: t({ 'acme.yaml': VALID }), argv: [...list, '--tenant', 'nosuch'], exit: 1, expected: ["error: tenant 'nosuch' was asked for, but no file in 'DIR/tenants' has that id (known: acme); check the spelling"] },
  // What only building the stacks finds: validate must say what synth says
  {
    kind: 'white-label node no machine type has (validate)',
    files: t({ 'acme.yaml': 'id: acme\ntier: white-label\ncloud: aws\nregion: us-east-1\noverrides:\n  storageGb: 100\n  nodes: { vcpu: 512, memoryGiB: 4096, min: 1, desired: 1, max: 2 }\n' }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml): no AWS node type has 512 vCPU / 4096 GiB (largest: m6i.16xlarge, 64 vCPU / 256 GiB); lower overrides.nodes.vcpu / memoryGiB and add nodes instead"],
  },
  {
    kind: 'white-label node no machine type has (synth)',
    files: t({ 'acme.yaml': 'id: acme\ntier: white-label\ncloud: aws\nregion: us-east-1\noverrides:\n  storageGb: 100\n  nodes: { vcpu: 512, memoryGiB: 4096, min: 1, desired: 1, max: 2 }\n' }),
    argv: synth,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml): no AWS node type has 512 vCPU / 4096 GiB (largest: m6i.16xlarge, 64 vCPU / 256 GiB); lower overrides.nodes.vcpu / memoryGiB and add nodes instead"],
  },
  {
    kind: 'GDPR tenant outside the EU',
    files: t({ 'acme.yaml': acme('compliance: [gdpr]\n') }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml:5): compliance[0]: gdpr keeps personal data in the EU/EEA, but us-east-1 is outside it; choose an EU region (eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-central-2, eu-north-1, eu-south-1) or document the transfer basis in transferBasis"],
  },
  { kind: 'pooled tenant over its budget (validate)', files: OVER_BUDGET, argv: validate, exit: 1, expected: [
      "warning: tenant 'beta' (standard tier, pooled): estimated 293.60 USD/month is 97.9% of the budget of 300.00 USD (warning at 80%).",
      "error: tenant 'acme' (DIR/tenants/acme.yaml, free tier, pooled): estimated 146.80 USD/month is over the budget of 100.00 USD (146.8%). Top costs:",
      "error:   - pool.pool-azure-westeurope: Share of pool-azure-westeurope (16.08 % of its capacity): 146.80 USD",
      "error: Its share follows pool-azure-westeurope (913.09 USD/month for 2 tenant(s), 51.8 % of its capacity unallocated), whose size and features come from the sum and the strictest settings of its tenants: raise the free tier's budget (defineTier), place the tenant in another region, or lower the sizes of the pool's tenants.",
    ] },
  { kind: 'pooled tenant over its budget (synth)', files: OVER_BUDGET, argv: synth, exit: 1, expected: [
      "warning: tenant 'beta' (standard tier, pooled): estimated 293.60 USD/month is 97.9% of the budget of 300.00 USD (warning at 80%).",
      "error: tenant 'acme' (DIR/tenants/acme.yaml, free tier, pooled): estimated 146.80 USD/month is over the budget of 100.00 USD (146.8%). Top costs:",
      "error:   - pool.pool-azure-westeurope: Share of pool-azure-westeurope (16.08 % of its capacity): 146.80 USD",
      "error: Its share follows pool-azure-westeurope (913.09 USD/month for 2 tenant(s), 51.8 % of its capacity unallocated), whose size and features come from the sum and the strictest settings of its tenants: raise the free tier's budget (defineTier), place the tenant in another region, or lower the sizes of the pool's tenants.",
    ] },
  {
    kind: 'pooled tenant too big for any pool',
    files: t({ '_platform.yaml': 'pools:\n  maxDatabaseStorageGb: 40\n', 'acme.yaml': 'id: acme\ntier: standard\ncloud: aws\nregion: us-east-1\noverrides:\n  database:\n    storageGb: 100\n' }),
    argv: validate,
    exit: 1,
    expected: ["error: tenant 'acme' (DIR/tenants/acme.yaml): alone it would give a pool 100 GB of database storage, more than its maximum 40; raise the pool limits (pools in _platform.yaml) or give it a siloed tier"],
  },
  {
    kind: 'synth --frozen with a stale lock file',
    files: t({ 'acme.yaml': 'id: acme\ntier: free\ncloud: aws\nregion: us-east-1\n' }),
    argv: [...synth, '--frozen'],
    exit: 1,
    expected: ["error: DIR/tenants/_fleet.lock.json is out of date (there is none); run `tenants synth` without --frozen and commit the lock file"],
  },
  // Fleet settings
  { kind: 'unknown field in _platform.yaml', files: t({ 'acme.yaml': VALID, '_platform.yaml': 'plugin: [x]\n' }), argv: validate, exit: 1, expected: ["error: platform settings (DIR/tenants/_platform.yaml:1): unknown field 'plugin'; remove it or fix its spelling"] },
  { kind: 'plugin that cannot be loaded', files: t({ 'acme.yaml': VALID, '_platform.yaml': 'plugins: [./nowhere.js]\n' }), argv: validate, exit: 1, expected: ["error: plugin module './nowhere.js' cannot be loaded (no such module); fix the path in DIR/tenants/_platform.yaml"] },
  // The output folder
  { kind: '--out naming the tenants folder', files: t({ 'acme.yaml': VALID }), argv: ['synth', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/tenants'], exit: 2, expected: ["error: the output folder 'DIR/tenants' holds the tenant files (DIR/tenants), and synth replaces it; choose another output folder"] },
  {
    kind: '--out naming a folder of other files',
    files: { ...t({ 'acme.yaml': VALID }), 'work/notes.md': 'my notes', 'work/src/main.ts': 'code' },
    argv: ['synth', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/work'],
    exit: 2,
    expected: ["error: the output folder 'DIR/work' is not a synth output (no tenant-templates.json, and it holds other files), so synth will not replace it; choose a new or empty folder, or delete it yourself"],
  },
  { kind: '--out whose parent does not exist', files: t({ 'acme.yaml': VALID }), argv: ['synth', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/no/such/out'], exit: 2, expected: ["error: the folder 'DIR/no/such' that would hold the output folder 'DIR/no/such/out' does not exist; create it or choose another output folder"] },
  { kind: '--out naming a file', files: { ...t({ 'acme.yaml': VALID }), 'out.txt': 'x' }, argv: ['synth', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/out.txt'], exit: 2, expected: ["error: the output folder 'DIR/out.txt' is a file, not a folder; choose another output folder"] },
  {
    kind: '--out in a folder that cannot be written',
    files: { ...t({ 'acme.yaml': VALID }), 'locked/.keep': '' },
    argv: ['synth', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/locked/out'],
    exit: 2,
    expected: ["error: cannot write in 'DIR/locked', where the output folder 'DIR/locked/out' and its staging folder go; choose an output folder you may write to"],
    chmod: { locked: 0o555 },
  },
  // Other commands' inputs
  { kind: 'Terraform JSON that is not JSON', files: { ...t({ 'acme.yaml': VALID }), 'stack.tf.json': '{"resource": ' }, argv: ['check', 'DIR/stack.tf.json', '--tenants-dir', 'DIR/tenants'], exit: 2, expected: ["tenants check: DIR/stack.tf.json: not valid JSON (Unexpected end of JSON input); give a *.tf.json or `terraform show -json` output"] },
  {
    kind: 'negative node count and absurd count priced',
    files: {
      ...t({ 'acme.yaml': VALID }),
      'stack.tf.json': JSON.stringify({
        provider: { aws: [{ region: 'us-east-1' }] },
        resource: { aws_eks_node_group: { n: { instance_types: ['m6i.xlarge'], scaling_config: { desired_size: -3 } } }, aws_nat_gateway: { g: { count: 1e308 } } },
      }),
    },
    argv: ['cost', 'DIR/stack.tf.json', '--tenants-dir', 'DIR/tenants', '--format', 'json'],
    exit: 2,
    expected: [
      "tenants cost: DIR/stack.tf.json: aws_eks_node_group.n: Nodes (-3 x m6i.xlarge): quantity -2190 hours is negative, so it is not priced; fix the count or size behind it",
      "tenants cost: DIR/stack.tf.json: aws_nat_gateway.g: count 1e+308 is more than 10000 copies of one block, taken for a mistake and not priced; fix count",
    ],
  },
  {
    kind: 'corrupt allocation.json of a pooled tenant',
    files: {
      ...t({ 'beta.yaml': 'id: beta\ntier: free\ncloud: aws\nregion: us-east-1\n' }),
      'cdktf.out/stacks/tenant-beta/cdk.tf.json': JSON.stringify({ provider: { aws: [{ region: 'us-east-1' }] }, resource: { aws_s3_bucket: { b: { bucket: 'beta' } } } }),
      'cdktf.out/stacks/pool-aws-us-east-1/allocation.json': '{"pool": ',
    },
    argv: ['cost', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/cdktf.out', '--format', 'json'],
    exit: 2,
    expected: ["tenants cost: tenant 'beta' (pooled in pool-aws-us-east-1): DIR/cdktf.out/stacks/pool-aws-us-east-1/allocation.json: not valid JSON (Unexpected end of JSON input); synthesize again"],
  },
  {
    kind: 'usage CSV with a column twice',
    files: {
      ...t({ 'acme.yaml': VALID }),
      'usage.csv': `${USAGE_COLUMNS},id\n2026-04-01,2026-05-01,acme,1,2,3,4,50,40,20,30,50,acme\n`,
    },
    argv: ['recommend', '--usage', 'DIR/usage.csv', '--tenants-dir', 'DIR/tenants'],
    exit: 2,
    expected: ["tenants recommend: DIR/usage.csv: line 1: column 'id' appears twice (columns 3 and 13); keep one"],
  },
  {
    kind: 'binary file given as usage CSV',
    files: { ...t({ 'acme.yaml': VALID }), 'usage.csv': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d]) },
    argv: ['recommend', '--usage', 'DIR/usage.csv', '--tenants-dir', 'DIR/tenants'],
    exit: 2,
    expected: ["tenants recommend: DIR/usage.csv: holds binary data (a NUL byte), not CSV text; export the usage as CSV or JSON"],
  },
  {
    kind: 'review of a folder with a broken manifest',
    files: { ...t({ 'acme.yaml': VALID }), 'base/manifest.json': 'not json', 'head/manifest.json': '{"stacks": {}}' },
    argv: ['review', '--base', 'DIR/base', '--head', 'DIR/head', '--tenants-dir', 'DIR/tenants'],
    exit: 2,
    expected: ["tenants review: DIR/base/manifest.json: not valid JSON (Unexpected token 'o', \"not json\" is not valid JSON); synthesize the base again, or delete it to read stacks/*/cdk.tf.json"],
  },
];

