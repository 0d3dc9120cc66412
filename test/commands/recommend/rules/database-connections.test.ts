import { assessDatabaseConnections } from '../../../../commands/recommend/rules/database-connections';
import { ruleInput, tenantOf, usageOf } from '../fixtures';

describe('assessDatabaseConnections', () => {
  it("compares a pooled tenant's connections with its limit on the shared server, as a note", () => {
    const standard = tenantOf({ tier: 'standard' });
    const busy = assessDatabaseConnections(ruleInput(standard, usageOf({ connections: 45 })));
    expect(busy.utilization[0]).toMatchObject({ metric: 'databaseConnections', p95: 45, capacity: 50, level: 'high' });
    expect(busy.notes[0]).toMatch(/^database connections p95 45 of the 50 a pooled tenant may open/);
    expect(busy.exceedsTier).toBeUndefined();
    expect(busy.overrides).toBeUndefined();
    expect(assessDatabaseConnections(ruleInput(standard, usageOf({ connections: 20 }))).notes).toEqual([]);
  });

  it('reports nothing for a siloed tenant or without the figure', () => {
    expect(assessDatabaseConnections(ruleInput(tenantOf({ tier: 'premium' }), usageOf({ connections: 400 }))).utilization).toEqual([]);
    expect(assessDatabaseConnections(ruleInput(tenantOf({ tier: 'standard' }), usageOf())).utilization).toEqual([]);
  });
});
