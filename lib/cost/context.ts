import type { Cloud } from '../model/enums';
import { HOURS_PER_MONTH, RegionPrices } from './catalog/schema';
import type { CostComponent } from './model';
import { UNKNOWN, asBoolean, asNumber, asString, attribute, isUnresolved, resourcesOfType, type TerraformDocument, type TerraformResource } from '../terraform-json';
import type { UsageAssumptions } from './usage';

/** Options of a usage-based line. */
export interface UsageLine {
  /** Where the quantity comes from, e.g. `tier usage.logIngestionGb 20 GB / 2 log groups`. */
  readonly assumption: string;
}

/**
 * What an estimator sees of one resource: its attributes (unresolved references recorded, never thrown), its
 * region's prices, the usage assumptions and the whole document for cross-references.
 */
export class EstimatorContext {
  /** Prices or regions the catalogue lacks. */
  readonly missing: string[] = [];
  /** Price-driving attributes that are unresolved references. */
  readonly unknowns: string[] = [];
  /** Assumptions worth telling the reader. */
  readonly notes: string[] = [];

  constructor(
    readonly resource: TerraformResource,
    readonly document: TerraformDocument,
    readonly cloud: Cloud,
    readonly region: string,
    private readonly prices: RegionPrices,
    readonly usage: UsageAssumptions,
  ) {}

  /** Resources of this resource's type in the document: a usage total is split evenly across them. */
  get sameTypeCount(): number {
    return Math.max(1, resourcesOfType(this.document, this.resource.type).length);
  }

  /** A number attribute; `fallback` when absent; undefined (and recorded) when it is an unresolved reference. */
  number(path: string, fallback?: number): number | undefined {
    const value = asNumber(attribute(this.resource.values, path));
    if (value === UNKNOWN) return this.unknown(path);
    return value ?? fallback;
  }

  /** A string attribute; `fallback` when absent; undefined (and recorded) when it is an unresolved reference. */
  string(path: string, fallback?: string): string | undefined {
    const value = asString(attribute(this.resource.values, path));
    if (value === UNKNOWN) return this.unknown(path);
    return value ?? fallback;
  }

  /** A boolean attribute; `fallback` when absent; undefined (and recorded) when it is an unresolved reference. */
  boolean(path: string, fallback?: boolean): boolean | undefined {
    const value = asBoolean(attribute(this.resource.values, path));
    if (value === UNKNOWN) return this.unknown(path);
    return value ?? fallback;
  }

  /** Records that `path` is unresolved; returns undefined so callers can `return` it. */
  unknown(path: string): undefined {
    this.unknowns.push(`${path} is not known until apply (an unresolved reference)`);
    return undefined;
  }

  /** A unit price; undefined (and recorded as missing) when the region's table lacks `key`. */
  price(table: string, key: string): number | undefined {
    const value = this.prices[table]?.[key];
    if (value === undefined) {
      this.missing.push(`no ${this.cloud} price for ${table} '${key}' in ${this.region}; add it to lib/cost/catalog/${this.cloud}.ts`);
    }
    return value;
  }

  /** `count` instances billed per hour all month: quantity = count x 730 hours. */
  hourly(name: string, count: number, table: string, key: string): CostComponent | undefined {
    return this.line(name, count * HOURS_PER_MONTH, 'hours', table, key);
  }

  /** A line of `quantity` units at the table's unit price. */
  line(name: string, quantity: number, unit: string, table: string, key: string, usage?: UsageLine): CostComponent | undefined {
    const unitPrice = this.price(table, key);
    if (unitPrice === undefined) return undefined;
    return {
      name,
      quantity,
      unit,
      unitPrice,
      monthlyCost: quantity * unitPrice,
      ...(usage ? { usageBased: true, assumption: usage.assumption } : {}),
    };
  }

  /**
   * An equal part of a usage total shared by every resource of this type: `total / sameTypeCount`, with the
   * assumption spelled out for the report.
   */
  usageShare(total: number, what: string, unit: string): { quantity: number; usage: UsageLine } {
    const n = this.sameTypeCount;
    const assumption = n > 1 ? `${what} ${total} ${unit} shared by ${n} ${this.resource.type}` : `${what} ${total} ${unit}`;
    return { quantity: total / n, usage: { assumption } };
  }

  /** The first of `paths` that has a value; `fallback` when none has; undefined (recorded) on a reference. */
  firstNumber(paths: readonly string[], fallback?: number): number | undefined {
    for (const path of paths) {
      const value = asNumber(attribute(this.resource.values, path));
      if (value === UNKNOWN) return this.unknown(path);
      if (value !== undefined) return value;
    }
    return fallback;
  }

  /** A list of strings (`instance_types`); undefined when absent; undefined (recorded) on a reference. */
  stringList(path: string): string[] | undefined {
    const value = attribute(this.resource.values, path);
    if (value === UNKNOWN) return this.unknown(path);
    if (!Array.isArray(value)) return undefined;
    if (value.some(isUnresolved)) return this.unknown(path);
    return value.filter((v): v is string => typeof v === 'string');
  }
}

/** An estimator: the cost lines of one resource type. Undefined entries (prices not found) are dropped. */
export type Estimator = (ctx: EstimatorContext) => readonly (CostComponent | undefined)[];
