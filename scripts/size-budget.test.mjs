import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { islandNames, pageAssets, sharedJs, staticImports, sum } from './size-budget.mjs';

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b}from"./a.js";import"./side.js";export{c}from"./c.js";' +
      'const x=()=>import("./lazy.js");import * as ns from \'./ns.js\';';
    expect(staticImports(code)).toEqual(['./a.js', './side.js', './c.js', './ns.js']);
  });
});

describe('pageAssets', () => {
  const dist = mkdtempSync(join(tmpdir(), 'size-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path, text) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  write('_astro/site.css', 'body{color:red}');
  write('_astro/page.js', 'import"./shared.js";');
  write('_astro/shared.js', 'export const s=1;');
  write('_astro/Island.abc123.js', 'import{s}from"./shared.js";const l=()=>import("./lazy.js");');
  write('_astro/client.js', 'export default 1;');
  write('_astro/lazy.js', 'export const lazy=1;'.repeat(50));
  write(
    'ch/index.html',
    '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>' +
      '<script>console.log("inline")</script><script type="application/json">{"a":1}</script>' +
      '<astro-island component-url="/_astro/Island.abc123.js" renderer-url="/_astro/client.js"></astro-island>',
  );

  it('counts stylesheets, scripts, islands and their static imports once, not lazy chunks', () => {
    const a = pageAssets(dist, 'ch/index.html');
    expect([...a.css.keys()]).toEqual(['/_astro/site.css']);
    expect([...a.js.keys()].sort()).toEqual([
      '/_astro/Island.abc123.js',
      '/_astro/client.js',
      '/_astro/page.js',
      '/_astro/shared.js',
    ]);
    expect(a.inlineBytes).toBeGreaterThan(0);
    expect(sum(a.js)).toBe([...a.js.values()].reduce((n, b) => n + b, 0));
  });

  it('names the island components of a page', () => {
    expect(
      islandNames('<astro-island uid="x" component-url="/course/_astro/SwotEmbed.D1-x_.js">'),
    ).toEqual(['SwotEmbed']);
  });

  it("tells Starlight's scripts and reading progress by their entries, whatever their chunks are named", () => {
    write('_astro/Search.astro_astro_type_script_index_0_lang.x.js', 'import"./helper.js";');
    write('_astro/helper.js', 'export const h=1;');
    write(
      '_astro/ReadingScript.astro_astro_type_script_index_0_lang.y.js',
      'import"./model.js";import"./helper.js";',
    );
    write('_astro/model.js', 'import{s}from"./shared.js";');
    const urls = [
      '/_astro/Search.astro_astro_type_script_index_0_lang.x.js',
      '/_astro/ReadingScript.astro_astro_type_script_index_0_lang.y.js',
      '/_astro/Island.abc123.js',
    ];
    const { starlight, progress } = sharedJs(dist, urls);
    expect([...starlight].sort()).toEqual([
      '/_astro/Search.astro_astro_type_script_index_0_lang.x.js',
      '/_astro/helper.js',
    ]);
    // Shared with Starlight counts as Starlight's; the island is neither.
    expect([...progress].sort()).toEqual([
      '/_astro/ReadingScript.astro_astro_type_script_index_0_lang.y.js',
      '/_astro/model.js',
      '/_astro/shared.js',
    ]);
  });
});
