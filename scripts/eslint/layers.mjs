// ESLint rule `layers/one-way`: imports point down the layers only (docs/architecture.md).
//
//   tiers (data) ← lib (model, constructs, engines) ← stacks (composition) ← commands (CLI, review, recommend)
//   ← the package entry (api/), main.ts, scripts/, bench/
//
// Inside lib: the model (lib/model) imports nothing else of lib; the Terraform JSON reader imports only the model;
// the cost and policy engines read Terraform JSON and never construct it; a cloud's folder never imports another's.
import * as path from 'path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CLOUDS = ['aws', 'azure', 'gcp'];
const CONSTRUCT_FOLDERS = ['aws', 'azure', 'gcp', 'kubernetes', 'cloud-kit'];

/** Where a file sits: its layer and, inside lib, its folder. */
function placeOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep);
  if (rel[0] === '..') return undefined;
  const [top, sub] = rel;
  if (top === 'lib') return { layer: 'lib', sub: rel.length > 2 ? sub : path.basename(sub, '.ts') };
  if (['tiers', 'stacks', 'commands', 'test'].includes(top)) return { layer: top };
  if (top === 'api' || top === 'scripts' || top === 'bench' || top === 'main.ts') return { layer: 'entry' };
  return undefined;
}

/** Layers each layer may import; the entry may import anything but tests. */
const ALLOWED = {
  lib: ['lib'],
  tiers: ['lib', 'tiers'],
  stacks: ['lib', 'tiers', 'stacks'],
  commands: ['lib', 'tiers', 'stacks', 'commands'],
  entry: ['lib', 'tiers', 'stacks', 'commands', 'entry'],
};

/** Why `from` may not import `to`, or undefined when it may. */
export function violation(from, to) {
  if (!from || !to || from.layer === 'test') return undefined;
  if (to.layer === 'test') return 'nothing but tests imports test/';
  if (!ALLOWED[from.layer].includes(to.layer)) {
    return `${from.layer}/ may not import ${to.layer === 'entry' ? 'the package entry or scripts' : `${to.layer}/`}: layers point one way, tiers ← lib ← stacks ← commands`;
  }
  if (from.layer === 'tiers' && to.layer === 'lib' && to.sub !== 'model') return 'tiers/ are data: they import only the model (lib/model)';
  if (from.layer !== 'lib' || to.layer !== 'lib') return undefined;
  if (from.sub === 'model' && to.sub !== 'model') return 'lib/model is the bottom of lib: it imports nothing else of lib';
  if (from.sub === 'terraform-json' && !['terraform-json', 'model'].includes(to.sub)) {
    return 'lib/terraform-json reads Terraform JSON: it imports only lib/model';
  }
  if ((from.sub === 'cost' || from.sub === 'policy') && CONSTRUCT_FOLDERS.includes(to.sub)) {
    return `lib/${from.sub} works on Terraform JSON: it imports no construct (lib/${to.sub})`;
  }
  if (CLOUDS.includes(from.sub) && CLOUDS.includes(to.sub) && from.sub !== to.sub) {
    return `one home per cloud: lib/${from.sub} may not import lib/${to.sub}`;
  }
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports point down the layers: tiers ← lib ← stacks ← commands (docs/architecture.md)' },
    messages: { upward: "'{{source}}': {{reason}}; see docs/architecture.md" },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = placeOf(file);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = placeOf(path.resolve(path.dirname(file), source));
      const reason = violation(from, to);
      if (reason) context.report({ node, messageId: 'upward', data: { source, reason } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') check(node, arg.value);
      },
    };
  },
};

/** The plugin and the config block eslint.config.mjs uses (and the layering test plants an import against). */
export const layersPlugin = { rules: { 'one-way': rule } };
export const layersConfig = {
  files: ['**/*.ts'],
  plugins: { layers: layersPlugin },
  rules: { 'layers/one-way': 'error' },
};
