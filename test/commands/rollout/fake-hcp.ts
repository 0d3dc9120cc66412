import * as http from 'http';
import type { AddressInfo } from 'net';

/**
 * A local stand-in for the HCP Terraform API endpoints a rollout calls, as documented at
 * https://developer.hashicorp.com/terraform/cloud-docs/api-docs (workspaces, configuration-versions, run, plans,
 * policy-checks): JSON:API documents under /api/v2, a bearer token on every API request, an upload URL on another
 * path that takes the archive without the token, and the plan JSON behind a temporary redirect. Each workspace
 * follows a script.
 */

/** How a workspace's runs go. */
export interface WorkspaceScript {
  /** Run states after creation, one per look; the last one stays. A state in `confirmable` pauses for confirmation. */
  readonly planStates: readonly string[];
  /** States in which the run is paused for confirmation (`actions.is-confirmable`). @default ['cost_estimated', 'policy_checked', 'planned'] */
  readonly confirmable?: readonly string[];
  /** Run states after an apply is confirmed. @default ['apply_queued', 'applying', 'applied'] */
  readonly applyStates?: readonly string[];
  /** The plan's JSON (`terraform show -json`). @default a plan creating one resource */
  readonly plan?: unknown;
  /** Policy check statuses. @default none (404) */
  readonly policyChecks?: readonly string[];
}

/** A request the fake answered. */
export interface Call {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly authorized: boolean;
}

interface RunRecord {
  readonly workspace: string;
  looks: number;
  applied: boolean;
  applyLooks: number;
  discarded: boolean;
}

