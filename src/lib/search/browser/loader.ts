/**
 * The only search code every page runs: `/` focuses the search field, and
 * the first focus of the header field imports the search client (a chunk of
 * its own, with Fuse) and hands it the form. Nothing else is downloaded until
 * then.
 */

const form = document.querySelector<HTMLFormElement>("form[data-search-form]");
const input = form?.querySelector<HTMLInputElement>("input[type=search]");
/** The search page runs its own client; the header field there is a plain form. */
const pageInput = document.querySelector<HTMLInputElement>("[data-search-page] input[type=search]");
let started = false;

function start(): void {
  if (started || !form || pageInput) return;
  started = true;
  import("./client.ts")
    .then((client) => client.startHeaderSearch(form))
    .catch(() => {
      // Offline or a stale page: the form still submits to the search page.
      started = false;
    });
}

/** True while the reader is typing somewhere, where "/" is text, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName))
  );
}

input?.addEventListener("focus", start);
if (input && document.activeElement === input) start();

document.addEventListener("keydown", (event) => {
  if (
    event.key !== "/" ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    event.defaultPrevented ||
    typing(event.target)
  )
    return;
  const target = pageInput ?? input;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
});
