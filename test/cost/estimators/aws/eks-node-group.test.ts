import { estimateOne, line } from '../../fixtures';

describe('aws_eks_node_group', () => {
  it('prices desired_size x instance_types[0] and the default 20 GB gp2 volume', () => {
    const cost = estimateOne('aws', 'aws_eks_node_group', {
      instance_types: ['m6i.xlarge'],
      scaling_config: { desired_size: 3, min_size: 2, max_size: 6 },
    });
    expect(cost.status).toBe('priced');
    expect(line(cost, 'Nodes (3 x m6i.xlarge)')).toBeCloseTo(3 * 0.192 * 730, 6);
    expect(line(cost, 'Node volumes')).toBeCloseTo(3 * 20 * 0.1, 6);
  });

  it('reads the node volume from the referenced launch template (list-form blocks)', () => {
    const cost = estimateOne(
      'aws',
      'aws_eks_node_group',
      {
        instance_types: ['t3.medium'],
        scaling_config: [{ desired_size: 2, min_size: 1, max_size: 3 }],
        launch_template: [{ id: '${aws_launch_template.nodes.id}', version: '${aws_launch_template.nodes.latest_version}' }],
      },
      { extra: { aws_launch_template: { nodes: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ volume_size: 50, volume_type: 'gp3' }] }] } } } },
    );
    expect(line(cost, 'Nodes (2 x t3.medium)')).toBeCloseTo(2 * 0.0416 * 730, 6);
    expect(line(cost, 'Node volumes (2 x 50 GB gp3)')).toBeCloseTo(2 * 50 * 0.08, 6);
  });

  it('uses eu-central-1 prices from the provider region', () => {
    const cost = estimateOne('aws', 'aws_eks_node_group', { instance_types: ['c6i.xlarge'], scaling_config: { desired_size: 1 } }, { region: 'eu-central-1' });
    expect(line(cost, 'Nodes')).toBeCloseTo(0.194 * 730, 6);
  });

  it('reports an instance type missing from the catalogue', () => {
    const cost = estimateOne('aws', 'aws_eks_node_group', { instance_types: ['x9.huge'], scaling_config: { desired_size: 1 } });
    expect(cost.status).toBe('missing-price');
    expect(cost.notes[0]).toMatch(/no aws price for ec2 'x9.huge' in us-east-1/);
  });

  it('treats an unresolved desired_size as unknown without crashing', () => {
    const cost = estimateOne('aws', 'aws_eks_node_group', { instance_types: ['t3.small'], scaling_config: { desired_size: '${var.n}' } });
    expect(cost.status).toBe('unknown');
    expect(cost.monthlyCost).toBe(0);
  });
});
