import { AddressPlan, allocateAddressBlocks } from '../../lib/model/address-plan';
import { SpecError } from '../../lib/model/errors';

const plan: AddressPlan = { cidrs: ['10.64.0.0/14'], blockPrefix: 16 };

describe('allocateAddressBlocks', () => {
  it('gives new owners the lowest free blocks, in owner order', () => {
    const blocks = allocateAddressBlocks({ plan, owners: ['tenant/b', 'tenant/a', 'pool/pool-aws-us-east-1'] });
    expect(blocks).toEqual({
      'pool/pool-aws-us-east-1': '10.64.0.0/16',
      'tenant/a': '10.65.0.0/16',
      'tenant/b': '10.66.0.0/16',
    });
  });

  it('is a pure function of its inputs (owner order and repeats do not matter)', () => {
    const one = allocateAddressBlocks({ plan, owners: ['tenant/a', 'tenant/b'] });
    const two = allocateAddressBlocks({ plan, owners: ['tenant/b', 'tenant/a', 'tenant/b'] });
    expect(two).toEqual(one);
  });

  it('never moves an owner that had a block, and fills the lowest gap for a new one', () => {
    const previous = { 'tenant/a': '10.64.0.0/16', 'tenant/c': '10.66.0.0/16' };
    const blocks = allocateAddressBlocks({ plan, owners: ['tenant/c', 'tenant/b', 'tenant/a'], previous });
    expect(blocks).toEqual({ 'tenant/a': '10.64.0.0/16', 'tenant/b': '10.65.0.0/16', 'tenant/c': '10.66.0.0/16' });
  });

  it('keeps a previous block outside the current plan (the plan changed after it was handed out)', () => {
    const blocks = allocateAddressBlocks({ plan, owners: ['tenant/old', 'tenant/new'], previous: { 'tenant/old': '10.20.0.0/16' } });
    expect(blocks).toEqual({ 'tenant/old': '10.20.0.0/16', 'tenant/new': '10.64.0.0/16' });
  });

  it('keeps the blocks of owners no longer listed, so a network still standing is never reused', () => {
    const blocks = allocateAddressBlocks({ plan, owners: ['tenant/new'], previous: { 'tenant/gone': '10.64.0.0/16' } });
    expect(blocks).toEqual({ 'tenant/gone': '10.64.0.0/16', 'tenant/new': '10.65.0.0/16' });
  });

  it('adding an owner changes no other owner (sticky across runs)', () => {
    const first = allocateAddressBlocks({ plan, owners: ['tenant/m', 'tenant/z'] });
    const second = allocateAddressBlocks({ plan, owners: ['tenant/a', 'tenant/m', 'tenant/z'], previous: first });
    expect(second['tenant/m']).toBe(first['tenant/m']);
    expect(second['tenant/z']).toBe(first['tenant/z']);
    expect(second['tenant/a']).toBe('10.66.0.0/16');
  });

  it('steps over reserved ranges (runner networks), whatever their size', () => {
    const reserved = [
      { cidr: '10.64.128.0/24', use: 'the runner network' },
      { cidr: '10.65.0.0/16', use: 'a VPN pool' },
    ];
    const blocks = allocateAddressBlocks({ plan, owners: ['tenant/a', 'tenant/b'], reserved });
    expect(blocks).toEqual({ 'tenant/a': '10.66.0.0/16', 'tenant/b': '10.67.0.0/16' });
  });

  it('skips a reserved range wider than many blocks in one step', () => {
    const wide: AddressPlan = { cidrs: ['10.0.0.0/8'], blockPrefix: 24 };
    const blocks = allocateAddressBlocks({ plan: wide, owners: ['tenant/a'], reserved: [{ cidr: '10.0.0.0/9', use: 'the runner network' }] });
    expect(blocks).toEqual({ 'tenant/a': '10.128.0.0/24' });
  });

  it('cuts from the ranges in address order, then the next range', () => {
    const two: AddressPlan = { cidrs: ['10.70.0.0/16', '10.64.0.0/16'], blockPrefix: 16 };
    expect(allocateAddressBlocks({ plan: two, owners: ['tenant/a', 'tenant/b'] })).toEqual({
      'tenant/a': '10.64.0.0/16',
      'tenant/b': '10.70.0.0/16',
    });
  });

  it('refuses when the plan is exhausted, with the fix', () => {
    const small: AddressPlan = { cidrs: ['10.64.0.0/15'], blockPrefix: 16 };
    expect(() => allocateAddressBlocks({ plan: small, owners: ['tenant/a', 'tenant/b', 'tenant/c'], planName: 'addressPlan.aws' })).toThrow(
      /addressPlan.aws \(10.64.0.0\/15\) has no free \/16 block left for 'tenant\/c' \(2 of 2 in use.*add a range to addressPlan.aws.cidrs in tenants\/_platform.yaml/,
    );
    expect(() => allocateAddressBlocks({ plan: small, owners: ['tenant/c'], previous: { 'tenant/a': '10.64.0.0/16', 'tenant/b': '10.65.0.0/16' } })).toThrow(SpecError);
  });

  it('refuses previous blocks that overlap each other or a reserved range', () => {
    expect(() =>
      allocateAddressBlocks({ plan, owners: [], previous: { 'tenant/a': '10.64.0.0/16', 'tenant/b': '10.64.0.0/20' } }),
    ).toThrow(/previous address allocation of 'tenant\/b' \(10.64.0.0\/20\) overlaps the block of 'tenant\/a'/);
    expect(() =>
      allocateAddressBlocks({ plan, owners: [], previous: { 'tenant/a': '10.64.0.0/16' }, reserved: [{ cidr: '10.64.5.0/24', use: 'the runner network (runners.cidrs)' }] }),
    ).toThrow(/overlaps the runner network \(runners.cidrs\) \(10.64.5.0\/24\)/);
    expect(() => allocateAddressBlocks({ plan, owners: [], previous: { 'tenant/a': '10.64.0.1/16' } })).toThrow(/host bits set/);
  });

  it('refuses a malformed plan', () => {
    expect(() => allocateAddressBlocks({ plan: { cidrs: ['10.64.0.0/20'], blockPrefix: 16 }, owners: ['tenant/a'] })).toThrow(
      /range 10.64.0.0\/20 is smaller than one \/16 block/,
    );
    expect(() => allocateAddressBlocks({ plan: { cidrs: ['10.64.0.0/12', '10.64.0.0/14'], blockPrefix: 16 }, owners: [] })).toThrow(/overlap; list each address once/);
  });

  it('hands out a thousand blocks without repeats or overlap', () => {
    const big: AddressPlan = { cidrs: ['10.0.0.0/8'], blockPrefix: 18 };
    const owners = Array.from({ length: 1000 }, (_, i) => `tenant/t${String(i).padStart(4, '0')}`);
    const blocks = allocateAddressBlocks({ plan: big, owners, reserved: [{ cidr: '10.3.0.0/16', use: 'runners' }] });
    const cidrs = Object.values(blocks);
    expect(new Set(cidrs).size).toBe(1000);
    expect(cidrs).not.toContain('10.3.0.0/18');
    // 1,000 blocks of /18 (four per /16) after the four of 10.3.0.0/16 the runners hold: the 1,004th block.
    expect(blocks['tenant/t0999']).toBe('10.250.192.0/18');
  });
});
