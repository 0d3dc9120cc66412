import { z } from 'zod';
import { Ipv4Cidr, blockSize, cidrContains, cidrProblem, cidrsOverlap, formatCidr, parseCidr } from './cidr';
import type { Cloud } from './enums';
import { SpecError } from './errors';

/** An IPv4 CIDR in canonical form, checked. */
export const CidrSchema = z.string().superRefine((text, ctx) => {
  const problem = cidrProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * The address ranges a cloud's tenant networks are cut from: each siloed tenant and each pool gets one block of
 * `blockPrefix` bits, never overlapping another's or the runner networks, so one runner network can reach them all.
 */
export const AddressPlanSchema = z.strictObject({
  /** Ranges to cut blocks from, in order; add a range when the plan runs out. */
  cidrs: z.array(CidrSchema).min(1),
  /** Prefix length of each block: /16 gives a tenant 65,536 addresses. */
  blockPrefix: z.number().int().min(8).max(24).default(16),
});
export type AddressPlan = z.infer<typeof AddressPlanSchema>;

/**
 * The default plan of each cloud, three disjoint parts of 10.0.0.0/8 sized for a fleet of about a thousand tenants:
 * - AWS: 10.0.0.0/9 in /17 blocks (256): the VPC CNI gives pods VPC addresses, and a /17 leaves each zone's node
 *   subnet 4,096 of them;
 * - Azure: 10.128.0.0/10 in /18 blocks (256): pods and services are outside the VNet (CNI overlay);
 * - GCP: 10.192.0.0/10 in /16 blocks (64): the pod range of a pool of 100 nodes takes half of a /16.
 * Widen a plan (`addressPlan.<cloud>.cidrs` in tenants/_platform.yaml) before a cloud runs out.
 */
export const DEFAULT_ADDRESS_PLANS: Readonly<Record<Cloud, AddressPlan>> = {
  aws: { cidrs: ['10.0.0.0/9'], blockPrefix: 17 },
  azure: { cidrs: ['10.128.0.0/10'], blockPrefix: 18 },
  gcp: { cidrs: ['10.192.0.0/10'], blockPrefix: 16 },
};

/**
 * Ranges a cloud's clusters use outside their network that tenant blocks must avoid: AKS with Azure CNI overlay
 * gives pods and services ranges outside the VNet, which must not overlap the VNet or networks connected to it
 * (learn.microsoft.com/azure/aks/azure-cni-overlay, "IP address planning").
 */
export const CLOUD_RESERVED_RANGES: Readonly<Record<Cloud, readonly { readonly cidr: string; readonly use: string }[]>> = {
  aws: [],
  azure: [
    { cidr: '192.168.0.0/16', use: 'AKS overlay pod addresses' },
    { cidr: '172.16.0.0/16', use: 'AKS service addresses' },
  ],
  gcp: [],
};

/** Who owns an address block: a siloed tenant or a pool. */
export type AddressOwner = `tenant/${string}` | `pool/${string}`;

/** The owner key of a siloed tenant's block. */
export function tenantAddressOwner(tenantId: string): AddressOwner {
  return `tenant/${tenantId}`;
}

/** The owner key of a pool's block. */
export function poolAddressOwner(poolStackName: string): AddressOwner {
  return `pool/${poolStackName}`;
}

/** Blocks by owner: `{ 'tenant/acme': '10.64.0.0/16' }`. */
export type AddressAllocations = Readonly<Record<string, string>>;

/** A range blocks must stay clear of, and why (named in errors). */
export interface ReservedRange {
  readonly cidr: string;
  readonly use: string;
}

export interface AllocateAddressBlocksOptions {
  /** The plan to cut new blocks from. */
  readonly plan: AddressPlan;
  /** Owners that need a block now. */
  readonly owners: readonly string[];
  /** Blocks handed out before: kept as they are, whatever the plan says now. @default {} */
  readonly previous?: AddressAllocations;
  /** Ranges no block may overlap (runner networks, a cloud's cluster ranges). @default [] */
  readonly reserved?: readonly ReservedRange[];
  /** Where the plan is set, for messages. @default 'addressPlan' */
  readonly planName?: string;
}

interface Used {
  readonly range: Ipv4Cidr;
  readonly by: string;
}

/**
 * Hands out address blocks, stickily: an owner with a previous block keeps it (never moved, even when the plan
 * changed since), and each new owner, in owner order, gets the lowest free block of the plan that overlaps no block
 * in use and no reserved range. Previous blocks of owners not listed stay allocated (release one by removing it from
 * `previous` once its network is destroyed). Pure: the same inputs give the same blocks.
 * @returns every allocation: the previous ones and the new ones.
 * @throws SpecError when the plan is malformed, previous blocks overlap each other or a reserved range, or the plan
 * has no free block left (with the fix).
 */
export function allocateAddressBlocks(options: AllocateAddressBlocksOptions): Record<string, string> {
  const planName = options.planName ?? 'addressPlan';
  const { plan } = options;
  const ranges = plan.cidrs.map(parseCidr).sort((a, b) => a.network - b.network);
  for (const range of ranges) {
    if (range.prefix > plan.blockPrefix) {
      throw new SpecError(`${planName}: range ${formatCidr(range)} is smaller than one /${plan.blockPrefix} block; widen it or lower ${planName}.blockPrefix`);
    }
  }
  ranges.forEach((range, i) => {
    const next = ranges[i + 1];
    if (next && cidrsOverlap(range, next)) {
      throw new SpecError(`${planName}: ranges ${formatCidr(range)} and ${formatCidr(next)} overlap; list each address once`);
    }
  });
  const reserved: Used[] = (options.reserved ?? []).map((r) => ({ range: parseCidr(r.cidr), by: r.use }));

  const result: Record<string, string> = {};
  const used: Used[] = [];
  for (const [owner, cidr] of Object.entries(options.previous ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const problem = cidrProblem(cidr);
    if (problem) throw new SpecError(`previous address allocation of '${owner}': ${problem}; correct or remove the entry`);
    const range = parseCidr(cidr);
    const clash = [...used, ...reserved].find((u) => cidrsOverlap(u.range, range));
    if (clash) {
      throw new SpecError(
        `previous address allocation of '${owner}' (${cidr}) overlaps ${clash.by} (${formatCidr(clash.range)}); one runner network cannot reach both, so rebuild one of the networks with a free block and update the allocation`,
      );
    }
    used.push({ range, by: `the block of '${owner}'` });
    result[owner] = cidr;
  }

  const fresh = [...new Set(options.owners)].filter((o) => !(o in result)).sort();
  const candidates = freeBlocks(ranges, plan.blockPrefix, [...used, ...reserved]);
  for (const owner of fresh) {
    const next = candidates.next();
    if (next.done) {
      const total = ranges.reduce((n, r) => n + blockSize(r.prefix) / blockSize(plan.blockPrefix), 0);
      const inPlan = used.filter((u) => ranges.some((r) => cidrContains(r, u.range))).length;
      throw new SpecError(
        `${planName} (${plan.cidrs.join(', ')}) has no free /${plan.blockPrefix} block left for '${owner}' (${inPlan} of ${total} in use, the rest overlap reserved ranges); add a range to ${planName}.cidrs in tenants/_platform.yaml, or release the blocks of destroyed tenants`,
      );
    }
    used.push({ range: next.value, by: `the block of '${owner}'` });
    result[owner] = formatCidr(next.value);
  }
  return result;
}

/** The blocks of `ranges`, lowest first, that overlap nothing in `taken` (read as blocks are handed out). */
function* freeBlocks(ranges: readonly Ipv4Cidr[], prefix: number, taken: readonly Used[]): Generator<Ipv4Cidr, void, void> {
  const size = blockSize(prefix);
  for (const range of ranges) {
    for (let network = range.network; network < range.network + blockSize(range.prefix); network += size) {
      const block = { network, prefix };
      const clash = taken.find((t) => cidrsOverlap(t.range, block));
      // Skip past the clash at once: a large reserved range would otherwise be walked block by block.
      if (clash) {
        const end = clash.range.network + blockSize(clash.range.prefix);
        const nextAligned = range.network + Math.ceil((end - range.network) / size) * size;
        network = Math.max(network, nextAligned - size);
        continue;
      }
      yield block;
    }
  }
}
