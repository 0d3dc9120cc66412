import type { Finding, PolicyReport } from '../finding';
import { PackId, packRules } from '../packs/pack';
import { BUILT_IN_POLICY, PolicySet, packName } from '../policy-set';

/** SARIF levels: warnings that a suppression accepts still appear, with a `suppressions` entry. */
type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifOptions {
  /** Tool version written to the log. @default '0.0.0' */
  readonly version?: string;
  /** Reads a checked file, to point results at the resource's line. @default - line 1 */
  readonly readFile?: (file: string) => string | undefined;
  /** The rules listed in the log and the packs named in it. @default BUILT_IN_POLICY */
  readonly policy?: PolicySet;
}

/** Line of `"<name>"` after `"<type>"` in a Terraform JSON file (1 when not found). */
export function resourceLine(text: string | undefined, f: Finding): number {
  const m = /^(?:module\.[^.]+\.)*(?:data\.)?([^.]+)\.([^.[]+)/.exec(f.address);
  if (!text || !m) return 1;
  const typeAt = text.indexOf(`"${m[1]}"`);
  const at = typeAt < 0 ? -1 : text.indexOf(`"${m[2]}"`, typeAt);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Packs, controls and level of a rule across every pack, for the rule's properties. */
function ruleMetadata(policy: PolicySet, ruleId: string) {
  const packs: { pack: PackId; level: string; controls: readonly string[] }[] = [];
  for (const pack of Object.values(policy.packs)) {
    const entry = packRules(pack, policy.rules).find((r) => r.rule.id === ruleId);
    if (entry) packs.push({ pack: pack.id, level: entry.level, controls: entry.controls });
  }
  return packs;
}

/**
 * SARIF 2.1.0 for code-scanning upload: every rule in tool.driver.rules, one result per finding with its rule,
 * level, message, the checked file as artifact location and the Terraform address (and construct path) as logical
 * locations. Suppressed findings carry a `suppressions` entry with the reason.
 */
export function renderSarif(reports: readonly PolicyReport[], options: SarifOptions = {}): string {
  const policy = options.policy ?? BUILT_IN_POLICY;
  const rules = policy.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description}. Category: ${r.category}.` },
    help: { text: `Fix: ${r.fix}`, markdown: `**Fix:** ${r.fix}` },
    defaultConfiguration: { level: r.severity },
    properties: { tags: ['security', r.cloud, r.category], packs: ruleMetadata(policy, r.id) },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.findings.map((f) => {
      const uri = (f.file ?? report.target).split('\\').join('/');
      const logical = [{ name: f.address, fullyQualifiedName: `${report.target}/${f.address}`, kind: 'resource' }];
      if (f.path) logical.push({ name: f.path.split('/').pop() ?? f.path, fullyQualifiedName: f.path, kind: 'construct' });
      // SARIF 2.1.0 §3.27.9: kind "open" is a rule that could not decide for lack of information; any kind other
      // than "fail" takes level "none" (§3.27.10). The pack's level stays in the properties.
      const undecided = f.status === 'undecided';
      const level: SarifLevel = undecided ? 'none' : f.level;
      return {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId) ?? -1,
        kind: undecided ? 'open' : 'fail',
        level,
        message: { text: `${f.path ?? f.address}: ${f.message}. Fix: ${f.fix}` },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri }, region: { startLine: resourceLine(f.file ? options.readFile?.(f.file) : undefined, f) } },
            logicalLocations: logical,
          },
        ],
        partialFingerprints: { 'policyFinding/v1': `${report.target}|${f.ruleId}|${f.address}` },
        properties: { controls: f.controls.map((c) => `${packName(policy, c.pack)} ${c.control}`), packs: f.packs, packLevel: f.level },
        ...(f.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.suppressed.reason }] } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tenant-templates policy', version: options.version ?? '0.0.0', rules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
