import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkImportGraph,
  productionImportsOfTests,
  readImportGraph,
  type ImportGraph,
} from './importLayers';

const repo = path.resolve(__dirname, '../..');
const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));
const reasons = (edges: Record<string, string[]>) =>
  checkImportGraph(graphOf(edges)).map((v) => `${v.from} → ${v.to}: ${v.reason}`);

describe('renderer layers', () => {
  it('hold in the renderer as it is', () => {
    const graph = readImportGraph(repo, 'renderer');
    // The walk saw the tree: a shell, features, their public entries, sync and the kit.
    expect(graph.get('renderer/app/App')).toContain('renderer/sync/runtime/SyncProvider');
    expect(graph.has('renderer/features/people/public')).toBe(true);
    expect(checkImportGraph(graph).map((v) => `${v.from} → ${v.to}: ${v.reason}`)).toEqual([]);
  });

  it("refuse a feature importing another feature's internals, and allow its public.ts", () => {
    expect(
      reasons({
        'renderer/features/devices/DevicesPage': [
          'renderer/features/people/peopleStore',
          'renderer/features/people/public',
        ],
      }),
    ).toEqual([
      "renderer/features/devices/DevicesPage → renderer/features/people/peopleStore: a feature reaches feature 'people' only through its public.ts",
    ]);
  });

  it('refuse a lower layer importing a higher one', () => {
    expect(
      reasons({
        'renderer/sync/runtime/startSync': ['renderer/features/requests/public'],
        'renderer/kit/drafts': ['renderer/sync/engine', 'renderer/db/database'],
        'renderer/db/repository': ['renderer/api/client', 'shared/api/contract'],
        'renderer/app/Shell': [
          'renderer/features/requests/RequestsSection',
          'renderer/kit/CancelButton',
        ],
      }),
    ).toEqual([
      'renderer/sync/runtime/startSync → renderer/features/requests/public: sync may not import the features layer',
      'renderer/kit/drafts → renderer/sync/engine: kit may not import the sync layer',
      'renderer/db/repository → renderer/api/client: db may not import the api layer',
    ]);
  });

  it('refuse features that import each other, even through their public entries', () => {
    expect(
      reasons({
        'renderer/features/devices/DeviceDetailPage': ['renderer/features/requests/public'],
        'renderer/features/requests/ReceptionPage': ['renderer/features/devices/public'],
        // A test may set up data through a feature that depends on its own.
        'renderer/features/people/peopleStore.test': ['renderer/features/units/public'],
        'renderer/features/units/unitsStore': ['renderer/features/people/public'],
      }),
    ).toEqual([
      'renderer/features/requests/ReceptionPage → renderer/features/devices/public: features import each other: devices → requests (DeviceDetailPage) → devices (ReceptionPage)',
    ]);
  });

  it('keep test doubles and unknown folders out of production code', () => {
    expect(
      reasons({
        'renderer/sync/engine': ['test/doubles/memoryFolder'],
        'renderer/sync/engine.test': ['test/doubles/memoryFolder'],
        'renderer/widgets/Thing': ['renderer/kit/CancelButton'],
      }),
    ).toEqual([
      'renderer/sync/engine → test/doubles/memoryFolder: production code may not import test code',
      'renderer/widgets/Thing → renderer/kit/CancelButton: renderer/widgets/Thing lies in no layer',
    ]);
  });

  it('keep test doubles out of main, preload and shared', () => {
    const graph = new Map([
      ...readImportGraph(repo, 'electron'),
      ...readImportGraph(repo, 'shared'),
    ]);
    expect(graph.get('electron/services/sync/syncFolder.test')).toContain(
      'test/doubles/electron/faultyFs',
    );
    expect(productionImportsOfTests(graph)).toEqual([]);
    expect(
      productionImportsOfTests(
        graphOf({ 'electron/services/sync/syncFs': ['test/doubles/electron/faultyFs'] }),
      ),
    ).toEqual([
      {
        from: 'electron/services/sync/syncFs',
        to: 'test/doubles/electron/faultyFs',
        reason: 'production code may not import test code',
      },
    ]);
  });
});
