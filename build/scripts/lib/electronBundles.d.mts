// Types for electronBundles.mjs, so test/integration can call it under strict TypeScript.
import type { BuildOptions } from 'esbuild';

export declare function apiChannels(): Promise<{
  global: string;
  channels: Record<string, string>;
  inputs: string[];
}>;

export declare const electronBundles: BuildOptions[];

export declare function buildElectronBundles(): Promise<string[]>;

export declare function watchElectronBundles(onRebuilt: () => void): Promise<() => Promise<void>>;
