import { referencedResource } from '../../lib/cost/references';
import { readTerraformJson } from '../../lib/cost/terraform';

describe('referencedResource', () => {
  const doc = readTerraformJson({ resource: { aws_launch_template: { nodes: { name: 'acme-nodes' } } } });

  it('follows an interpolation to the resource it names', () => {
    expect(referencedResource(doc, '${aws_launch_template.nodes.id}', 'aws_launch_template')?.name).toBe('nodes');
    expect(referencedResource(doc, '${aws_launch_template.other.id}', 'aws_launch_template')).toBeUndefined();
  });

  it('matches a plain value against the target name (plan JSON)', () => {
    expect(referencedResource(doc, 'acme-nodes', 'aws_launch_template')?.name).toBe('nodes');
  });
});
