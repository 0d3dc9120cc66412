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
