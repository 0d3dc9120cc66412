/** `tenant-templates/terraform-json`: one reader of Terraform JSON (cdk.tf.json, `*.tf.json`, plan and state JSON). */
export { parseTerraform, mergeDocuments, isPlanJson, isConfigJson, TerraformInputError } from '../lib/terraform-json/document';
export type { TerraformDocument, TerraformResource, TerraformProvider, TerraformInputReason } from '../lib/terraform-json/document';
export { readTerraformFile } from '../lib/terraform-json/file';
