/**
 * Arrow keys between a search field and its result links: Down from the
 * field enters the list, Up/Down move through it, Up from the first result
 * returns to the field. Focus moves for real (no aria-activedescendant), so
 * every screen reader reads the link as it would anywhere else, and Enter
 * opens it natively.
 */

/** Wire arrow navigation; returns a function that removes the listeners. */
export function arrowNavigation(input: HTMLInputElement, results: HTMLElement): () => void {
  const links = (): HTMLElement[] => [...results.querySelectorAll<HTMLElement>("[data-result]")];
  const onInput = (event: KeyboardEvent): void => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (first === undefined) return;
    event.preventDefault();
    first.focus();
  };
  const onResults = (event: KeyboardEvent): void => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === "ArrowDown" ? all[Math.min(at + 1, all.length - 1)] : all[at - 1];
    (next ?? input).focus();
  };
  input.addEventListener("keydown", onInput);
  results.addEventListener("keydown", onResults);
  return () => {
    input.removeEventListener("keydown", onInput);
    results.removeEventListener("keydown", onResults);
  };
}
