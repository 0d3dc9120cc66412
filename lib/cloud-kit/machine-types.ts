import { SpecError } from '../model/errors';

/** A machine a cloud sells, by size. */
export interface MachineType {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
}

/**
 * The smallest machine in `table` with at least `vcpu` vCPUs and `memoryGiB` GiB: fewest vCPUs first, then
 * least memory, then table order. Undefined when nothing in the table is large enough.
 */
export function pickMachineType(table: readonly MachineType[], vcpu: number, memoryGiB: number): MachineType | undefined {
  return table
    .filter((m) => m.vcpu >= vcpu && m.memoryGiB >= memoryGiB)
    .reduce<MachineType | undefined>((best, m) => {
      if (!best) return m;
      if (m.vcpu !== best.vcpu) return m.vcpu < best.vcpu ? m : best;
      return m.memoryGiB < best.memoryGiB ? m : best;
    }, undefined);
}

/**
 * The name of the smallest machine in `table` that holds a node of `vcpu` vCPUs and `memoryGiB` GiB.
 * @param kind what the cloud calls it, for the error: `AWS node type`, `Azure VM size`, `GCP machine type`.
 * @throws SpecError naming the largest machine and the fix when nothing in the table is large enough.
 */
export function machineTypeFor(table: readonly MachineType[], kind: string, vcpu: number, memoryGiB: number): string {
  const type = pickMachineType(table, vcpu, memoryGiB);
  if (!type) {
    const largest = table.reduce((a, b) => (b.vcpu > a.vcpu || (b.vcpu === a.vcpu && b.memoryGiB > a.memoryGiB) ? b : a));
    throw new SpecError(
      `no ${kind} has ${vcpu} vCPU / ${memoryGiB} GiB (largest: ${largest.name}, ${largest.vcpu} vCPU / ${largest.memoryGiB} GiB); lower overrides.nodes.vcpu / memoryGiB and add nodes instead`,
    );
  }
  return type.name;
}
