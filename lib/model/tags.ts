import { z } from 'zod';
import type { Cloud } from './enums';

/**
 * Most tags (labels on GCP) one resource may carry:
 * - AWS: 50 tags per resource (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-restrictions);
 *   the provider's `default_tags` are merged into every resource's tags and count against it.
 * - Azure: 50 tag name-value pairs per resource
 *   (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations).
 * - GCP: 64 labels per resource (https://cloud.google.com/resource-manager/docs/labels-overview#requirements).
 */
export const CLOUD_TAG_LIMITS: Readonly<Record<Cloud, number>> = { aws: 50, azure: 50, gcp: 64 };

/** Tags the platform sets on every resource of a tenant (stacks/tags.ts); a tenant file may not set them. */
export const PLATFORM_TAG_KEYS = ['tenant', 'tier', 'managed-by'] as const;

/**
 * Most tags a construct adds to one resource on top of PLATFORM_TAG_KEYS: AWS subnets carry `Name`,
 * `kubernetes.io/cluster/<name>` and `kubernetes.io/role/(internal-)elb` (lib/aws/network.ts); Azure and GCP
 * resources carry only the platform's. test/model/tags.test.ts checks this against synthesized stacks.
 */
export const CONSTRUCT_TAGS_PER_RESOURCE: Readonly<Record<Cloud, number>> = { aws: 3, azure: 0, gcp: 0 };

/** Most tags a tenant file may set on `cloud`: the cloud's limit less the tags the platform and constructs add. */
export function maxTenantTags(cloud: Cloud): number {
  return CLOUD_TAG_LIMITS[cloud] - PLATFORM_TAG_KEYS.length - CONSTRUCT_TAGS_PER_RESOURCE[cloud];
}

/** Azure tag names may not contain these characters (same Azure page as CLOUD_TAG_LIMITS). */
const AZURE_FORBIDDEN_TAG_CHARACTERS = /[<>%&\\?/]/;

/**
 * AWS tag keys: up to 128 characters of letters, digits, spaces and `_.:/=+-@`; values up to 256 (same EC2 page).
 * A `__proto__` key never reaches this schema (zod skips it): `rawTagIssues` reports it.
 */
export const TagsSchema = z.record(
  z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\p{L}\p{N}\s_.:/=+\-@]+$/u, 'a tag key of letters, digits, spaces and _.:/=+-@'),
  z.string().max(256),
);

/** Problems of a tenant's tags on its cloud, each with the tag path and a fix. */
export function tagIssues(tags: unknown, cloud: Cloud): { path: PropertyKey[]; message: string }[] {
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) return [];
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const keys = Object.keys(tags);
  const max = maxTenantTags(cloud);
  if (keys.length > max) {
    issues.push({
      path: ['tags'],
      message:
        `${keys.length} tags, but a resource on ${cloud} takes at most ${CLOUD_TAG_LIMITS[cloud]} and the platform sets up to ` +
        `${CLOUD_TAG_LIMITS[cloud] - max} of them, so at most ${max}; remove some or combine them into one value`,
    });
  }
  for (const key of keys) {
    if ((PLATFORM_TAG_KEYS as readonly string[]).includes(key)) {
      issues.push({ path: ['tags', key], message: `'${key}' is set by the platform on every resource; remove it` });
    } else if (cloud === 'aws' && key.toLowerCase().startsWith('aws:')) {
      issues.push({ path: ['tags', key], message: 'the aws: prefix is reserved for AWS; rename the tag' });
    } else if (cloud === 'azure' && AZURE_FORBIDDEN_TAG_CHARACTERS.test(key)) {
      issues.push({ path: ['tags', key], message: 'Azure tag names may not contain < > % & \\ ? /; rename the tag' });
    }
  }
  return issues;
}

/**
 * Problems only the raw file shows: a `__proto__` tag, which JavaScript objects and zod records drop without a
 * word, so the tag would silently vanish.
 */
export function rawTagIssues(raw: unknown): { path: PropertyKey[]; message: string }[] {
  const tags = raw !== null && typeof raw === 'object' ? (raw as { tags?: unknown }).tags : undefined;
  if (tags === null || typeof tags !== 'object' || !Object.hasOwn(tags, '__proto__')) return [];
  return [{ path: ['tags', '__proto__'], message: "the tag key '__proto__' cannot be used (JavaScript reserves it, so the tag would be dropped); rename it" }];
}
