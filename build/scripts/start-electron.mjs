// Starts the built app (dist/) with the local Electron binary: `npm start`.
import { spawn } from 'node:child_process';
import { electronEnv, ensureElectronBinary } from './lib/electronBinary.mjs';
import { repoRoot } from './lib/paths.mjs';

// Fetched on the first start when missing (Electron's installer); explained when that fails.
const binary = await ensureElectronBinary();

const child = spawn(binary, ['.'], { cwd: repoRoot, stdio: 'inherit', env: electronEnv() });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Electron tidak dapat dijalankan: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
