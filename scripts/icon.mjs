// Draws the marketplace icon, media/icon.png (128x128), from media/mentoring.svg: the activity
// bar's book-and-person glyph in white on a rounded square of the gallery banner's colour.
// Headless Chromium renders it, so the PNG is the SVG exactly; the PNG is committed (vsce needs
// a PNG, not an SVG) and this script remakes it when the glyph changes:
//   node scripts/icon.mjs [path-to-chromium]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const top = path.resolve(new URL('..', import.meta.url).pathname);
const BACKGROUND = '#1f4e5f'; // package.json galleryBanner.color
const glyph = fs
  .readFileSync(path.join(top, 'media', 'mentoring.svg'), 'utf8')
  .replace('width="24" height="24"', 'width="96" height="96"')
  .replace('stroke="currentColor"', 'stroke="#ffffff"');
const page = `<!doctype html><html><head><style>
html,body{margin:0;width:128px;height:128px;overflow:hidden;background:transparent}
div{width:128px;height:128px;border-radius:24px;background:${BACKGROUND};display:flex;align-items:center;justify-content:center}
</style></head><body><div>${glyph}</div></body></html>`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-icon-'));
try {
  const html = path.join(work, 'icon.html');
  const png = path.join(work, 'icon.png');
  fs.writeFileSync(html, page);
  const r = spawnSync(
    process.argv[2] ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--default-background-color=00000000',
      '--window-size=128,128',
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (!fs.existsSync(png)) throw new Error(`chromium wrote no screenshot:\n${r.stderr}`);
  const bytes = fs.readFileSync(png);
  // The IHDR chunk holds width and height at bytes 16-23; a wrong size is a wrong icon.
  const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  if (w !== 128 || h !== 128) throw new Error(`the screenshot is ${w}x${h}, not 128x128`);
  fs.writeFileSync(path.join(top, 'media', 'icon.png'), bytes);
  console.log(`media/icon.png: ${w}x${h}, ${bytes.length} bytes`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
