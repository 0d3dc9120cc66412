/**
 * The provider major versions the built-in rules read, for the `understands` lists in RULES.md. A rule reads every
 * attribute form these versions document; older forms it also reads are listed with their own versions.
 */

/** hashicorp/aws 4.x (S3 bucket split into resources) to 6.x. */
export const AWS = 'aws 4.x–6.x';
/** hashicorp/azurerm 3.x to 5.x. */
export const AZURERM = 'azurerm 3.x–5.x';
/** hashicorp/google 4.x to 7.x. */
export const GOOGLE = 'google 4.x–7.x';

/** The majors of each provider the rules read, for defaults that changed between them. */
export const SUPPORTED_MAJORS: Readonly<Record<'aws' | 'azurerm' | 'google', readonly number[]>> = {
  aws: [4, 5, 6],
  azurerm: [3, 4, 5],
  google: [4, 5, 6, 7],
};