const DEFAULT_PLAN = { format_version: '1.2', resource_changes: [{ address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', change: { actions: ['create'] } }] };

export class FakeHcp {
  readonly calls: Call[] = [];
  /** Archives uploaded, by configuration version id. */
  readonly uploads = new Map<string, Uint8Array>();
  private readonly server: http.Server;
  private readonly cvs = new Map<string, { workspace: string; status: string; speculative: boolean }>();
  private readonly runs = new Map<string, RunRecord>();
  private throttled = 0;
  url = '';

  constructor(
    private readonly organization: string,
    private readonly token: string,
    private readonly workspaces: Readonly<Record<string, WorkspaceScript>>,
    /** Answers this many API requests with 429 first. @default 0 */
    throttle = 0,
  ) {
    this.throttled = throttle;
    this.server = http.createServer((req, res) => {
      const chunks: Uint8Array[] = [];
      req.on('data', (c: Uint8Array) => chunks.push(Uint8Array.from(c)));
      req.on('end', () => {
        const raw = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        chunks.reduce((at, c) => (raw.set(c, at), at + c.length), 0);
        this.handle(req, raw, res);
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The runs created, with what happened to them. */
  runRecords(): { id: string; workspace: string; applied: boolean; discarded: boolean }[] {
    return [...this.runs].map(([id, r]) => ({ id, workspace: r.workspace, applied: r.applied, discarded: r.discarded }));
  }

  private handle(req: http.IncomingMessage, raw: Uint8Array, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(body === undefined ? {} : { 'Content-Type': 'application/vnd.api+json' }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const notFound = () => send(404, { errors: [{ status: '404', title: 'not found' }] });
    const isApi = url.pathname.startsWith('/api/v2/');
    const authorized = req.headers.authorization === `Bearer ${this.token}`;
    let body: unknown;
    if (isApi && raw.length > 0) body = JSON.parse(new TextDecoder().decode(raw));
    this.calls.push({ method: req.method ?? '', path: url.pathname, ...(body !== undefined ? { body } : {}), authorized });

    if (url.pathname.startsWith('/upload/') && req.method === 'PUT') {
      const id = url.pathname.slice('/upload/'.length);
      this.uploads.set(id, raw);
      const cv = this.cvs.get(id);
      if (!cv || authorized) return send(400, { errors: [{ title: 'the upload URL takes no token' }] });
      cv.status = 'uploaded';
      return send(200);
    }
    if (url.pathname.startsWith('/archivist/') && req.method === 'GET') {
      if (req.headers.authorization) return send(400, { errors: [{ title: 'the temporary URL takes no token' }] });
      const run = this.runs.get(url.pathname.slice('/archivist/'.length));
      if (!run) return notFound();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(this.workspaces[run.workspace].plan ?? DEFAULT_PLAN));
      return;
    }
    if (!isApi) return notFound();
    if (!authorized) return send(401, { errors: [{ status: '401', title: 'unauthorized' }] });
    if (req.headers['content-type'] !== 'application/vnd.api+json') return send(415, { errors: [{ title: 'wrong content type' }] });
    if (this.throttled > 0) {
      this.throttled--;
      return send(429, { errors: [{ status: '429', title: 'too many requests' }] }, { 'Retry-After': '1' });
    }
    const p = url.pathname.slice('/api/v2'.length).split('/').filter(Boolean);
    const m = req.method;

    if (m === 'GET' && p[0] === 'organizations' && p[2] === 'workspaces' && p.length === 4) {
      if (p[1] !== this.organization || !this.workspaces[p[3]]) return notFound();
      return send(200, { data: { id: `ws-${p[3]}`, type: 'workspaces', attributes: { name: p[3] } } });
    }
    if (m === 'POST' && p[0] === 'workspaces' && p[2] === 'configuration-versions') {
      const workspace = p[1].slice('ws-'.length);
      const id = `cv-${this.cvs.size + 1}`;
      const attributes = (body as { data: { attributes: Record<string, unknown> } }).data.attributes;
      this.cvs.set(id, { workspace, status: 'pending', speculative: attributes.speculative === true });
      return send(201, { data: { id, type: 'configuration-versions', attributes: { status: 'pending', 'upload-url': `${this.url}/upload/${id}`, ...attributes } } });
    }
    if (m === 'GET' && p[0] === 'configuration-versions' && p.length === 2) {
      const cv = this.cvs.get(p[1]);
      return cv ? send(200, { data: { id: p[1], type: 'configuration-versions', attributes: { status: cv.status, speculative: cv.speculative } } }) : notFound();
    }
    if (m === 'POST' && p[0] === 'runs' && p.length === 1) {
      const data = (body as { data: { relationships: Record<string, { data: { id: string } }> } }).data;
      const cv = this.cvs.get(data.relationships['configuration-version'].data.id);
      if (!cv || cv.status !== 'uploaded') return send(422, { errors: [{ title: 'configuration version not uploaded' }] });
      const id = `run-${this.runs.size + 1}`;
      this.runs.set(id, { workspace: cv.workspace, looks: 0, applied: false, applyLooks: 0, discarded: false });
      return send(201, { data: { id, type: 'runs', attributes: { status: 'pending' } } });
    }
    const run = p[0] === 'runs' ? this.runs.get(p[1]) : undefined;
    if (p[0] === 'runs' && !run) return notFound();
    if (run && m === 'GET' && p.length === 2) {
      const script = this.workspaces[run.workspace];
      let status: string;
      if (run.discarded) status = 'discarded';
      else if (run.applied) status = (script.applyStates ?? ['apply_queued', 'applying', 'applied'])[Math.min(run.applyLooks++, (script.applyStates ?? [0, 0, 0]).length - 1)];
      else status = script.planStates[Math.min(run.looks++, script.planStates.length - 1)];
      const confirmable = !run.applied && !run.discarded && (script.confirmable ?? ['cost_estimated', 'policy_checked', 'planned']).includes(status);
      return send(200, { data: { id: p[1], type: 'runs', attributes: { status, 'has-changes': true, actions: { 'is-confirmable': confirmable } } } });
    }
    if (run && m === 'GET' && p[2] === 'plan' && p[3] === 'json-output') {
      return send(307, undefined, { Location: `${this.url}/archivist/${p[1]}` });
    }
    if (run && m === 'GET' && p[2] === 'policy-checks') {
      const statuses = this.workspaces[run.workspace].policyChecks;
      if (!statuses) return notFound();
      return send(200, { data: statuses.map((status, i) => ({ id: `polchk-${i}`, type: 'policy-checks', attributes: { status } })) });
    }
    if (run && m === 'POST' && p[2] === 'actions' && (p[3] === 'apply' || p[3] === 'discard')) {
      if (p[3] === 'apply') run.applied = true;
      else run.discarded = true;
      return send(202);
    }
    return notFound();
  }
}
