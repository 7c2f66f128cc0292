import type { Page } from "playwright-core";

/**
 * Press Tab from the top of the page until the focused element matches the
 * selector; returns how many presses it took, or -1 if it never got there.
 * Proves a control is reachable by keyboard in document order.
 */
export async function tabTo(page: Page, selector: string, maxPresses = 300): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  return -1;
}
