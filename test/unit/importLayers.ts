import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The renderer's layers, top to bottom (docs/ARCHITECTURE.md#layers). A file may import its
 * own area or a lower one; a feature reaches another feature only through its public.ts,
 * and the features' imports of each other form no cycle.
 */
export const LAYERS: readonly { area: string; rank: number; holds: string }[] = [
  { area: 'app', rank: 5, holds: 'renderer/app, renderer/main.tsx: the shell, wiring, start-up' },
  { area: 'features', rank: 4, holds: 'renderer/features/<f>: screens and stores' },
  { area: 'sync', rank: 3, holds: 'renderer/sync: the sync engine and its runtime' },
  { area: 'kit', rank: 2, holds: 'renderer/kit: what every screen uses' },
  { area: 'db', rank: 1, holds: 'renderer/db: Dexie tables and the write path' },
  { area: 'api', rank: 1, holds: "renderer/api: main's API and error reports" },
  { area: 'shared', rank: 0, holds: 'shared/: pure domain code' },
];

/** Module path (repo-relative, no extension) → the module paths it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export interface Violation {
  from: string;
  to: string;
  reason: string;
}

interface Place {
  area: string;
  feature?: string;
}

const RENDERER_AREAS = new Set(['app', 'sync', 'kit', 'db', 'api']);

function placeOf(module: string): Place | null {
  const parts = module.split('/');
  if (parts[0] === 'shared') return { area: 'shared' };
  if (parts[0] === 'test') return { area: 'test' };
  if (parts[0] !== 'renderer') return null;
  if (parts.length === 2) return { area: 'app' }; // main.tsx, global.d.ts
  const area = parts[1] ?? '';
  if (area === 'features') return { area, feature: parts[2] ?? '' };
  return RENDERER_AREAS.has(area) ? { area } : null;
}

const rankOf = (area: string) => LAYERS.find((l) => l.area === area)?.rank;
const isTest = (module: string) => /\.(test|spec|bench)$/.test(module);
const featurePublic = (feature: string) => `renderer/features/${feature}/public`;

function edgeViolation(from: string, to: string): string | null {
  const source = placeOf(from);
  const target = placeOf(to);
  if (!source) return `${from} lies in no layer`;
  if (!target) return `${to} lies in no layer`;
  if (target.area === 'test') {
    return isTest(from) ? null : 'production code may not import test code';
  }
  if (source.area === 'features' && target.area === 'features') {
    if (source.feature === target.feature) return null;
    return to === featurePublic(target.feature ?? '')
      ? null
      : `a feature reaches feature '${target.feature}' only through its public.ts`;
  }
  if (source.area === target.area) return null;
  const fromRank = rankOf(source.area);
  const toRank = rankOf(target.area);
  if (fromRank === undefined || toRank === undefined) return `${source.area} may not import ${to}`;
  return toRank < fromRank ? null : `${source.area} may not import the ${target.area} layer`;
}

/** Cycles among features in production code (a test may set up data through a feature above). */
function featureCycles(graph: ImportGraph): Violation[] {
  const deps = new Map<string, Map<string, [string, string]>>();
  for (const [from, targets] of graph) {
    const a = placeOf(from);
    if (a?.area !== 'features' || isTest(from)) continue;
    for (const to of targets) {
      const b = placeOf(to);
      if (b?.area !== 'features' || b.feature === a.feature) continue;
      const edges = deps.get(a.feature ?? '') ?? new Map<string, [string, string]>();
      if (!edges.has(b.feature ?? '')) edges.set(b.feature ?? '', [from, to]);
      deps.set(a.feature ?? '', edges);
    }
  }
  const found: Violation[] = [];
  const seen = new Set<string>();
  const visit = (feature: string, stack: string[]) => {
    const at = stack.indexOf(feature);
    if (at >= 0) {
      const cycle = [...stack.slice(at), feature];
      const key = [...cycle.slice(0, -1)].sort().join(',');
      if (!seen.has(key)) {
        seen.add(key);
        // Each step of the cycle named with one file that takes it.
        const steps = cycle.slice(1).map((next, i) => {
          const [from] = deps.get(cycle[i] ?? '')?.get(next) ?? [''];
          return `${next} (${path.posix.basename(from)})`;
        });
        const [from, to] = deps.get(stack[stack.length - 1] ?? '')?.get(feature) ?? ['', ''];
        const reason = `features import each other: ${[cycle[0], ...steps].join(' → ')}`;
        found.push({ from, to, reason });
      }
      return;
    }
    for (const next of deps.get(feature)?.keys() ?? []) visit(next, [...stack, feature]);
  };
  for (const feature of [...deps.keys()].sort()) visit(feature, []);
  return found;
}

/** Every import that breaks the layers, each with why. */
export function checkImportGraph(graph: ImportGraph): Violation[] {
  const found: Violation[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const reason = edgeViolation(from, to);
      if (reason) found.push({ from, to, reason });
    }
  }
  return [...found, ...featureCycles(graph)];
}

/** Imports of test code (test/) from production files of any runtime. */
export function productionImportsOfTests(graph: ImportGraph): Violation[] {
  return [...graph].flatMap(([from, targets]) =>
    isTest(from)
      ? []
      : targets
          .filter((to) => to.startsWith('test/'))
          .map((to) => ({ from, to, reason: 'production code may not import test code' })),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const moduleOf = (file: string) =>
  file
    .replace(/\.(d\.ts|tsx?|css)$/, '')
    .split(path.sep)
    .join('/');

/** The relative imports of every .ts/.tsx file under `dir` (repo-relative), read with tsc. */
export function readImportGraph(repo: string, dir: string): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(repo, dir))) {
    const relative = path.relative(repo, file);
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => moduleOf(path.normalize(path.join(path.dirname(relative), spec))));
    graph.set(moduleOf(relative), targets);
  }
  return graph;
}
