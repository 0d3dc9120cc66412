import { checkEach, defineRule } from '../../rule';
import { flag, text } from '../../read';

/** SSL modes that refuse unencrypted connections. */
const ENCRYPTED_MODES = ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'];

/** Cloud SQL accepts only TLS connections. */
export const sqlSslRequired = defineRule(__filename, {
  description: 'Cloud SQL instances require TLS (ssl_mode ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED)',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Set settings.ip_configuration.ssl_mode = "ENCRYPTED_ONLY"',
  understands: [
    { form: 'settings.ip_configuration.ssl_mode', providers: 'google 5.6–7.x' },
    // google 6 upgrade guide: "settings.ip_configuration.require_ssl is now removed (in 6.0.1)".
    { form: 'settings.ip_configuration.require_ssl', providers: 'google 4.x–5.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      const mode = text(sql.values, 'settings.ip_configuration.ssl_mode');
      if (mode !== undefined) return ENCRYPTED_MODES.includes(mode) ? undefined : `ssl_mode ${mode} accepts unencrypted connections`;
      return flag(sql.values, 'settings.ip_configuration.require_ssl') === true ? undefined : 'ssl_mode unset: unencrypted connections are accepted';
    }),
});
