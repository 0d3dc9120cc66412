import type { RightsizingFinding, RuleInput, TierFit, TierTarget } from '../model';
import { assessCacheMemory, fitCacheMemory } from './cache-memory';
import { assessDatabaseConnections } from './database-connections';
import { assessDatabaseCpu, fitDatabaseCpu } from './database-cpu';
import { assessDatabaseStorage, fitDatabaseStorage } from './database-storage';
import { assessNodes, fitNodes } from './nodes';
import { assessStorage, fitStorage } from './storage';

export * from './cache-memory';
export * from './database-connections';
export * from './database-cpu';
export * from './database-storage';
export * from './nodes';
export * from './storage';

/** A rightsizing rule: how it judges the tenant's current sizing, and whether another tier would hold the tenant. */
export interface RightsizingRule {
  readonly name: string;
  readonly assess: (input: RuleInput) => RightsizingFinding;
  /** Absent for rules that only inform (they never block or shape a tier change). */
  readonly fit?: (target: TierTarget, input: RuleInput) => TierFit;
}

/** Every rule, in the order their figures are reported. */
export const RIGHTSIZING_RULES: readonly RightsizingRule[] = [
  { name: 'nodes', assess: assessNodes, fit: fitNodes },
  { name: 'storage', assess: assessStorage, fit: fitStorage },
  { name: 'database-storage', assess: assessDatabaseStorage, fit: fitDatabaseStorage },
  { name: 'database-cpu', assess: assessDatabaseCpu, fit: fitDatabaseCpu },
  { name: 'cache-memory', assess: assessCacheMemory, fit: fitCacheMemory },
  { name: 'database-connections', assess: assessDatabaseConnections },
];
