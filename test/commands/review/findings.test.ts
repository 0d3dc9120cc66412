import { checkDocument } from '../../../lib/policy/synth';
import { diffFindings, findingKey, reviewFinding, stackSubject } from '../../../commands/review/findings';
import type { PolicyReport } from '../../../lib/policy/finding';
import { resolveTenant } from '../../../lib/model/resolve';
import { TenantInput, TenantSchema } from '../../../lib/model/tenant';
import { parseTerraform } from '../../../lib/terraform-json';
import { tiers } from '../../../tiers';

function tenant(input: Partial<TenantInput> & { id: string }) {
  const resolved = resolveTenant(TenantSchema.parse({ tier: 'standard', cloud: 'aws', region: 'us-east-1', ...input }), tiers);
  if (!resolved.ok) throw new Error(resolved.issues.map((i) => i.message).join('\n'));
  return resolved.tenant;
}

const tenants = new Map(
  [
    tenant({ id: 'acme', tier: 'enterprise', compliance: ['hipaa'], suppressions: [{ rule: 'aws-kms-key-rotation', reason: 'rotated by hand every quarter' }] }),
    tenant({ id: 'eu', compliance: ['gdpr'], transferBasis: 'SCCs 2021/914' }),
    tenant({ id: 'plain' }),
  ].map((t) => [t.spec.id, t]),
);

/** A KMS key without rotation (baseline warning, HIPAA error) in us-east-1 (outside the EU for GDPR). */
const keyDoc = parseTerraform({ provider: { aws: [{ region: 'us-east-1' }] }, resource: { aws_kms_key: { key: {} } } });

describe('stackSubject', () => {
  it("gives a tenant's stacks its frameworks, suppressions and transfer basis, targeted at the stack", () => {
    const subject = stackSubject('tenant-acme-workloads', { kind: 'workloads', tenantId: 'acme' }, tenants);
    expect(subject).toMatchObject({ target: 'tenant-acme-workloads', compliance: ['hipaa'], suppressions: [expect.objectContaining({ rule: 'aws-kms-key-rotation' })] });
  });

  it("gives a pool the union of its tenants' frameworks, with a transfer basis only when every GDPR tenant has one", () => {
    expect(stackSubject('pool-aws-us-east-1', { kind: 'pool' }, tenants, ['acme', 'eu', 'gone'])).toEqual({
      target: 'pool-aws-us-east-1',
      compliance: ['hipaa', 'gdpr'],
      transferBasis: 'SCCs 2021/914',
    });
    const undocumented = new Map([...tenants, ['eu2', tenant({ id: 'eu2', compliance: ['gdpr'] })]]);
    expect(stackSubject('pool-aws-us-east-1', { kind: 'pool' }, undocumented, ['eu', 'eu2']).transferBasis).toBeUndefined();
  });

  it('checks a tenant without a tenant file, and any other stack, with the baseline only', () => {
    expect(stackSubject('tenant-ghost', { kind: 'tenant', tenantId: 'ghost' }, tenants)).toEqual({ target: 'tenant-ghost', compliance: [] });
    expect(stackSubject('dns', { kind: 'other' }, tenants)).toEqual({ target: 'dns', compliance: [] });
  });
});

describe('checkDocument (the policy check the review runs on each stack)', () => {
  it("runs the subject's packs and applies its suppressions", () => {
    const acme = checkDocument(keyDoc, stackSubject('tenant-acme', { kind: 'tenant', tenantId: 'acme' }, tenants));
    expect(acme.packs).toEqual(['baseline', 'hipaa']);
    expect(acme.findings).toEqual([expect.objectContaining({ ruleId: 'aws-kms-key-rotation', level: 'error', suppressed: expect.objectContaining({ by: 'tenant' }) })]);
    const plain = checkDocument(keyDoc, stackSubject('tenant-plain', { kind: 'tenant', tenantId: 'plain' }, tenants));
    expect(plain.findings.map((f) => [f.ruleId, f.level, f.suppressed])).toEqual([['aws-kms-key-rotation', 'warning', undefined]]);
  });
});

describe('diffFindings', () => {
  const subject = (stack: string, id: string) => stackSubject(stack, { kind: 'tenant', tenantId: id }, tenants);
  const check = (stack: string, id: string, resource: Record<string, unknown>): PolicyReport =>
    checkDocument(parseTerraform({ provider: { aws: [{ region: 'us-east-1' }] }, resource }), subject(stack, id));

  it('keys findings by stack, rule and address: new in head, resolved from base', () => {
    const base = [check('tenant-plain', 'plain', { aws_kms_key: { old: {}, kept: {} } })];
    const head = [
      check('tenant-plain', 'plain', { aws_kms_key: { kept: {}, added: {} } }),
      // The same rule and address in another stack is another finding.
      check('tenant-other', 'other', { aws_kms_key: { kept: {} } }),
    ];
    const diff = diffFindings(base, head);
    expect(diff.new.map(findingKey)).toEqual([
      findingKey({ stack: 'tenant-other', ruleId: 'aws-kms-key-rotation', address: 'aws_kms_key.kept' }),
      findingKey({ stack: 'tenant-plain', ruleId: 'aws-kms-key-rotation', address: 'aws_kms_key.added' }),
    ]);
    expect(diff.resolved.map((f) => [f.stack, f.address])).toEqual([['tenant-plain', 'aws_kms_key.old']]);
    expect(diff.new[1]).toMatchObject({ level: 'warning', text: expect.stringMatching(/^policy aws-kms-key-rotation: aws_kms_key.added: /) });
  });

  it('lists suppressed findings of head with their reason and keeps them out of new', () => {
    const head = [check('tenant-acme', 'acme', { aws_kms_key: { key: {} } })];
    const diff = diffFindings([], head);
    expect(diff.new).toEqual([]);
    expect(diff.suppressed).toEqual([
      { stack: 'tenant-acme', ruleId: 'aws-kms-key-rotation', level: 'error', address: 'aws_kms_key.key', reason: 'rotated by hand every quarter', by: 'tenant' },
    ]);
  });

  it('sorts errors first', () => {
    const eu = checkDocument(keyDoc, stackSubject('tenant-xy', { kind: 'tenant', tenantId: 'xy' }, new Map([['xy', tenant({ id: 'xy', compliance: ['gdpr'] })]])));
    const diff = diffFindings([], [eu]);
    expect(diff.new.map((f) => `${f.level} ${f.ruleId}`)).toEqual(['error aws-data-residency', 'warning aws-kms-key-rotation']);
    expect(diff.new[0].controls).toEqual(['GDPR Art. 44', 'GDPR Art. 46']);
  });
});

describe('reviewFinding', () => {
  it('carries the construct path when the finding has one', () => {
    const report = checkDocument(
      parseTerraform({ resource: { aws_kms_key: { key: { '//': { metadata: { path: 'tenant-a/platform/key' } } } } } }),
      { target: 'tenant-a', compliance: [] },
    );
    expect(reviewFinding('tenant-a', report.findings[0])).toMatchObject({ path: 'tenant-a/platform/key', address: 'aws_kms_key.key' });
  });
});
