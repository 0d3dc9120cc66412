import { checkEach, defineRule, undecided, type ResourceVerdict } from '../../rule';
import { configured, flag, text } from '../../read';
import { AWS } from '../../private/providers';
import { isReplica, replicaSource } from '../../private/rds';
import type { TerraformDocument, TerraformResource } from '../../../terraform-json';

/** The verdict for a database's own settings. */
function ownVerdict(db: TerraformResource): ResourceVerdict {
  // aws_rds_cluster docs: storage_encrypted "The default is false for provisioned engine_mode and true for
  // serverless engine_mode".
  const encryptedByDefault = db.type === 'aws_rds_cluster' && text(db.values, 'engine_mode') === 'serverless';
  if ((flag(db.values, 'storage_encrypted') ?? encryptedByDefault) !== true) return 'storage is not encrypted (storage_encrypted)';
  return configured(db.values, 'kms_key_id') ? undefined : 'storage uses the AWS-managed key, not a customer-managed kms_key_id';
}

/**
 * A read replica is encrypted as its source is (a cross-region replica with the kms_key_id it names: aws_db_instance
 * docs, storage_encrypted "is ignored" for it), so a replica is judged by its source when that is in the document.
 */
function verdict(doc: TerraformDocument, db: TerraformResource): ResourceVerdict {
  if (!isReplica(db)) return ownVerdict(db);
  if (configured(db.values, 'kms_key_id')) return undefined;
  const source = replicaSource(doc, db);
  if (!source) return undecided('a read replica is encrypted as its source, which is not in this configuration');
  const inherited = verdict(doc, source);
  return inherited === undefined ? undefined : `its source ${source.address}: ${typeof inherited === 'string' ? inherited : inherited.message}`;
}

/** RDS storage, snapshots and replicas are encrypted with a customer-managed KMS key. */
export const rdsStorageEncrypted = defineRule(__filename, {
  description: 'RDS storage is encrypted with a customer-managed KMS key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Set storage_encrypted = true and kms_key_id = <KMS key ARN> on the database',
  understands: [
    { form: 'aws_db_instance / aws_rds_cluster .storage_encrypted, kms_key_id', providers: AWS },
    { form: 'aws_rds_cluster.engine_mode = "serverless" (encrypted by default)', providers: AWS },
    { form: 'aws_db_instance.replicate_source_db (a replica is judged by its source)', providers: AWS },
  ],
  check: (doc) => checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) => verdict(doc, db)),
});
