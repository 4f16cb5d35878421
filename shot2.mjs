import { chromium } from 'playwright';
const [,, url, prefix, w='1280', example, ...ys] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: 1000 } });
await p.goto(url);
await p.locator('.ws').first().scrollIntoViewIfNeeded().catch(()=>{});
await p.waitForTimeout(1000);
if (example === '1') { await p.getByRole('button', { name: '载入示例' }).first().click().catch((e)=>console.log('no example', e.message)); await p.waitForTimeout(1500); }
const h = await p.evaluate(() => document.body.scrollHeight);
console.log('height', h);
for (const y of ys) await p.screenshot({ path: `${prefix}-${y}.png`, fullPage: true, clip: { x: 0, y: +y, width: +w, height: 1000 } });
await b.close();
