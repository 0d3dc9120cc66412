import { checkEach, defineRule } from '../../rule';
import { get, isTrue } from '../../../terraform-json';

/** SSL modes that refuse unencrypted connections. */
const ENCRYPTED_MODES = ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'];

/** Cloud SQL accepts only TLS connections. */
export const sqlSslRequired = defineRule(__filename, {
  description: 'Cloud SQL instances require TLS (ssl_mode ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED)',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set settings.ip_configuration.ssl_mode = "ENCRYPTED_ONLY"',
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      const mode = get(sql.values, 'settings.ip_configuration.ssl_mode');
      const legacy = isTrue(get(sql.values, 'settings.ip_configuration.require_ssl'));
      return ENCRYPTED_MODES.includes(String(mode)) || legacy ? undefined : `ssl_mode ${String(mode ?? 'unset')} accepts unencrypted connections`;
    }),
});
