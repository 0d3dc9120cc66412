import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Clients reach Redis/Valkey only over TLS. */
export const elasticacheTransitEncryption = defineRule(__filename, {
  description: 'ElastiCache replication groups require TLS',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set transit_encryption_enabled = true (and transit_encryption_mode = "required" if set)',
  check: (doc) =>
    checkEach(doc, 'aws_elasticache_replication_group', (rg) => {
      if (!isTrue(rg.values.transit_encryption_enabled)) return 'in-transit encryption is off';
      return rg.values.transit_encryption_mode === 'preferred' ? 'transit_encryption_mode "preferred" still accepts plain text' : undefined;
    }),
});
