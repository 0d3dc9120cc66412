import { estimateOne, line } from '../../fixtures';

describe('aws_db_instance', () => {
  it('prices a Single-AZ PostgreSQL instance and its gp3 storage', () => {
    const cost = estimateOne('aws', 'aws_db_instance', {
      engine: 'postgres',
      instance_class: 'db.m6g.large',
      allocated_storage: 100,
      storage_type: 'gp3',
    });
    expect(line(cost, 'Instance (db.m6g.large)')).toBeCloseTo(0.159 * 730, 6);
    expect(line(cost, 'Storage (100 GB gp3)')).toBeCloseTo(100 * 0.115, 6);
  });

  it('doubles instance and storage for Multi-AZ', () => {
    const cost = estimateOne('aws', 'aws_db_instance', {
      engine: 'postgres',
      instance_class: 'db.t4g.small',
      allocated_storage: 50,
      storage_type: 'gp3',
      multi_az: true,
    });
    expect(line(cost, 'Instance')).toBeCloseTo(2 * 0.032 * 730, 6);
    expect(line(cost, 'Storage')).toBeCloseTo(2 * 50 * 0.115, 6);
  });

  it('reports an engine with no price table as missing from the catalogue', () => {
    const cost = estimateOne('aws', 'aws_db_instance', { engine: 'oracle-ee', instance_class: 'db.m6g.large', allocated_storage: 20 });
    expect(cost.status).toBe('missing-price');
    expect(cost.notes.join()).toMatch(/rds-oracle-ee/);
  });

  it('treats an unresolved instance class as unknown', () => {
    expect(estimateOne('aws', 'aws_db_instance', { engine: 'postgres', instance_class: '${var.c}' }).status).toBe('unknown');
  });
});
