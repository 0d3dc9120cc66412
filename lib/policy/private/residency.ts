import { outcomeOf, type RuleOutcome, type RuleParams, type Violation } from '../rule';
import { isUnresolved, referencedAddresses } from '../../terraform-json';
import type { TerraformDocument } from '../../terraform-json';

export interface ResidencyTarget {
  /** Provider block name: `aws`, `azurerm`, `google`. */
  readonly provider: string;
  /** Resource type prefix of the cloud. */
  readonly resourcePrefix: string;
  /** Attributes that hold a region, zone or location. */
  readonly attributes: readonly string[];
  /** Whether the provider block must name a region (Azure providers have none). */
  readonly providerRegion?: boolean;
}

/** `West Europe` -> `westeurope`; `EU` -> `eu`. */
function normalise(location: string): string {
  return location.toLowerCase().replace(/\s+/g, '');
}

/** True when a region, zone (`eu-west-1a`, `europe-west1-b`) or location is inside one of `allowed`. */
export function inAllowedRegion(location: string, allowed: readonly string[]): boolean {
  const l = normalise(location);
  return allowed.some((r) => l === r || (l.startsWith(r) && /^-?[a-z]$/.test(l.slice(r.length))));
}

/** Shared by the `<cloud>-data-residency` rules: providers and located resources against `params.allowedRegions`. */
export function checkResidency(doc: TerraformDocument, params: RuleParams, target: ResidencyTarget): RuleOutcome {
  const allowed = (params.allowedRegions ?? []).map(normalise);
  const providers = doc.providers.filter((p) => p.name === target.provider);
  const resources = doc.resources.filter((r) => r.type.startsWith(target.resourcePrefix));
  if (allowed.length === 0 || (providers.length === 0 && resources.length === 0)) return { status: 'not-applicable' };
  const violations: Violation[] = [];
  // A region given by a variable without a value, or not set on the provider (it then comes from the environment).
  const undecided: Violation[] = [];
  const where = (v: unknown) => (typeof v === 'string' && v !== '' && !isUnresolved(v) ? v : undefined);
  for (const p of providers) {
    const address = `provider.${p.name}${p.alias ? `.${p.alias}` : ''}`;
    const region = where(p.values.region);
    if (region && !inAllowedRegion(region, allowed)) violations.push({ address, message: `provider region ${region} is outside the allowed regions` });
    if (isUnresolved(p.values.region)) undecided.push({ address, message: `provider region is not known (${String(p.values.region)})` });
    if (!region && target.providerRegion !== false && p.values.region === undefined) {
      undecided.push({ address, message: 'provider region is not set (AWS_REGION or the profile decides it), so the region cannot be checked' });
    }
  }
  for (const r of resources) {
    for (const attr of target.attributes) {
      const value = r.values[attr];
      const location = where(value);
      if (location && !inAllowedRegion(location, allowed)) {
        violations.push({ resource: r, message: `${attr} ${location} is outside the allowed regions` });
        // A location taken from another resource (`azurerm_resource_group.rg.location`) is checked on that resource;
        // one given by a variable without a value is not known.
      } else if (isUnresolved(value) && referencedAddresses(value, r.module).length === 0) {
        undecided.push({ resource: r, message: `${attr} is not known (${String(value)})` });
      }
    }
  }
  return outcomeOf(violations, undecided);
}
