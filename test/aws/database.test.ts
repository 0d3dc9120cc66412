import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { onlyResource, resourcesOf, synthTenant } from '../util';

describe('AwsDatabase', () => {
  const premium = synthTenant({ tier: 'premium' });
  const enterprise = synthTenant({ tier: 'enterprise' });

  it('is private, encrypted with the tenant key and managed-password only', () => {
    const db = onlyResource(premium, 'aws_db_instance');
    expect(db).toEqual(
      expect.objectContaining({
        engine: 'postgres',
        publicly_accessible: false,
        storage_encrypted: true,
        kms_key_id: expect.stringContaining('aws_kms_key'),
        manage_master_user_password: true,
        master_user_secret_kms_key_id: expect.stringContaining('aws_kms_key'),
        iam_database_authentication_enabled: true,
      }),
    );
    expect(db.password).toBeUndefined();
  });

  it('sizes class, storage and backups by tier', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(DbInstance, {
      instance_class: 'db.m6g.large',
      allocated_storage: 100,
      max_allocated_storage: 200,
      backup_retention_period: 14,
      multi_az: false,
    });
    expect(JSON.stringify(enterprise)).toHaveResourceWithProperties(DbInstance, {
      instance_class: 'db.m6g.xlarge',
      backup_retention_period: 30,
      multi_az: true,
    });
  });

  it('applies tenant overrides inside the tier bounds', () => {
    const db = onlyResource(synthTenant({ tier: 'premium', overrides: { database: { storageGb: 300, backupRetentionDays: 35 } } }), 'aws_db_instance');
    expect(db.allocated_storage).toBe(300);
    expect(db.backup_retention_period).toBe(35);
  });

  it('is protected from deletion from premium and keeps a final snapshot', () => {
    const db = onlyResource(premium, 'aws_db_instance');
    expect(db.deletion_protection).toBe(true);
    expect(db.skip_final_snapshot).toBe(false);
    // A fixed final_snapshot_identifier made the second destroy of a tenant of the same name fail: the snapshot
    // already existed (RDS DeleteDBInstance, DBSnapshotAlreadyExists). terraform_data's id is a fresh UUID per instance
    // built (Terraform docs, terraform_data), so each destroy leaves its own snapshot.
    expect(db.final_snapshot_identifier).toMatch(/^acme-postgres-final-\$\{substr\(terraform_data\.[^.]+\.id, 0, 8\)\}$/);
    expect(resourcesOf(premium, 'terraform_data')).toHaveLength(1);
  });

  it('forces TLS through its parameter group', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(DbParameterGroup, {
      family: 'postgres16',
      parameter: expect.arrayContaining([{ name: 'rds.force_ssl', value: '1' }]),
    });
  });

  it('sits in data subnets and admits only the cluster security group', () => {
    const rules = resourcesOf(premium, 'aws_vpc_security_group_ingress_rule').filter((r) => r.from_port === 5432);
    expect(rules).toHaveLength(1);
    expect(rules[0].referenced_security_group_id).toContain('aws_eks_cluster');
    expect(rules[0].cidr_ipv4).toBeUndefined();
  });
});
