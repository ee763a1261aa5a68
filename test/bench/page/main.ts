import '@mantine/core/styles.css';
import '../../../renderer/app/app.css';
import type { BenchApi, Figure } from '../figure';
import { registerFigures } from './register.bench';
import { openRegister } from './registerScreen';
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
    /** Milliseconds from navigation to the register's first painted rows (a cold opening). */
    mejaCold?: number;
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

// `?cold=<database>&rows=<n>`: this new window opens the register at once, as the app's
// first screen would, and notes when its first rows were painted (from navigation start).
const cold = new URLSearchParams(location.search);
const coldDb = cold.get('cold');
if (coldDb !== null) {
  void openRegister(coldDb, Number(cold.get('rows'))).then(() => {
    window.mejaCold = performance.now();
  });
}
