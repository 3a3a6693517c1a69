import type { BrowserContext } from 'playwright-core';
import { median } from './stats';

const TEXT =
  'Deputy arrived at 2314 hrs. Victim stated her partner pushed her against the kitchen counter and struck her face. ' +
  'Redness observed on left cheek. Victim declined medical aid at this time. Photos taken. Two children present, unharmed. ';

/** Time (in the page) from the first keydown to the last input event of a typed narrative. */
async function typeOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#narrative');
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const box = document.querySelector('#narrative')!;
    const marks: { first?: number; last?: number } = {};
    (globalThis as unknown as { __typing: typeof marks }).__typing = marks;
    box.addEventListener('keydown', () => (marks.first ??= performance.now()));
    box.addEventListener('input', () => (marks.last = performance.now()));
  });
  await page.click('#narrative');
  await page.keyboard.type(TEXT);
  const elapsed = await page.evaluate(() => {
    const marks = (globalThis as unknown as { __typing: { first: number; last: number } }).__typing;
    return marks.last - marks.first;
  });
  await page.close();
  return elapsed;
}

/** Alternates with/without the extension so machine noise hits both equally. */
export async function typingRatio(withExtension: BrowserContext, without: BrowserContext, url: string, rounds = 16) {
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  await typeOnce(withExtension, url); // warm-up
  await typeOnce(without, url);
  for (let i = 0; i < rounds; i++) {
    withTimes.push(await typeOnce(withExtension, url));
    withoutTimes.push(await typeOnce(without, url));
  }
  const a = median(withTimes);
  const b = median(withoutTimes);
  return { withMedian: a, withoutMedian: b, ratio: a / b, rounds, characters: TEXT.length };
}
