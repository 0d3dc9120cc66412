import { checkEach, defineRule, undecided, type ResourceVerdict } from '../../rule';
import { text } from '../../read';
import { AWS } from '../../private/providers';
import { engineOf } from '../../private/rds';
import { blocks, resolveReference, type TerraformDocument, type TerraformResource } from '../../../terraform-json';

/**
 * How each engine refuses unencrypted connections, from the RDS User Guide: PostgreSQL and SQL Server
 * `rds.force_ssl = 1`; MySQL and MariaDB `require_secure_transport = ON` ("By default ... OFF"); Db2 `db2comm = SSL`
 * (`TCPIP,SSL` keeps the clear-text port open beside the SSL one). Aurora takes the same parameters in its cluster
 * parameter group.
 */
const PARAMETERS: readonly { readonly engines: (e: string) => boolean; readonly name: string; readonly forced: readonly string[] }[] = [
  { engines: (e) => ['postgres', 'aurora-postgresql'].includes(e) || e.startsWith('sqlserver-'), name: 'rds.force_ssl', forced: ['1', 'on', 'true'] },
  { engines: (e) => ['mysql', 'mariadb', 'aurora-mysql', 'aurora'].includes(e), name: 'require_secure_transport', forced: ['on', '1', 'true'] },
  { engines: (e) => e.startsWith('db2-'), name: 'db2comm', forced: ['ssl'] },
];

/**
 * Oracle encrypts every connection only with native network encryption required: option NATIVE_NETWORK_ENCRYPTION
 * with SQLNET.ENCRYPTION_SERVER = REQUIRED. The SSL option adds a TLS port but "allows both clear text and
 * SSL-encrypted communication to occur at the same time" (RDS User Guide, "Oracle Secure Sockets Layer").
 */
function oracleVerdict(doc: TerraformDocument, db: TerraformResource): ResourceVerdict {
  const group = groupOf(doc, db, 'option_group_name', 'aws_db_option_group');
  if (!group) return 'uses the default option group: native network encryption is not required';
  const options = blocks(group.values, 'option');
  const nne = options.find((o) => text(o, 'option_name')?.toUpperCase() === 'NATIVE_NETWORK_ENCRYPTION');
  const required = nne && blocks(nne, 'option_settings').some((s) => text(s, 'name') === 'SQLNET.ENCRYPTION_SERVER' && text(s, 'value')?.toUpperCase() === 'REQUIRED');
  if (required) return undefined;
  if (options.some((o) => text(o, 'option_name')?.toUpperCase() === 'SSL')) {
    return `option group ${group.address} adds the SSL option, which keeps the clear-text port open; require NATIVE_NETWORK_ENCRYPTION instead`;
  }
  return `option group ${group.address} does not require NATIVE_NETWORK_ENCRYPTION (SQLNET.ENCRYPTION_SERVER = REQUIRED)`;
}

/**
 * The parameter (or option) group a database names: the resource in this document; undefined for the engine's
 * default group (none named, or a `default.*` name); undecided for a group this configuration does not hold.
 */
function groupOf(doc: TerraformDocument, db: TerraformResource, attribute: string, type: string): TerraformResource | undefined {
  const value = db.values[attribute];
  if (value === undefined || value === null || value === '') return undefined;
  const group = resolveReference(doc, db, value);
  if (group?.type === type) return group;
  if (typeof value === 'string' && value.startsWith('default.')) return undefined;
  return undecided(`${attribute} names a group that is not in this configuration (${String(value)})`);
}

/** The verdict for one database whose engine forces TLS through a parameter. */
function parameterVerdict(doc: TerraformDocument, db: TerraformResource, engine: string): ResourceVerdict {
  const rule = PARAMETERS.find((p) => p.engines(engine));
  if (!rule) return undecided(`this rule does not know how engine ${engine} forces TLS`);
  const cluster = db.type === 'aws_rds_cluster';
  const group = cluster
    ? groupOf(doc, db, 'db_cluster_parameter_group_name', 'aws_rds_cluster_parameter_group')
    : groupOf(doc, db, 'parameter_group_name', 'aws_db_parameter_group');
  if (!group) return `uses the default parameter group, which does not set ${rule.name}`;
  const parameter = blocks(group.values, 'parameter').find((p) => text(p, 'name')?.toLowerCase() === rule.name);
  const value = parameter && text(parameter, 'value')?.toLowerCase();
  if (value !== undefined && rule.forced.includes(value)) return undefined;
  return `parameter group ${group.address} does not set ${rule.name} = ${rule.forced[0].toUpperCase()}${value !== undefined ? ` (it is ${value})` : ''}`;
}

/** RDS refuses connections without TLS, through the setting its engine uses. Cross-resource. */
export const rdsForceSsl = defineRule(__filename, {
  description: 'RDS databases refuse connections without TLS (the parameter or option their engine uses)',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Attach a parameter group that forces TLS: rds.force_ssl = 1 (PostgreSQL, SQL Server), require_secure_transport = ON (MySQL, MariaDB), db2comm = SSL (Db2); Oracle: an option group with NATIVE_NETWORK_ENCRYPTION SQLNET.ENCRYPTION_SERVER = REQUIRED; Aurora: the cluster parameter group',
  understands: [
    { form: 'aws_db_instance.parameter_group_name -> aws_db_parameter_group.parameter[rds.force_ssl] (postgres, sqlserver-*)', providers: AWS },
    { form: 'aws_db_instance.parameter_group_name -> aws_db_parameter_group.parameter[require_secure_transport] (mysql, mariadb)', providers: AWS },
    { form: 'aws_db_instance.parameter_group_name -> aws_db_parameter_group.parameter[db2comm = SSL] (db2-*)', providers: AWS },
    { form: 'aws_db_instance.option_group_name -> aws_db_option_group.option[NATIVE_NETWORK_ENCRYPTION] (oracle-*)', providers: AWS },
    { form: 'aws_rds_cluster.db_cluster_parameter_group_name -> aws_rds_cluster_parameter_group (aurora-postgresql, aurora-mysql)', providers: AWS },
    { form: 'a replica without engine: its source engine; custom-* (RDS Custom) is undecided', providers: AWS },
  ],
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) => {
      const engine = engineOf(doc, db);
      // Aurora instances take TLS from their cluster's parameter group, checked on the aws_rds_cluster.
      if (db.type === 'aws_db_instance' && engine.startsWith('aurora')) return undefined;
      if (engine.startsWith('custom-')) return undecided(`RDS Custom (${engine}) configures TLS inside the database, which Terraform does not show`);
      if (engine.startsWith('oracle-')) return oracleVerdict(doc, db);
      return parameterVerdict(doc, db, engine);
    }),
});
