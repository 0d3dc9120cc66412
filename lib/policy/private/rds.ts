import { text } from '../read';
import { undecided } from '../rule';
import { configured } from '../read';
import { resolveReference, type TerraformDocument, type TerraformResource } from '../../terraform-json';

/** The source of an RDS read replica (`replicate_source_db`) when it is in the document. */
export function replicaSource(doc: TerraformDocument, db: TerraformResource): TerraformResource | undefined {
  const source = resolveReference(doc, db, db.values.replicate_source_db);
  return source?.type === db.type ? source : undefined;
}

/** True for a read replica (`replicate_source_db` set): RDS takes its engine and encryption from the source. */
export function isReplica(db: TerraformResource): boolean {
  return configured(db.values, 'replicate_source_db');
}

/**
 * The engine of an RDS instance or cluster, lower case: its own, or a read replica's source's when the source is in
 * the document; undecided otherwise.
 */
export function engineOf(doc: TerraformDocument, db: TerraformResource, seen: readonly TerraformResource[] = []): string {
  const engine = text(db.values, 'engine');
  if (engine) return engine.toLowerCase();
  const source = replicaSource(doc, db);
  if (source && !seen.includes(source)) return engineOf(doc, source, [...seen, db]);
  return undecided('the engine is not set here and its source is not in this configuration');
}
