import { configured, text } from '../read';
import type { TerraformResource } from '../../terraform-json';

/** True for a Cloud SQL read replica (`master_instance_name`): it is backed up through its primary. */
export function isSqlReplica(sql: TerraformResource): boolean {
  return configured(sql.values, 'master_instance_name');
}

/** The engine of a Cloud SQL instance from `database_version` (`POSTGRES_16` -> `postgres`), lower case. */
export function sqlEngine(sql: TerraformResource): string | undefined {
  return text(sql.values, 'database_version')?.split('_')[0].toLowerCase();
}
