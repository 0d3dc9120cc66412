/**
 * The few HCP Terraform / Terraform Enterprise API calls a rollout makes (API v2, JSON:API documents), each as
 * documented at https://developer.hashicorp.com/terraform/cloud-docs/api-docs:
 *
 * - show a workspace by name: `GET /organizations/:organization_name/workspaces/:name` (workspaces)
 * - create a configuration version: `POST /workspaces/:workspace_id/configuration-versions` with
 *   `auto-queue-runs` and `speculative`; its `upload-url` takes the `.tar.gz` by `PUT` (configuration-versions)
 * - show a configuration version: `GET /configuration-versions/:id`, until `status` is `uploaded` (configuration-versions)
 * - create a run: `POST /runs` with the workspace and configuration version, `auto-apply: false` (run)
 * - get a run: `GET /runs/:run_id`: `status`, `actions.is-confirmable` (run)
 * - the plan as JSON: `GET /runs/:id/plan/json-output`, a temporary redirect to the file; 204 while the plan runs (plans)
 * - policy checks: `GET /runs/:run_id/policy-checks` (policy-checks)
 * - apply or discard a run paused for confirmation: `POST /runs/:run_id/actions/apply|discard` with a `comment` (run)
 *
 * Requests carry `Authorization: Bearer <token>` and `Content-Type: application/vnd.api+json`; a 429 is retried
 * after its `Retry-After`.
 */
import { isObject } from '../../../lib/terraform-json';

/** A request the API refused or could not answer. */
export class HcpApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, 0 when there was no response. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'HcpApiError';
  }
}

/** How to reach the API. */
export interface HcpApiOptions {
  /** Scheme and host, e.g. `https://app.terraform.io`; the API is under `/api/v2`. */
  readonly address: string;
  readonly token: string;
  /** Waits between retries of a 429. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A run as the rollout follows it. */
export interface RunState {
  readonly id: string;
  readonly status: string;
  /** Paused after the plan, waiting for an apply or discard (`actions.is-confirmable`). */
  readonly confirmable: boolean;
  readonly hasChanges: boolean;
}

/** Sentinel/OPA policy checks of a run. */
export interface PolicyCheckResults {
  readonly statuses: string[];
  readonly passed: number;
  readonly failed: number;
}

const MAX_RETRIES = 5;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The `errors` of a JSON:API error document, as one line. */
function errorText(body: unknown): string | undefined {
  if (!isObject(body) || !Array.isArray(body.errors)) return undefined;
  return body.errors
    .filter(isObject)
    .map((e) => [e.title, e.detail].filter((x) => typeof x === 'string' && x).join(': '))
    .filter(Boolean)
    .join('; ');
}

export class HcpApi {
  private readonly base: string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HcpApiOptions) {
    this.base = `${options.address.replace(/\/+$/, '')}/api/v2`;
    this.sleep = options.sleep ?? defaultSleep;
  }

