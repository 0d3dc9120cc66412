import { BadInput, OVER_BUDGET, USAGE_COLUMNS, VALID, acme, list, synth, t, validate } from './helpers';

/** Bad input across tenants, found only by building the stacks, in the fleet settings, the output folder and other commands. */
export const FLEET_AND_COMMAND_INPUTS: readonly BadInput[] = [
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
      "warning: tenant 'beta' (standard tier, pooled): estimated 372.69 USD/month is 93.2% of the budget of 400.00 USD (warning at 80%).",
      "error: tenant 'acme' (DIR/tenants/acme.yaml, free tier, pooled): estimated 186.35 USD/month is over the budget of 100.00 USD (186.3%). Top costs:",
      "error:   - pool.pool-azure-westeurope: Share of pool-azure-westeurope (16.08 % of its capacity): 186.35 USD",
      "error: Its share follows pool-azure-westeurope (1159.08 USD/month for 2 tenant(s), 51.8 % of its capacity unallocated), whose size and features come from the sum and the strictest settings of its tenants: raise the free tier's budget (defineTier, budget.byCloud.azure), place the tenant in another region, or lower the sizes of the pool's tenants.",
    ] },
  { kind: 'pooled tenant over its budget (synth)', files: OVER_BUDGET, argv: synth, exit: 1, expected: [
      "warning: tenant 'beta' (standard tier, pooled): estimated 372.69 USD/month is 93.2% of the budget of 400.00 USD (warning at 80%).",
      "error: tenant 'acme' (DIR/tenants/acme.yaml, free tier, pooled): estimated 186.35 USD/month is over the budget of 100.00 USD (186.3%). Top costs:",
      "error:   - pool.pool-azure-westeurope: Share of pool-azure-westeurope (16.08 % of its capacity): 186.35 USD",
      "error: Its share follows pool-azure-westeurope (1159.08 USD/month for 2 tenant(s), 51.8 % of its capacity unallocated), whose size and features come from the sum and the strictest settings of its tenants: raise the free tier's budget (defineTier, budget.byCloud.azure), place the tenant in another region, or lower the sizes of the pool's tenants.",
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
