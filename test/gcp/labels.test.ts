import { gcpLabels } from '../../lib/gcp/labels';

describe('gcpLabels', () => {
  it('keeps valid lowercase keys and values', () => {
    expect(gcpLabels({ 'managed-by': 'tenant-templates', tenant: 'acme' })).toEqual({ 'managed-by': 'tenant-templates', tenant: 'acme' });
  });

  it('lowercases and replaces characters Google labels do not allow', () => {
    expect(gcpLabels({ 'Cost Center': 'CC-1042', 'team/owner': 'Ops@Example.com' })).toEqual({
      cost_center: 'cc-1042',
      team_owner: 'ops_example_com',
    });
  });

  it('makes keys start with a letter and cuts keys and values to 63 characters', () => {
    const labels = gcpLabels({ '1st': 'x'.repeat(80) });
    expect(Object.keys(labels)).toEqual(['t_1st']);
    expect(labels.t_1st).toHaveLength(63);
  });
});
