import { renderCostJson } from '../../../lib/cost/render/json';
import { estimateDoc } from '../fixtures';

describe('renderCostJson', () => {
  it('renders every report and the grand total', () => {
    const report = estimateDoc('aws', { aws_kms_key: { k: {} } });
    const json = JSON.parse(renderCostJson([{ report }, { report }]));
    expect(json.monthlyCost).toBe(2);
    expect(json.reports[0].resources[0]).toMatchObject({ address: 'aws_kms_key.k', status: 'priced', monthlyCost: 1 });
  });
});
