/**
 * A tiny element builder: strings become text nodes, never markup, so data
 * from the index cannot inject HTML (no innerHTML anywhere in search).
 */

/** Child of an element: a node, text, or nothing. */
export type Child = Node | string | false | null | undefined;

/** Create an element with attributes (`class` included) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}
