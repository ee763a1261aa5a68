import '@mantine/core/styles.css';
import '../../../renderer/app/app.css';
import type { BenchApi, Figure } from '../figure';
import { registerFigures } from './register.bench';
import { syncApplyFigures } from './syncApply.bench';
import { syncJoinFigures } from './syncJoin.bench';
import { writePathFigures } from './writePath.bench';

/** The benchmarks the runner calls, one at a time, by name. */
const BENCHES: Record<string, () => Promise<Figure[]>> = {
  writePath: writePathFigures,
  register: registerFigures,
  syncApply: syncApplyFigures,
  syncJoin: syncJoinFigures,
};

declare global {
  interface Window {
    mejaBench: BenchApi;
  }
}

window.mejaBench = {
  names: Object.keys(BENCHES),
  run: (name) => {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`unknown bench ${name}`);
    return bench();
  },
};
