import { constrainedMajor } from '../../lib/terraform-json/versions';

describe('constrainedMajor', () => {
  it.each([
    ['5.100.0', 5],
    ['= 4.40.0', 4],
    ['~> 3.0', 3],
    ['~> 4.1.2', 4],
    ['~> 6', 6],
    ['>= 3.50, < 4.0', 3],
    ['>= 4.0.0, < 4.99', 4],
    ['>= 5, <= 5.9', 5],
  ])('%s pins major %d', (constraint, major) => {
    expect(constrainedMajor(constraint)).toBe(major);
  });

  it.each([['>= 4.0'], ['>= 3.0, < 5.0'], ['latest'], [''], [undefined]])('%s pins no major', (constraint) => {
    expect(constrainedMajor(constraint)).toBeUndefined();
  });
});
