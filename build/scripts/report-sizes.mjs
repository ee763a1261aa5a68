// Prints what start-up loads and, given the path of a packed app.asar, its size:
//   npm run build && node build/scripts/report-sizes.mjs [path/to/app.asar]
// docs/BUILDING.md keeps the last figures.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib/paths.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const size = (file) => statSync(path.join(repoRoot, file)).size;

const assets = readdirSync(path.join(repoRoot, 'dist/renderer/assets'));
const startup = assets.filter((f) => /^index-.*\.(js|css)$/.test(f));
const later = assets.filter((f) => /\.(js|mjs)$/.test(f) && !startup.includes(f));

console.log('Dimuat saat aplikasi dibuka:');
for (const file of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
  console.log(`  ${file}: ${kb(size(file))}`);
}
for (const file of startup)
  console.log(`  dist/renderer/assets/${file}: ${kb(size(`dist/renderer/assets/${file}`))}`);
console.log('Dimuat saat pertama dipakai:');
for (const file of later)
  console.log(`  dist/renderer/assets/${file}: ${kb(size(`dist/renderer/assets/${file}`))}`);
const asar = process.argv[2];
if (asar) console.log(`app.asar: ${mb(statSync(asar).size)}`);
