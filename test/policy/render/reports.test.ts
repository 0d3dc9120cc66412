import { checkTerraform } from '../../../lib/policy/engine';
import { parseTerraform } from '../../../lib/terraform-json';
import { renderJson } from '../../../lib/policy/render/json';
import { renderMarkdown } from '../../../lib/policy/render/markdown';
import { renderSarif, resourceLine } from '../../../lib/policy/render/sarif';
import { renderTable } from '../../../lib/policy/render/table';
import { RULES } from '../../../lib/policy/rules';

const text = `{
  "resource": {
    "aws_s3_bucket": {
      "data": { "bucket": "acme", "//": { "metadata": { "path": "tenant-acme/storage/bucket" } } }
    }
  }
}`;
const doc = parseTerraform(JSON.parse(text), 'stacks/tenant-acme/cdk.tf.json');
const report = checkTerraform(doc, {
  packs: ['hipaa'],
  target: 'tenant-acme',
  suppressions: [{ rule: 'aws-s3-access-logging', reason: 'access logs go to the org trail' }],
});

describe('renderTable', () => {
  it('prints a summary, a row per finding with level, rule and construct path, and the fixes', () => {
    const out = renderTable([report]);
    expect(out).toMatch(/^tenant-acme: \d+ error\(s\)/);
    expect(out).toMatch(/error\s+aws-s3-bucket-encryption\s+tenant-acme\/storage\/bucket/);
    expect(out).toMatch(/suppressed\s+aws-s3-access-logging.*\(suppressed: access logs go to the org trail\)/);
    expect(out).toMatch(/How to fix:\n(.*\n)*  aws-s3-bucket-encryption: Add an aws_s3_bucket_server_side_encryption_configuration/);
  });
});

describe('renderJson', () => {
  it('round-trips the report', () => {
    const parsed = JSON.parse(renderJson([report]));
    expect(parsed.version).toBe(1);
    expect(parsed.reports[0].findings[0]).toMatchObject({ ruleId: expect.any(String), address: 'aws_s3_bucket.data', level: 'error' });
  });
});

describe('renderMarkdown', () => {
  it('renders a status heading and a findings table with controls', () => {
    const md = renderMarkdown([report]);
    expect(md).toContain('## tenant-acme: failed');
    expect(md).toMatch(/\| error \| `aws-s3-bucket-encryption` \| `aws_s3_bucket.data` \(tenant-acme\/storage\/bucket\) \| .* \| HIPAA Security Rule 164.312\(a\)\(2\)\(iv\) \|/);
  });
});

describe('renderSarif', () => {
  const sarif = JSON.parse(renderSarif([report], { version: '1.2.3', readFile: () => text }));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with every rule in tool.driver.rules', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({ name: 'tenant-templates policy', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('gives each result its rule, level, message, file and logical location', () => {
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'aws-s3-bucket-encryption');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('aws-s3-bucket-encryption');
    expect(result.level).toBe('error');
    expect(result.message.text).toMatch(/tenant-acme\/storage\/bucket: .*Fix:/);
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'stacks/tenant-acme/cdk.tf.json' }, region: { startLine: 4 } });
    expect(result.locations[0].logicalLocations[0]).toEqual({ name: 'aws_s3_bucket.data', fullyQualifiedName: 'tenant-acme/aws_s3_bucket.data', kind: 'resource' });
  });

  it('marks suppressed findings with a justification', () => {
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'aws-s3-access-logging');
    expect(result.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'access logs go to the org trail' }]);
  });

  it('points at line 1 when the resource is not found in the file', () => {
    expect(resourceLine(undefined, report.findings[0])).toBe(1);
  });
});

describe('undecided findings in every renderer', () => {
  // versioning of a bucket whose configuration names its bucket by a variable without a value: undecided.
  const undecidedDoc = parseTerraform(
    {
      variable: { name: {} },
      resource: {
        aws_s3_bucket: { data: { bucket: 'acme' } },
        aws_s3_bucket_versioning: { v: { bucket: '${var.name}', versioning_configuration: { status: 'Enabled' } } },
      },
    },
    'main.tf.json',
  );
  const undecided = checkTerraform(undecidedDoc, { target: 'main.tf.json' });
  const finding = undecided.findings.find((f) => f.ruleId === 'aws-s3-bucket-versioning')!;

  it('has an undecided error-level finding to show', () => {
    expect(finding).toMatchObject({ status: 'undecided', level: 'error' });
  });

  it('table: labels it undecided with its level and counts it in the summary', () => {
    const out = renderTable([undecided]);
    expect(out).toMatch(/undecided \(error\)\s+aws-s3-bucket-versioning\s+aws_s3_bucket\.data\s+cannot decide: /);
    expect(out).toMatch(/\d+ undecided, \d+ suppressed; rules \d+ passed, \d+ failed, \d+ undecided/);
  });

  it('markdown: an undecided status heading when nothing failed outright, and the row', () => {
    const onlyUndecided = { ...undecided, findings: [finding], summary: { ...undecided.summary, errors: 0 } };
    expect(renderMarkdown([onlyUndecided])).toContain('## main.tf.json: undecided');
    expect(renderMarkdown([undecided])).toMatch(/\| undecided \(error\) \| `aws-s3-bucket-versioning` \|/);
  });

  it('json: the status and the summary counts', () => {
    const parsed = JSON.parse(renderJson([undecided]));
    expect(parsed.reports[0].findings.find((f: { ruleId: string }) => f.ruleId === 'aws-s3-bucket-versioning').status).toBe('undecided');
    expect(parsed.reports[0].summary.undecided).toBe(undecided.summary.undecided);
  });

  it('sarif: kind "open" with level "none" (SARIF 2.1.0 §3.27.9-10), the pack level in the properties', () => {
    const result = JSON.parse(renderSarif([undecided])).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'aws-s3-bucket-versioning');
    expect(result).toMatchObject({ kind: 'open', level: 'none', properties: { packLevel: 'error' } });
    const failed = JSON.parse(renderSarif([report])).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'aws-s3-bucket-encryption');
    expect(failed).toMatchObject({ kind: 'fail', level: 'error' });
  });
});
