// Renders public/icons/*.svg to the PNG sizes the web manifest lists, with the system Chromium.
// Run once after changing an icon: npx tsx scripts/make-icons.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const [svg, png, size] of [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = readFileSync(`public/icons/${svg}`, 'utf8');
  await page.setContent(
    `<html><body style="margin:0">${markup.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icons/${png}`, omitBackground: true });
  await page.close();
}
await browser.close();
