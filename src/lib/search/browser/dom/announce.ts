/**
 * Writes to a polite live region, waiting until typing pauses: announcing a
 * count per keystroke would talk over the reader's own typing.
 */

/** Pause after the last keystroke before a count is announced. */
export const ANNOUNCE_DELAY_MS = 600;

/** An announcer for one live region: `say(text, now)` replaces the message (now = no delay). */
export function announcer(region: HTMLElement): (text: string, now?: boolean) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text, now = false) => {
    clearTimeout(timer);
    if (now) region.textContent = text;
    else timer = setTimeout(() => (region.textContent = text), ANNOUNCE_DELAY_MS);
  };
}
