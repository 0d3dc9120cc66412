import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, Testing } from 'cdktf';
import { AwsAccountContext } from '../../lib/aws/account-context';
import { AwsEncryption } from '../../lib/aws/encryption';
import { resourcesOf, synthTenant } from '../util';

describe('AwsEncryption', () => {
  it('creates one shared customer-managed key below maximum security', () => {
    expect(resourcesOf(synthTenant({ tier: 'premium' }), 'aws_kms_key')).toHaveLength(1);
  });

  it('rotates only when asked (the platform asks from advanced security)', () => {
    const stack = new TerraformStack(Testing.app(), 'keys');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    new AwsEncryption(stack, 'encryption', { name: 'acme', account: new AwsAccountContext(stack, 'account'), keyRotation: false });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(KmsKey, { enable_key_rotation: false });
  });

  it('rotates keys from advanced security (premium)', () => {
    expect(JSON.stringify(synthTenant({ tier: 'premium' }))).toHaveResourceWithProperties(KmsKey, {
      enable_key_rotation: true,
      deletion_window_in_days: 30,
    });
  });

  it('uses a key per data service from maximum security (enterprise)', () => {
    const json = synthTenant({ tier: 'enterprise' });
    const keys = resourcesOf(json, 'aws_kms_key');
    expect(keys.map((k) => k.description).sort()).toEqual([
      'acme cache encryption',
      'acme cluster encryption',
      'acme database encryption',
      'acme logs encryption',
      'acme storage encryption',
    ]);
    expect(resourcesOf(json, 'aws_kms_alias').map((a) => a.name)).toContain('alias/acme-database');
  });

  it('lets CloudWatch Logs use the key only for this account’s log groups', () => {
    const json = synthTenant({ tier: 'premium' });
    const policy = Object.values(json.data!.aws_iam_policy_document)[0] as { statement: { sid: string; condition?: unknown[] }[] };
    const logs = policy.statement.find((s) => s.sid === 'CloudWatchLogsEncryptsThisAccountsLogs');
    expect(logs?.condition).toEqual([
      expect.objectContaining({ test: 'ArnLike', variable: 'kms:EncryptionContext:aws:logs:arn' }),
    ]);
    const ec2 = policy.statement.find((s) => s.sid === 'Ec2EncryptsThisAccountsNodeVolumes');
    expect(JSON.stringify(ec2?.condition)).toContain('kms:ViaService');
  });
});
