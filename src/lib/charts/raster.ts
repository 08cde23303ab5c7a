/**
 * Rasterises a chart's figure SVG (./figure-svg.ts) to PNG with resvg, at build: the PNG
 * download and the sharing card are that very SVG. resvg reads TrueType, not the WOFF files of
 * @fontsource/noto-sans, whose Latin and Vietnamese letters are moreover split into two files
 * of one family name that resvg does not combine letter by letter (Vietnamese words lost
 * whole lines). So it reads the complete Noto Sans TrueType of @expo-google-fonts/noto-sans
 * (the same design, every Vietnamese letter in one file). No system font is read: the same
 * SVG gives the same PNG bytes on every machine.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cachedBytes, versionOf } from '../build-cache';

const RENDERERS = ['@resvg/resvg-js', '@expo-google-fonts/noto-sans'].map(versionOf);

/** The regular and bold TrueType files the charts use. */
export function rasterFonts(): string[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((file) => require.resolve(`@expo-google-fonts/noto-sans/${file}`));
}

/** The PNG of an SVG at `width` pixels, from the build cache when an earlier build made it. */
export async function rasterise(svg: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
  const png = await cachedBytes('chart-png', { svg, width }, RENDERERS, async () => {
    // resvg loads only when a PNG is missing from the cache; renderAsync works in libuv's thread pool.
    const { renderAsync } = await import('@resvg/resvg-js');
    const rendered = await renderAsync(svg, {
      fitTo: { mode: 'width', value: width },
      font: { fontFiles: rasterFonts(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    });
    return rendered.asPng();
  });
  return new Uint8Array(png);
}
