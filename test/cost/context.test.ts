import { estimateDoc } from './fixtures';

describe('EstimatorContext', () => {
  it('splits a usage total across resources of one type and spells out the assumption', () => {
    const report = estimateDoc('aws', { aws_cloudwatch_log_group: { a: { retention_in_days: 30 }, b: { retention_in_days: 30 } } }, { logIngestionGb: 10 });
    expect(report.resources[0].components[0]).toMatchObject({ quantity: 5, assumption: 'usage.logIngestionGb 10 GB/month shared by 2 aws_cloudwatch_log_group' });
  });

  it('names the catalogue file to edit when a price is missing', () => {
    const report = estimateDoc('aws', { aws_db_instance: { d: { engine: 'postgres', instance_class: 'db.x9.large' } } });
    expect(report.resources[0].notes[0]).toMatch(/add it to lib\/cost\/catalog\/aws.ts/);
  });
});
