import { maxPodsPerNode, nodeAllocatable, reservedCpuMillis, reservedMemoryMiB } from '../../lib/kubernetes/allocatable';

describe('reservedCpuMillis', () => {
  it.each([
    [1, 60],
    [2, 70],
    [4, 80],
    [8, 90],
    [16, 110],
  ])('GKE/EKS bands: %i cores reserve %im', (cores, millis) => {
    expect(reservedCpuMillis('gcp', cores)).toBe(millis);
    expect(reservedCpuMillis('aws', cores)).toBe(millis);
  });

  it('AKS uses its table, rounding a core count up to the next row', () => {
    expect(reservedCpuMillis('azure', 4)).toBe(140);
    expect(reservedCpuMillis('azure', 6)).toBe(180);
    expect(reservedCpuMillis('azure', 128)).toBe(740);
  });
});

describe('reservedMemoryMiB', () => {
  it('GKE: 25% of the first 4 GiB and 20% of the next 4, plus eviction', () => {
    // 1024 + 819.2 -> 1844, + 100
    expect(reservedMemoryMiB('gcp', { vcpu: 4, memoryGiB: 8 })).toBe(1944);
  });

  it('EKS: 255 MiB + 11 MiB per max pod, plus eviction', () => {
    expect(maxPodsPerNode('aws', { vcpu: 4, memoryGiB: 8 })).toBe(58);
    expect(reservedMemoryMiB('aws', { vcpu: 4, memoryGiB: 8 })).toBe(255 + 11 * 58 + 100);
  });

  it('AKS: 20 MiB per pod + 50 MiB, capped at 25% of memory, plus eviction', () => {
    expect(reservedMemoryMiB('azure', { vcpu: 4, memoryGiB: 8 })).toBe(2048 + 100);
    expect(reservedMemoryMiB('azure', { vcpu: 16, memoryGiB: 64 })).toBe(5050 + 100);
  });
});

describe('nodeAllocatable', () => {
  it('is capacity less the reservations, pods capped at 110', () => {
    expect(nodeAllocatable('gcp', { vcpu: 4, memoryGiB: 8 })).toEqual({ cpuMillis: 3920, memoryMiB: 8192 - 1944, pods: 110 });
    expect(nodeAllocatable('aws', { vcpu: 16, memoryGiB: 64 }).pods).toBe(110);
  });

  it('is never negative', () => {
    expect(nodeAllocatable('aws', { vcpu: 1, memoryGiB: 0.25 }).memoryMiB).toBe(0);
  });
});
