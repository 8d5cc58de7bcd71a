/**
 * The figures as PNG for the Word draft (its fallback images): resvg compiled to WebAssembly, with
 * the DejaVu fonts of the dejavu-fonts-ttf package and no system fonts, so the same SVG gives the
 * same PNG on every machine. I/O edge: reads the WebAssembly module and the fonts once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Rasterize } from '../output/bundle.js';

/** The figures are drawn for 96 dpi; twice that keeps them sharp in print. */
const ZOOM = 1;
/** Condensed DejaVu is close to the widths the figures are laid out for (Helvetica, Arial). */
const FONTS = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf'];

/**
 * The wasm module can be initialised once per process, and it outlives a reload of this module (a
 * test runner's fresh module graph): keep the loaded rasterizer on the process, not the module.
 */
const KEY = Symbol.for('telaah.pngRasterizer');
const holder = globalThis as { [KEY]?: Promise<Rasterize> };

export function pngRasterizer(): Promise<Rasterize> {
  holder[KEY] ??= load();
  return holder[KEY];
}

async function load(): Promise<Rasterize> {
  const require = createRequire(import.meta.url);
  const { initWasm, Resvg } = await import('@resvg/resvg-wasm');
  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  const fontBuffers = FONTS.map((f) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`))));
  const font = { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans Condensed', sansSerifFamily: 'DejaVu Sans Condensed' };
  return async (svg) => {
    const r = new Resvg(svg, { font, fitTo: { mode: 'zoom', value: ZOOM }, background: '#ffffff' });
    const png = r.render().asPng();
    r.free();
    return png;
  };
}
