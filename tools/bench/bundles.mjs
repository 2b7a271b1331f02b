// The frontend's JavaScript as a browser loads it: the initial bundle (what index.html loads) and each lazy route
// with the chunks it pulls in beyond the initial ones, raw and gzip. Reads the build's stats.json (esbuild metafile).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function bundleSizes(folder = 'dist/frontend') {
  const browser = join(folder, 'browser');
  const html = readFileSync(join(browser, 'index.html'), 'utf8');
  const loaded = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => basename(match[1]));
  const size = (files) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(browser, file));
      raw += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { files: files.length, rawKb: Math.round(raw / 102.4) / 10, gzipKb: Math.round(gzip / 102.4) / 10 };
  };
  const statsFile = join(folder, 'stats.json');
  if (!existsSync(statsFile)) return { initial: size(loaded), routes: {} };
  const outputs = Object.fromEntries(Object.entries(JSON.parse(readFileSync(statsFile, 'utf8')).outputs).filter(([file]) => file.endsWith('.js')).map(([file, output]) => [basename(file), output]));
  // A file and every file it imports statically, leaving out those already loaded.
  const staticClosure = (file, seen = new Set(), loadedAlready = new Set()) => {
    if (seen.has(file) || loadedAlready.has(file) || !outputs[file]) return seen;
    seen.add(file);
    for (const imported of outputs[file].imports ?? []) if (imported.kind === 'import-statement') staticClosure(basename(imported.path), seen, loadedAlready);
    return seen;
  };
  const initial = new Set();
  for (const file of loaded) staticClosure(file, initial);
  const result = { initial: size([...initial]), routes: {} };
  for (const [file, output] of Object.entries(outputs)) {
    if (initial.has(file) || !output.entryPoint || output.entryPoint.includes('node_modules')) continue;
    const route = basename(output.entryPoint).replace(/\.ts$/, '');
    result.routes[route] = size([...staticClosure(file, new Set(), initial)]);
  }
  return result;
}
