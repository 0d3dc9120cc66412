import { block, blocks, referencedResource, resourcesOfType, type Json } from '../../../terraform-json';
import type { Estimator, EstimatorContext } from '../../context';
import type { CostComponent } from '../../model';

/** EKS picks t3.medium when neither the node group nor its launch template names an instance type. */
export const EKS_DEFAULT_INSTANCE_TYPE = 't3.medium';
/** EKS root volume when the node group sets no disk_size and no launch template (Linux AMIs): 20 GB. */
export const EKS_DEFAULT_DISK_GB = 20;
/** EBS volume type when a block device mapping names none. */
const EBS_DEFAULT_TYPE = 'gp2';

/** EKS managed node group: desired_size x instance type, plus each node's EBS volumes (from its launch template). */
export const awsEksNodeGroup: Estimator = (ctx) => {
  const nodes = ctx.firstNumber(['scaling_config.desired_size', 'scaling_config.min_size'], 1);
  const template = launchTemplate(ctx);
  const types = ctx.stringList('instance_types');
  const templateType = template?.values.instance_type;
  const instanceType = types?.[0] ?? (typeof templateType === 'string' ? templateType : EKS_DEFAULT_INSTANCE_TYPE);
  if (nodes === undefined || ctx.unknowns.length > 0) return [];
  const lines: (CostComponent | undefined)[] = [ctx.hourly(`Nodes (${nodes} x ${instanceType})`, nodes, 'ec2', instanceType)];

  const volumes = template ? templateVolumes(ctx, template.values) : [];
  if (volumes === undefined) return lines;
  if (volumes.length > 0) {
    for (const v of volumes) lines.push(volumeLine(ctx, nodes, v.size, v.type));
  } else {
    const size = ctx.number('disk_size', EKS_DEFAULT_DISK_GB);
    if (size !== undefined) lines.push(volumeLine(ctx, nodes, size, EBS_DEFAULT_TYPE));
  }
  return lines;
};

function volumeLine(ctx: EstimatorContext, nodes: number, size: number, type: string): CostComponent | undefined {
  return ctx.line(`Node volumes (${nodes} x ${size} GB ${type})`, nodes * size, 'GB-months', 'ebs', type);
}

function launchTemplate(ctx: EstimatorContext) {
  const spec = block(ctx.resource.values, 'launch_template');
  if (!spec) return undefined;
  const doc = ctx.document;
  const found = referencedResource(doc, spec.id, 'aws_launch_template', ctx.resource.module) ??
    referencedResource(doc, spec.name, 'aws_launch_template', ctx.resource.module);
  if (found) return found;
  const all = resourcesOfType(doc, 'aws_launch_template');
  if (all.length === 1) return all[0];
  ctx.notes.push('launch template not found in the document: node volumes priced from disk_size');
  return undefined;
}

function templateVolumes(ctx: EstimatorContext, template: Json): { size: number; type: string }[] | undefined {
  const out: { size: number; type: string }[] = [];
  for (const mapping of blocks(template, 'block_device_mappings')) {
    const ebs = block(mapping, 'ebs');
    if (!ebs) continue;
    const size = typeof ebs.volume_size === 'number' ? ebs.volume_size : Number(ebs.volume_size);
    if (!Number.isFinite(size)) {
      ctx.unknown('launch_template block_device_mappings.ebs.volume_size');
      return undefined;
    }
    out.push({ size, type: typeof ebs.volume_type === 'string' ? ebs.volume_type : EBS_DEFAULT_TYPE });
  }
  return out;
}
