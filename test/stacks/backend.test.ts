import * as path from 'path';
import { Testing } from 'cdktf';
import { TenantStack } from '../../stacks/tenant-stack';
import { tenantOf } from '../util';

let outdir = '';

function terraformBlock(backend: object): Record<string, unknown> {
  const app = Testing.app();
  outdir = app.outdir;
  const stack = new TenantStack(app, { tenant: tenantOf({ tier: 'premium', backend: backend as never }) });
  return JSON.parse(Testing.synth(stack)).terraform;
}

describe('tenant backends', () => {
  it('keeps local state beside the project, by a path relative to the stack folder', () => {
    const { local } = terraformBlock({ type: 'local' }).backend as { local: { path: string } };
    expect(path.isAbsolute(local.path)).toBe(false);
    expect(path.resolve(outdir, 'stacks', 'tenant-acme', local.path)).toBe(path.resolve('terraform.tenant-acme.tfstate'));
  });

  it('uses one S3 key per stack with S3-native locking and encryption', () => {
    expect(terraformBlock({ type: 's3', bucket: 'state-bucket', region: 'us-east-1' }).backend).toEqual({
      s3: { bucket: 'state-bucket', key: 'tenants/tenant-acme.tfstate', region: 'us-east-1', encrypt: true, use_lockfile: true },
    });
  });

  it('can lock S3 state with a DynamoDB table instead', () => {
    const backend = terraformBlock({ type: 's3', bucket: 'state-bucket', region: 'us-east-1', locking: 'dynamodb', dynamodbTable: 'locks' })
      .backend as { s3: Record<string, unknown> };
    expect(backend.s3.dynamodb_table).toBe('locks');
    expect(backend.s3.use_lockfile).toBeUndefined();
  });

  it('gives each tenant its own HCP Terraform workspace', () => {
    expect(terraformBlock({ type: 'hcp', organization: 'acme-platform', workspacePrefix: 'tt-' }).cloud).toEqual({
      hostname: 'app.terraform.io',
      organization: 'acme-platform',
      workspaces: { name: 'tt-tenant-acme' },
    });
  });

  it('supports azurerm and gcs state for the other clouds', () => {
    expect(
      terraformBlock({ type: 'azurerm', resourceGroupName: 'rg', storageAccountName: 'tfstate01', containerName: 'state' }).backend,
    ).toEqual({
      azurerm: {
        resource_group_name: 'rg',
        storage_account_name: 'tfstate01',
        container_name: 'state',
        key: 'tenants/tenant-acme.tfstate',
        use_azuread_auth: true,
      },
    });
    expect(terraformBlock({ type: 'gcs', bucket: 'tf-state' }).backend).toEqual({ gcs: { bucket: 'tf-state', prefix: 'tenants/tenant-acme' } });
  });
});
