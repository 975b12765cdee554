// Bundles the client with esbuild and writes the manifest the server reads to
// find the hashed file names. Usage: node build.mjs [--outdir DIR]
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const GZIP_BUDGET = 250 * 1024;

function parseOutdir(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--outdir') {
      if (!argv[i + 1]) throw new Error('--outdir needs a value');
      return resolve(argv[i + 1]);
    }
    if (argv[i].startsWith('--outdir=')) return resolve(argv[i].slice('--outdir='.length));
    throw new Error(`unknown argument: ${argv[i]}`);
  }
  // Default: <repo>/target/frontend, independent of the current directory.
  return resolve(here, '../../../target/frontend');
}

const outRoot = parseOutdir(process.argv.slice(2));
const assetDir = join(outRoot, '__mesopj');
// Hashed names change every build: start clean so stale files do not pile up.
rmSync(assetDir, { recursive: true, force: true });

// Lit's styleMap writes a style attribute on first render, which the CSP
// blocks; every import of it (mostly from @material/web) gets ours instead.
const cspStyleMap = {
  name: 'csp-style-map',
  setup(build) {
    const target = resolve(here, 'src/csp-style-map.ts');
    build.onResolve({ filter: /^lit(-html)?\/directives\/style-map(\.js)?$/ }, () => ({ path: target }));
  },
};

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: ['src/main.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: 'linked',
  outdir: assetDir,
  entryNames: 'app-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
  legalComments: 'linked',
  charset: 'utf8',
  metafile: true,
  plugins: [cspStyleMap],
  logLevel: 'warning',
});

// The JS output of the entry point names its CSS bundle (imported from main.ts).
const outputs = result.metafile.outputs;
const jsPath = Object.keys(outputs).find((p) => outputs[p].entryPoint === 'src/main.ts');
const cssPath = jsPath && outputs[jsPath].cssBundle;
if (!jsPath || !cssPath) throw new Error('esbuild produced no JS or CSS bundle for src/main.ts');

const manifest = { js: basename(jsPath), css: basename(cssPath) };
const manifestDir = join(outRoot, 'WEB-INF', 'mesopj');
mkdirSync(manifestDir, { recursive: true });
writeFileSync(join(manifestDir, 'client-manifest.json'), JSON.stringify(manifest) + '\n');

const gz = (p) => gzipSync(readFileSync(resolve(here, p)), { level: 9 }).length;
const jsGz = gz(jsPath);
const cssGz = gz(cssPath);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`mesopj client -> ${assetDir}`);
console.log(`  ${manifest.js}  ${kb(jsGz)} gzipped`);
console.log(`  ${manifest.css}  ${kb(cssGz)} gzipped`);
console.log(`  total js+css: ${kb(jsGz + cssGz)} gzipped (budget ${kb(GZIP_BUDGET)})`);
if (jsGz + cssGz > GZIP_BUDGET) console.warn('  WARNING: over the gzipped size budget');