  private async request(method: string, path: string, body?: unknown, redirect: 'follow' | 'manual' = 'follow'): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${this.base}${path}`, {
          method,
          redirect,
          headers: { Authorization: `Bearer ${this.options.token}`, 'Content-Type': 'application/vnd.api+json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (e) {
        throw new HcpApiError(`${method} ${path}: no answer from ${this.options.address} (${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)})`, 0);
      }
      if (response.status === 429 && attempt < MAX_RETRIES) {
        const seconds = Number(response.headers.get('retry-after'));
        await this.sleep(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000 * 2 ** attempt);
        continue;
      }
      return response;
    }
  }

  private async json(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await this.request(method, path, body);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      throw new HcpApiError(`${method} ${path}: HTTP ${response.status}${errorText(parsed) ? ` (${errorText(parsed)})` : ''}`, response.status);
    }
    if (!isObject(parsed)) throw new HcpApiError(`${method} ${path}: the answer is not JSON`, response.status);
    return parsed;
  }

  private static data(doc: Record<string, unknown>, what: string): { id: string; attributes: Record<string, unknown>; relationships: Record<string, unknown> } {
    const data = doc.data;
    if (!isObject(data) || typeof data.id !== 'string') throw new HcpApiError(`${what}: the answer has no data.id`, 200);
    return { id: data.id, attributes: isObject(data.attributes) ? data.attributes : {}, relationships: isObject(data.relationships) ? data.relationships : {} };
  }

  /** The id of a workspace, by organization and name. */
  async workspaceId(organization: string, name: string): Promise<string> {
    const path = `/organizations/${encodeURIComponent(organization)}/workspaces/${encodeURIComponent(name)}`;
    return HcpApi.data(await this.json('GET', path), `GET ${path}`).id;
  }

  /** Creates a configuration version that queues no run by itself; `speculative` ones can only plan. */
  async createConfigurationVersion(workspaceId: string, speculative: boolean): Promise<{ id: string; uploadUrl: string }> {
    const path = `/workspaces/${workspaceId}/configuration-versions`;
    const doc = await this.json('POST', path, { data: { type: 'configuration-versions', attributes: { 'auto-queue-runs': false, speculative } } });
    const data = HcpApi.data(doc, `POST ${path}`);
    const uploadUrl = data.attributes['upload-url'];
    if (typeof uploadUrl !== 'string') throw new HcpApiError(`POST ${path}: no upload-url in the answer`, 201);
    return { id: data.id, uploadUrl };
  }

  /** Uploads a configuration (`.tar.gz`) to a configuration version's upload URL. */
  async upload(uploadUrl: string, archive: Uint8Array): Promise<void> {
    let response: Response;
    try {
      response = await fetch(uploadUrl, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: archive });
    } catch (e) {
      throw new HcpApiError(`upload of the configuration: no answer (${e instanceof Error ? e.message : String(e)})`, 0);
    }
    if (!response.ok) throw new HcpApiError(`upload of the configuration: HTTP ${response.status}`, response.status);
  }

  /** A configuration version's status (`pending`, `uploaded`, `errored`) and error message. */
  async configurationVersion(id: string): Promise<{ status: string; error?: string }> {
    const data = HcpApi.data(await this.json('GET', `/configuration-versions/${id}`), `GET /configuration-versions/${id}`);
    const error = data.attributes['error-message'];
    return { status: String(data.attributes.status), ...(typeof error === 'string' && error ? { error } : {}) };
  }

  /** Creates a run of a configuration version that waits for confirmation (`auto-apply: false`). */
  async createRun(workspaceId: string, configurationVersionId: string, message: string, planOnly: boolean): Promise<string> {
    const doc = await this.json('POST', '/runs', {
      data: {
        type: 'runs',
        attributes: { message, 'auto-apply': false, ...(planOnly ? { 'plan-only': true } : {}) },
        relationships: {
          workspace: { data: { type: 'workspaces', id: workspaceId } },
          'configuration-version': { data: { type: 'configuration-versions', id: configurationVersionId } },
        },
      },
    });
    return HcpApi.data(doc, 'POST /runs').id;
  }

  async run(id: string): Promise<RunState> {
    const data = HcpApi.data(await this.json('GET', `/runs/${id}`), `GET /runs/${id}`);
    const actions = isObject(data.attributes.actions) ? data.attributes.actions : {};
    return { id, status: String(data.attributes.status), confirmable: actions['is-confirmable'] === true, hasChanges: data.attributes['has-changes'] === true };
  }

  /**
   * The run's plan as `terraform show -json` writes it, or undefined while it is not ready (204). The temporary
   * redirect is followed without the API token (it points at another host).
   */
  async planJson(runId: string): Promise<unknown> {
    const path = `/runs/${runId}/plan/json-output`;
    const first = await this.request('GET', path, undefined, 'manual');
    if (first.status === 204) return undefined;
    let response = first;
    if (first.status >= 300 && first.status < 400) {
      const location = first.headers.get('location');
      if (!location) throw new HcpApiError(`GET ${path}: redirect without a location`, first.status);
      response = await fetch(new URL(location, `${this.base}${path}`));
    }
    if (!response.ok) throw new HcpApiError(`GET ${path}: HTTP ${response.status}`, response.status);
    return JSON.parse(await response.text()) as unknown;
  }

  /** The run's policy checks, or undefined when it has none (or the organization has no policy checks). */
  async policyChecks(runId: string): Promise<PolicyCheckResults | undefined> {
    let doc: Record<string, unknown>;
    try {
      doc = await this.json('GET', `/runs/${runId}/policy-checks`);
    } catch (e) {
      if (e instanceof HcpApiError && e.status === 404) return undefined;
      throw e;
    }
    const checks = Array.isArray(doc.data) ? doc.data.filter(isObject) : [];
    if (checks.length === 0) return undefined;
    const statuses = checks.map((c) => String(isObject(c.attributes) ? c.attributes.status : 'unknown'));
    return { statuses, passed: statuses.filter((s) => s === 'passed' || s === 'overridden').length, failed: statuses.filter((s) => s.endsWith('failed') || s === 'errored').length };
  }

  /** Applies a run paused for confirmation. */
  async apply(runId: string, comment: string): Promise<void> {
    await this.json('POST', `/runs/${runId}/actions/apply`, { comment });
  }

  /** Discards a run paused for confirmation, so the workspace's later runs can proceed. */
  async discard(runId: string, comment: string): Promise<void> {
    await this.json('POST', `/runs/${runId}/actions/discard`, { comment });
  }
}
