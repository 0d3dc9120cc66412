import { undecided } from '../rule';
import { providerMajor, type TerraformDocument } from '../../terraform-json';
import { SUPPORTED_MAJORS } from './providers';

/**
 * What a provider applies when an argument is not set, where that changed between major versions (azurerm 5.0 made
 * `allow_nested_items_to_be_public` default to false): the value for the major the configuration pins in
 * `required_providers`; without a pin, the value every supported major agrees on, or undecided.
 * @param byMajor the documented default for a major version.
 * @param what names the argument in the message.
 */
export function providerDefault<T>(doc: TerraformDocument, provider: keyof typeof SUPPORTED_MAJORS, byMajor: (major: number) => T, what: string): T {
  const pinned = providerMajor(doc, provider);
  if (pinned !== undefined) return byMajor(pinned);
  const values = SUPPORTED_MAJORS[provider].map(byMajor);
  if (values.every((v) => v === values[0])) return values[0];
  return undecided(
    `${what} is not set, and its default depends on the ${provider} provider's major version, which this configuration does not pin (terraform.required_providers)`,
  );
}
