import { AddressAllocations, CLOUD_RESERVED_RANGES, ReservedRange, allocateAddressBlocks } from './address-plan';
import { cidrContains, cidrProblem, parseCidr } from './cidr';
import { CLOUDS, Cloud } from './enums';
import type { PlatformSettings } from './platform-settings';

/** An owner of an address block and the cloud its network is on. */
export interface AddressClaim {
  /** `tenant/<id>` or `pool/<stack>` (see `tenantAddressOwner`, `poolAddressOwner`). */
  readonly owner: string;
  readonly cloud: Cloud;
}

/**
 * Address blocks for a fleet: each cloud's claims cut from that cloud's plan in tenants/_platform.yaml, clear of the
 * runner networks, the cloud's own reserved ranges and every previous block. A previous block stays with its owner;
 * one whose owner is gone stays reserved until it is removed from `previous`.
 * @returns every allocation, previous and new, by owner.
 * @throws SpecError from `allocateAddressBlocks` (overlaps, a full plan), naming the setting to change.
 */
export function allocateFleetAddressBlocks(
  settings: PlatformSettings,
  claims: readonly AddressClaim[],
  previous: AddressAllocations = {},
): Record<string, string> {
  const runners: ReservedRange[] = settings.runners.cidrs.map((cidr) => ({ cidr, use: 'the runner network (runners.cidrs)' }));
  const cloudOf = new Map(claims.map((c) => [c.owner, c.cloud]));
  const inPlan = (cloud: Cloud, cidr: string) =>
    !cidrProblem(cidr) && settings.addressPlan[cloud].cidrs.some((range) => cidrContains(parseCidr(range), parseCidr(cidr)));
  // A previous block belongs to its owner's cloud, or else to the plan that holds it.
  const homeOf = (owner: string, cidr: string): Cloud | undefined => cloudOf.get(owner) ?? CLOUDS.find((cloud) => inPlan(cloud, cidr));

  const result: Record<string, string> = {};
  for (const cloud of CLOUDS) {
    const own = Object.fromEntries(Object.entries(previous).filter(([owner, cidr]) => homeOf(owner, cidr) === cloud));
    const others = Object.entries(previous)
      .filter(([owner, cidr]) => homeOf(owner, cidr) !== cloud && !cidrProblem(cidr))
      .map(([owner, cidr]) => ({ cidr, use: `the block of '${owner}'` }));
    const owners = claims.filter((c) => c.cloud === cloud).map((c) => c.owner);
    if (owners.length === 0 && Object.keys(own).length === 0) continue;
    Object.assign(
      result,
      allocateAddressBlocks({
        plan: settings.addressPlan[cloud],
        owners,
        previous: own,
        reserved: [...runners, ...CLOUD_RESERVED_RANGES[cloud], ...others],
        planName: `addressPlan.${cloud}`,
      }),
    );
  }
  // Blocks no cloud claims (outside every plan, owner gone) are kept as they were.
  for (const [owner, cidr] of Object.entries(previous)) if (!(owner in result)) result[owner] = cidr;
  return result;
}
