import { TENANT_CONNECTION_LIMIT } from '../../../lib/pool/tenant-database';
import { RightsizingFinding, RuleInput, utilization } from '../model';
import { figure, percent } from '../text';
import { SCALE_UP_P95, levelOf } from '../thresholds';

/**
 * Open database connections, when the usage gives them. A pooled tenant may open at most TENANT_CONNECTION_LIMIT
 * on the shared server; near it (p95 > SCALE_UP_P95 of it) the rule says so. It recommends no change by itself:
 * a connection pooler in the application is the usual fix, a siloed tier the other. A siloed server's limit
 * follows its class and settings, so there the figure is only reported.
 */
export function assessDatabaseConnections(input: RuleInput): RightsizingFinding {
  const p95 = input.usage.database.connectionsP95;
  if (p95 === undefined || input.tenant.tier.isolation !== 'pooled') return { utilization: [], reasons: [], notes: [] };
  const u = utilization('databaseConnections', 'connections', p95, TENANT_CONNECTION_LIMIT, levelOf(p95, TENANT_CONNECTION_LIMIT));
  if (u.level !== 'high') return { utilization: [u], reasons: [], notes: [] };
  return {
    utilization: [u],
    reasons: [],
    notes: [
      `database connections p95 ${figure(p95)} of the ${TENANT_CONNECTION_LIMIT} a pooled tenant may open (above ${percent(SCALE_UP_P95)}): pool connections in the application (e.g. PgBouncer), or move to a siloed tier`,
    ],
  };
}
