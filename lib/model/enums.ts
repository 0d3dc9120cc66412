import { z } from 'zod';

/** Clouds a tenant can run on. */
export const CLOUDS = ['aws', 'azure', 'gcp'] as const;
export const CloudSchema = z.enum(CLOUDS);
export type Cloud = z.infer<typeof CloudSchema>;

/** The built-in service tiers, cheapest first. */
export const TIER_NAMES = ['free', 'standard', 'premium', 'enterprise', 'enterprise-plus', 'white-label'] as const;
export type TierName = (typeof TIER_NAMES)[number];

/** Security levels, weakest first; each level switches on everything below it plus its own controls. */
export const SECURITY_LEVELS = ['basic', 'enhanced', 'advanced', 'maximum', 'military', 'classified'] as const;
export const SecurityLevelSchema = z.enum(SECURITY_LEVELS);
export type SecurityLevel = z.infer<typeof SecurityLevelSchema>;

/** Compliance frameworks a tenant can claim. */
export const FRAMEWORKS = ['hipaa', 'pci-dss', 'soc2', 'gdpr', 'sox', 'iso27001'] as const;
export const FrameworkSchema = z.enum(FRAMEWORKS);
export type Framework = z.infer<typeof FrameworkSchema>;

/**
 * How a tier's tenants are housed: `pooled` tenants get a slice of shared infrastructure,
 * `siloed` tenants get a dedicated cluster, database and cache.
 */
export const ISOLATION_MODELS = ['pooled', 'siloed'] as const;
export const IsolationSchema = z.enum(ISOLATION_MODELS);
export type Isolation = z.infer<typeof IsolationSchema>;

/** Cloud-neutral database sizes; each cloud maps them to a concrete class (see lib/<cloud>/sizes.ts). */
export const DATABASE_CLASSES = ['db-micro', 'db-small', 'db-medium', 'db-large', 'db-xlarge', 'db-2xlarge', 'db-4xlarge'] as const;
export const DatabaseClassSchema = z.enum(DATABASE_CLASSES);
export type DatabaseClass = z.infer<typeof DatabaseClassSchema>;

/** Cloud-neutral cache node sizes; each cloud maps them to a concrete node type or SKU. */
export const CACHE_CLASSES = ['cache-micro', 'cache-small', 'cache-medium', 'cache-large', 'cache-xlarge'] as const;
export const CacheClassSchema = z.enum(CACHE_CLASSES);
export type CacheClass = z.infer<typeof CacheClassSchema>;

/** True when `level` is at least `minimum` on the security ladder. */
export function securityAtLeast(level: SecurityLevel, minimum: SecurityLevel): boolean {
  return SECURITY_LEVELS.indexOf(level) >= SECURITY_LEVELS.indexOf(minimum);
}
