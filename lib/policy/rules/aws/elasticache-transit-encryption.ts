import { checkEach, defineRule } from '../../rule';
import { flag, text } from '../../read';
import { AWS } from '../../private/providers';

/** Clients reach Redis/Valkey only over TLS. */
export const elasticacheTransitEncryption = defineRule(__filename, {
  description: 'ElastiCache replication groups require TLS',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set transit_encryption_enabled = true (and transit_encryption_mode = "required" if set)',
  understands: [
    { form: 'aws_elasticache_replication_group.transit_encryption_enabled', providers: AWS },
    { form: 'aws_elasticache_replication_group.transit_encryption_mode ("preferred" still accepts plain text)', providers: 'aws 5.x–6.x (the releases that document it)' },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_elasticache_replication_group', (rg) => {
      if (flag(rg.values, 'transit_encryption_enabled') !== true) return 'in-transit encryption is off';
      return text(rg.values, 'transit_encryption_mode') === 'preferred' ? 'transit_encryption_mode "preferred" still accepts plain text' : undefined;
    }),
});
