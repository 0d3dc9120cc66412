import {
  SCALE_DOWN_P95,
  SCALE_UP_BAND,
  SCALE_UP_MAX,
  SCALE_UP_P95,
  TIER_DOWN_BAND,
  levelOf,
  roundUpGb,
  withinBand,
} from '../../../commands/recommend/thresholds';

describe('the utilization band', () => {
  it('is scale up above 80 % p95 or 95 % max, scale down below 30 % p95, and a lower tier must leave more room', () => {
    expect([SCALE_UP_P95, SCALE_UP_MAX, SCALE_DOWN_P95]).toEqual([0.8, 0.95, 0.3]);
    expect(TIER_DOWN_BAND.p95).toBeLessThan(SCALE_UP_BAND.p95);
    expect(TIER_DOWN_BAND.max).toBeLessThan(SCALE_UP_BAND.max);
  });

  it('places readings at the edges of the band', () => {
    expect(levelOf(80, 100)).toBe('ok');
    expect(levelOf(80.01, 100)).toBe('high');
    expect(levelOf(50, 100, 95)).toBe('ok');
    expect(levelOf(50, 100, 95.01)).toBe('high');
    expect(levelOf(30, 100)).toBe('ok');
    expect(levelOf(29.99, 100)).toBe('low');
    expect(levelOf(0, 0)).toBe('high');
  });

  it('checks a reading against a band, with or without a maximum', () => {
    expect(withinBand(SCALE_UP_BAND, 10, 8, 9.5)).toBe(true);
    expect(withinBand(SCALE_UP_BAND, 10, 8, 9.6)).toBe(false);
    expect(withinBand(TIER_DOWN_BAND, 10, 6.1)).toBe(false);
    expect(withinBand(SCALE_UP_BAND, 0, 0)).toBe(false);
  });

  it('rounds storage up to whole steps', () => {
    expect([roundUpGb(101), roundUpGb(110), roundUpGb(0.5)]).toEqual([110, 110, 10]);
  });
});
