import { checkTerraform } from '../../lib/policy/engine';
import { defineRule } from '../../lib/policy/rule';
import { tf } from './helpers';

const ref = (a: string) => `\${${a}}`;
const unencryptedBucket = tf({ aws_s3_bucket: { data: { bucket: 'acme', '//': { metadata: { path: 'tenant-acme/storage/bucket' } } } } });

describe('checkTerraform', () => {
  it('reports a finding with rule, level, address, construct path, message, fix and controls', () => {
    const report = checkTerraform(unencryptedBucket, { packs: ['hipaa'] });
    const f = report.findings.find((x) => x.ruleId === 'aws-s3-bucket-encryption');
    expect(f).toMatchObject({
      level: 'error',
      address: 'aws_s3_bucket.data',
      path: 'tenant-acme/storage/bucket',
      packs: ['baseline', 'hipaa'],
      controls: [{ pack: 'hipaa', control: '164.312(a)(2)(iv)' }],
    });
    expect(f?.fix).toMatch(/aws_s3_bucket_server_side_encryption_configuration/);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('always runs baseline and takes the strictest level across packs', () => {
    const doc = tf({ aws_kms_key: { k: { enable_key_rotation: false } } });
    expect(checkTerraform(doc).findings.find((f) => f.ruleId === 'aws-kms-key-rotation')?.level).toBe('warning');
    expect(checkTerraform(doc, { packs: ['pci-dss'] }).findings.find((f) => f.ruleId === 'aws-kms-key-rotation')?.level).toBe('error');
  });

  it('applies each pack’s threshold: 90-day logs pass baseline but fail PCI DSS 10.5.1', () => {
    const doc = tf({ aws_cloudwatch_log_group: { g: { retention_in_days: 90, kms_key_id: ref('aws_kms_key.k.arn') } } });
    expect(checkTerraform(doc).summary.errors).toBe(0);
    const pci = checkTerraform(doc, { packs: ['pci-dss'] }).findings;
    expect(pci).toEqual([expect.objectContaining({ ruleId: 'aws-cloudwatch-log-retention', level: 'error', controls: [{ pack: 'pci-dss', control: '10.5.1' }] })]);
  });

  it('records tri-state results per rule', () => {
    const report = checkTerraform(unencryptedBucket);
    const status = (id: string) => report.results.find((r) => r.ruleId === id)?.status;
    expect(status('aws-s3-bucket-encryption')).toBe('fail');
    expect(status('aws-eks-audit-logging')).toBe('not-applicable');
    expect(report.summary.notApplicable).toBeGreaterThan(50);
  });

  it('turns a rule that throws into a failed finding instead of crashing', () => {
    const broken = defineRule('/x/rules/aws/broken.ts', {
      description: 'throws',
      category: 'encryption-at-rest',
      severity: 'error',
      fix: 'none',
      check: () => {
        throw new Error('boom');
      },
    });
    const report = checkTerraform(unencryptedBucket, { rules: [broken] });
    expect(report.results).toEqual([{ ruleId: 'aws-broken', status: 'error', packs: ['baseline'] }]);
    expect(report.findings[0]).toMatchObject({ ruleId: 'aws-broken', level: 'error', address: '(rule)' });
    expect(report.findings[0].message).toMatch(/boom/);
  });

  it('runs residency only with the GDPR pack, and a documented transfer basis suppresses it', () => {
    const doc = tf({ aws_s3_bucket: { b: {} } }, { aws: [{ region: 'us-east-1' }] });
    expect(checkTerraform(doc).findings.some((f) => f.ruleId === 'aws-data-residency')).toBe(false);
    const gdpr = checkTerraform(doc, { packs: ['gdpr'] });
    expect(gdpr.findings.find((f) => f.ruleId === 'aws-data-residency')).toMatchObject({ level: 'error', address: 'provider.aws' });
    const withBasis = checkTerraform(doc, { packs: ['gdpr'], transferBasis: 'SCCs (EU) 2021/914 module 2' });
    expect(withBasis.findings.find((f) => f.ruleId === 'aws-data-residency')?.suppressed).toEqual({
      reason: 'transfer basis: SCCs (EU) 2021/914 module 2',
      by: 'transfer-basis',
    });
  });

  it('passes an EU provider under GDPR', () => {
    const doc = tf({ aws_s3_bucket: { b: {} } }, { aws: [{ region: 'eu-central-1' }] });
    expect(checkTerraform(doc, { packs: ['gdpr'] }).results.find((r) => r.ruleId === 'aws-data-residency')?.status).toBe('pass');
  });

  it('lists blocking findings first', () => {
    const report = checkTerraform(tf({ aws_kms_key: { k: {} }, aws_cloudwatch_log_group: { g: { retention_in_days: 30 } } }));
    expect(report.findings.map((f) => f.level)).toEqual(['error', 'warning']);
  });
});

describe('undecided results', () => {
  // A rule that cannot decide a resource reports it as undecided: a finding with status 'undecided', never a pass.
  const unknownMultiAz = tf({ aws_db_instance: { db: { engine: 'postgres', multi_az: '${var.multi_az}' } } }, undefined, { variable: { multi_az: {} } });

  it('carries the rule, level and the value it needed into a finding with status undecided', () => {
    const all = checkTerraform(unknownMultiAz);
    const f = all.findings.find((x) => x.ruleId === 'aws-rds-multi-az');
    expect(f).toMatchObject({ status: 'undecided', level: 'warning', address: 'aws_db_instance.db' });
    expect(f?.message).toMatch(/^cannot decide: multi_az is not known \(\$\{var\.multi_az\}\)/);
    expect(all.results.find((r) => r.ruleId === 'aws-rds-multi-az')?.status).toBe('undecided');
  });

  it('counts undecided findings and rules apart from errors, warnings and passes', () => {
    const s = checkTerraform(unknownMultiAz).summary;
    expect(s.undecided).toBeGreaterThanOrEqual(1);
    expect(s.undecidedRules).toBeGreaterThanOrEqual(1);
    expect(s.warnings).toBe(checkTerraform(unknownMultiAz).findings.filter((f) => f.status === 'fail' && f.level === 'warning' && !f.suppressed).length);
  });

  it('lets a suppression accept an undecided finding', () => {
    const report = checkTerraform(unknownMultiAz, { suppressions: [{ rule: 'aws-rds-multi-az', reason: 'set per environment' }] });
    expect(report.findings.find((f) => f.ruleId === 'aws-rds-multi-az')?.suppressed?.reason).toBe('set per environment');
  });

  it('forces error level for a value the service rejects, whatever the pack says', () => {
    const doc = tf({ aws_kms_key: { k: { deletion_window_in_days: 3 } } });
    expect(checkTerraform(doc).findings.find((f) => f.ruleId === 'aws-kms-deletion-window')).toMatchObject({ level: 'error', status: 'fail' });
  });
});
