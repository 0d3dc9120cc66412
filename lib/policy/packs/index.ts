import type { Framework } from '../../model/enums';
import { baseline } from './baseline';
import { gdpr } from './gdpr';
import { hipaa } from './hipaa';
import { iso27001 } from './iso27001';
import type { Pack, PackId } from './pack';
import { pciDss } from './pci-dss';
import { soc2 } from './soc2';
import { sox } from './sox';

export * from './pack';
export { baseline, gdpr, hipaa, iso27001, pciDss, soc2, sox };

/** Every built-in pack, baseline first, then frameworks in lib/model/enums.ts order. Add your own with `extendPolicy`. */
export const PACKS: Readonly<Record<'baseline' | Framework, Pack>> = {
  baseline,
  hipaa,
  'pci-dss': pciDss,
  soc2,
  gdpr,
  sox,
  iso27001,
};

/** Ids of the built-in packs. */
export const PACK_IDS = Object.keys(PACKS) as PackId[];

/** Baseline plus the packs of the frameworks a tenant claims, without duplicates. */
export function packsFor(frameworks: readonly Framework[]): PackId[] {
  return ['baseline', ...frameworks.filter((f, i) => frameworks.indexOf(f) === i)];
}
