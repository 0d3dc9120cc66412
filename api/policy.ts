/**
 * `tenant-templates/policy`: compliance checks over Terraform JSON. Rules are pure functions over a
 * `TerraformDocument`; packs attach levels, framework controls and thresholds to them. Add your own rules and
 * packs with `defineRule`, `definePack` and `extendPolicy`.
 */
export { checkTerraform } from '../lib/policy/engine';
export type { CheckOptions } from '../lib/policy/engine';
export { CATEGORIES, RULE_ID_PATTERN, Undecided, checkEach, defineRule, known, outcomeOf, undecided } from '../lib/policy/rule';
export type { AttributeForm, Category, Level, ResourceVerdict, Rule, RuleSpec, RuleParams, RuleOutcome, Violation } from '../lib/policy/rule';
export { anyOf, amount, configured, flag, text, textList } from '../lib/policy/read';
export { RULES, ruleById } from '../lib/policy/rules';
export { PACKS, PACK_IDS, packsFor, baseline, hipaa, pciDss, soc2, gdpr, sox, iso27001 } from '../lib/policy/packs';
export { packRules } from '../lib/policy/packs/pack';
export type { Pack, PackEntry, PackId, PackRule, Threshold } from '../lib/policy/packs/pack';
export { BUILT_IN_POLICY, PackSchema, PolicyDefinitionError, definePack, extendPolicy, packName } from '../lib/policy/policy-set';
export type { PolicySet, PolicyAdditions } from '../lib/policy/policy-set';
export { isBlocking, isUndecided, isUndecidedError } from '../lib/policy/finding';
export type { ControlRef, Finding, PolicyReport, PolicySummary, RuleResult, RuleStatus, SuppressionNote } from '../lib/policy/finding';
export { addPolicyValidation, checkDocument, checkStack, formatFinding, poolSubject, stackSubject, tenantSubject } from '../lib/policy/synth';
export type { PolicySubject, PolicyValidationOptions } from '../lib/policy/synth';
export { renderTable } from '../lib/policy/render/table';
export { renderJson } from '../lib/policy/render/json';
export { renderSarif } from '../lib/policy/render/sarif';
export type { SarifOptions } from '../lib/policy/render/sarif';
export { renderMarkdown } from '../lib/policy/render/markdown';
export { renderRulesMarkdown } from '../lib/policy/render/rules-md';
