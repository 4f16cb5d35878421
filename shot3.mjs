import { chromium } from 'playwright';
const [,, url, prefix, w='1280', sel, ...offs] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: 1000 } });
await p.goto(url);
await p.waitForTimeout(2500);
const top = await p.evaluate((s) => document.querySelector(s).getBoundingClientRect().top + scrollY, sel);
for (const o of offs) await p.screenshot({ path: `${prefix}-${o}.png`, fullPage: true, clip: { x: 0, y: top + +o, width: +w, height: 1000 } });
await b.close();
