/** `tenant-templates/terraform-json`: one reader of Terraform JSON (cdk.tf.json, `*.tf.json`, plan and state JSON). */
export { parseTerraform, mergeDocuments, isPlanJson, isConfigJson, TerraformInputError } from '../lib/terraform-json/document';
export type { ParseOptions, TerraformDocument, TerraformResource, TerraformProvider, TerraformInputReason } from '../lib/terraform-json/document';
export { providerMajor } from '../lib/terraform-json/document';
export { readTerraformFile } from '../lib/terraform-json/file';
export { autoVariableFiles, parseTfvars, readVariableFile, variableValues } from '../lib/terraform-json/tfvars';
export type { TerraformLocal, TerraformVariable, VariableValues } from '../lib/terraform-json/variables';
export { readResourceChanges, planAction, formatAttributePath, PLAN_ACTIONS } from '../lib/terraform-json/changes';
export type { ResourceChange, PlanAction } from '../lib/terraform-json/changes';
