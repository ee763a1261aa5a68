// Starts the built app (dist/) with the local Electron binary: `npm start`.
import { spawn } from 'node:child_process';
import { electronEnv, exitForMissingElectron, findElectronBinary } from './lib/electronBinary.mjs';
import { repoRoot } from './lib/paths.mjs';

const binary = findElectronBinary();
if (!binary) exitForMissingElectron();

const child = spawn(binary, ['.'], { cwd: repoRoot, stdio: 'inherit', env: electronEnv() });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Electron tidak dapat dijalankan: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
