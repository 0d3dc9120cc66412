import * as path from 'path';
import {
  AzurermBackend,
  CloudBackend,
  GcsBackend,
  LocalBackend,
  NamedCloudWorkspace,
  S3Backend,
  TerraformStack,
} from 'cdktf';
import { BackendSpec, STACK_PLACEHOLDER } from '../lib/model/backend';
import { stackOutdir } from '../lib/synth-layout';

/**
 * Configures where `stack` keeps its state, from a tenant's `backend` block: one state per stack in every
 * backend (a key, blob, prefix or HCP Terraform workspace named after the stack).
 * @param projectDir the folder relative local state paths are resolved against (the project root).
 */
export function configureBackend(stack: TerraformStack, spec: BackendSpec, projectDir: string = process.cwd()): void {
  const name = stack.node.id;
  switch (spec.type) {
    case 'local': {
      // Terraform runs inside <outdir>/stacks/<stack>; a relative path keeps the JSON free of machine paths.
      const stackDir = path.resolve(stackOutdir(stack));
      const statePath = path.resolve(projectDir, spec.path.split(STACK_PLACEHOLDER).join(name));
      new LocalBackend(stack, { path: path.relative(stackDir, statePath) });
      return;
    }
    case 's3': {
      new S3Backend(stack, {
        bucket: spec.bucket,
        key: `${spec.keyPrefix}/${name}.tfstate`,
        region: spec.region,
        encrypt: true,
        kmsKeyId: spec.kmsKeyId,
        dynamodbTable: spec.locking === 'dynamodb' ? spec.dynamodbTable : undefined,
      });
      // S3-native locking (Terraform >= 1.10); cdktf 0.21 has no typed prop for it yet.
      if (spec.locking === 'lockfile') stack.addOverride('terraform.backend.s3.use_lockfile', true);
      return;
    }
    case 'hcp':
      new CloudBackend(stack, {
        hostname: spec.hostname,
        organization: spec.organization,
        workspaces: new NamedCloudWorkspace(`${spec.workspacePrefix}${name}`),
      });
      return;
    case 'azurerm':
      new AzurermBackend(stack, {
        resourceGroupName: spec.resourceGroupName,
        storageAccountName: spec.storageAccountName,
        containerName: spec.containerName,
        key: `${spec.keyPrefix}/${name}.tfstate`,
        useAzureadAuth: spec.useAzureadAuth,
      });
      return;
    case 'gcs':
      new GcsBackend(stack, { bucket: spec.bucket, prefix: `${spec.prefix}/${name}` });
      return;
  }
}

