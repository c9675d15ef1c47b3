// Makes the walkthrough's images (media/walkthrough/*.png) from the screenshots that the
// end-to-end test test/e2e/today.test.ts takes of the real workbench (test-results/e2e/):
// each is cropped to the part a step talks about, scaled down, and written as a palette PNG of
// at most 256 colours, so the seven stay well under the VSIX's budget.
//
//   node scripts/realvscode/run.mjs e2e        (writes test-results/e2e/today-*.png)
//   node scripts/walkthroughImages.mjs         (writes media/walkthrough/*.png)
//
// Chromium (from playwright-core, as the e2e tier uses it) decodes, crops and scales; this file
// quantises and encodes, with Node's zlib. No image package is needed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
/* global Image, document, btoa */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = process.env.MJ_SHOTS ?? path.join(ROOT, 'test-results', 'e2e');
const OUT = path.join(ROOT, 'media', 'walkthrough');

/** name: [screenshot, crop x, y, width, height (screenshot pixels, 1400x900), scale]. */
const CROPS = {
  setup: ['today-2-plan.png', 345, 30, 1000, 560, 0.5],
  goals: ['today-3-goal.png', 345, 30, 1000, 560, 0.5],
  question: ['today-4-question.png', 0, 30, 1000, 560, 0.5],
  today: ['today-5-session.png', 345, 30, 1000, 560, 0.5],
  timer: ['today-6-timer.png', 0, 520, 1400, 380, 0.5],
  commit: ['today-9-views.png', 0, 30, 700, 700, 0.5],
  dashboard: ['today-10-dashboard.png', 345, 30, 1050, 700, 0.5],
};

const browser = await chromium.launch({
  executablePath: process.env.MJ_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  fs.mkdirSync(OUT, { recursive: true });
  let total = 0;
  for (const [name, [shot, x, y, w, h, scale]] of Object.entries(CROPS)) {
    const source = path.join(SHOTS, shot);
    if (!fs.existsSync(source)) throw new Error(`${source} is missing: run the e2e tier first`);
    const dataUrl = `data:image/png;base64,${fs.readFileSync(source).toString('base64')}`;
    const { width, height, rgba } = await page.evaluate(
      async ({ dataUrl, x, y, w, h, scale }) => {
        const img = new Image();
        img.src = dataUrl;
        await img.decode();
        const cw = Math.round(w * scale);
        const ch = Math.round(h * scale);
        const canvas = document.createElement('canvas');
        canvas.width = cw;
        canvas.height = ch;
        const ctx = canvas.getContext('2d');
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(img, x, y, w, h, 0, 0, cw, ch);
        const data = ctx.getImageData(0, 0, cw, ch).data;
        let bin = '';
        for (let i = 0; i < data.length; i += 0x8000)
          bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
        return { width: cw, height: ch, rgba: btoa(bin) };
      },
      { dataUrl, x, y, w, h, scale },
    );
    const png = palettePng(width, height, Buffer.from(rgba, 'base64'));
    fs.writeFileSync(path.join(OUT, `${name}.png`), png);
    total += png.length;
    console.log(`${name}.png ${width}x${height} ${(png.length / 1024).toFixed(1)} KB (from ${shot})`);
  }
  console.log(`total ${(total / 1024).toFixed(1)} KB`);
} finally {
  await browser.close();
}

/**
 * An indexed PNG: the 256 most frequent colours (each channel cut to 5 bits first, which merges
 * the anti-aliasing shades a screenshot is full of), every pixel mapped to its nearest one.
 */
function palettePng(width, height, rgba) {
  const key = (i) => ((rgba[i] >> 3) << 10) | ((rgba[i + 1] >> 3) << 5) | (rgba[i + 2] >> 3);
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const palette = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 256)
    .map(([k]) => [((k >> 10) & 31) * 8 + 4, ((k >> 5) & 31) * 8 + 4, (k & 31) * 8 + 4]);
  const nearest = new Map();
  const indexOf = (k) => {
    let found = nearest.get(k);
    if (found !== undefined) return found;
    const r = ((k >> 10) & 31) * 8 + 4;
    const g = ((k >> 5) & 31) * 8 + 4;
    const b = (k & 31) * 8 + 4;
    let best = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 * 3 + (pg - g) ** 2 * 4 + (pb - b) ** 2 * 2;
      if (d < best) {
        best = d;
        found = i;
      }
    });
    nearest.set(k, found);
    return found;
  };
  const raw = Buffer.alloc((width + 1) * height);
  for (let yy = 0; yy < height; yy++) {
    raw[yy * (width + 1)] = 0; // filter: none (best for palette images)
    for (let xx = 0; xx < width; xx++)
      raw[yy * (width + 1) + 1 + xx] = indexOf(key((yy * width + xx) * 4));
  }
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: indexed
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
