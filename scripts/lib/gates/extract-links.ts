import { Parser } from "htmlparser2";

/** One URL a page refers to, with where it was found (for the report). */
export interface LinkRef {
  /** `a[href]`, `img[srcset]`, `meta[og:image]`, … */
  readonly source: string;
  /** The URL as written, entities decoded. */
  readonly url: string;
}

/** What the link checker needs from one HTML page. */
export interface PageLinks {
  /** Fragment targets: every `id`, and `name` on `<a>` (which the HTML spec also scrolls to). */
  readonly ids: ReadonlySet<string>;
  readonly refs: readonly LinkRef[];
  /** `<base href>`, when the page sets one: relative URLs resolve against it. */
  readonly base: string | undefined;
}

/** Attributes holding one URL. `action`/`formaction` are included: a form posting to a missing page is a broken link. */
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "poster", "xlink:href"];

/** `<meta>` whose content is a URL of ours that crawlers and previews follow. */
const URL_METAS = new Set(["og:image", "og:image:url", "og:image:secure_url", "og:url", "twitter:image"]);

/**
 * The URLs of a `srcset` attribute, following the HTML parsing rules closely
 * enough for real markup: a URL runs to whitespace; a trailing comma ends it;
 * descriptors run to the next comma outside parentheses.
 */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/u.test(srcset[at] as string)) at += 1;
    if (at >= srcset.length) break;
    const start = at;
    while (at < srcset.length && !/\s/u.test(srcset[at] as string)) at += 1;
    let url = srcset.slice(start, at);
    if (url.endsWith(",")) {
      url = url.replace(/,+$/u, "");
    } else {
      let depth = 0;
      while (at < srcset.length && (srcset[at] !== "," || depth > 0)) {
        if (srcset[at] === "(") depth += 1;
        if (srcset[at] === ")") depth = Math.max(0, depth - 1);
        at += 1;
      }
    }
    if (url !== "") urls.push(url);
  }
  return urls;
}

/**
 * Parse a page with htmlparser2 (entities decoded, `<script>`/`<style>`
 * bodies treated as raw text, so markup inside them is not mistaken for links).
 */
export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const refs: LinkRef[] = [];
  let base: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined && attributes.id !== "") ids.add(attributes.id);
        if (name === "a" && attributes.name !== undefined && attributes.name !== "") ids.add(attributes.name);
        if (name === "base" && attributes.href !== undefined && base === undefined) base = attributes.href;
        for (const attribute of URL_ATTRIBUTES) {
          const value = attributes[attribute];
          if (value !== undefined && name !== "base") refs.push({ source: `${name}[${attribute}]`, url: value.trim() });
        }
        if (name === "object" && attributes.data !== undefined)
          refs.push({ source: "object[data]", url: attributes.data.trim() });
        if (attributes.srcset !== undefined) {
          for (const url of parseSrcset(attributes.srcset)) refs.push({ source: `${name}[srcset]`, url });
        }
        const metaKey = attributes.property ?? attributes.name;
        if (name === "meta" && metaKey !== undefined && URL_METAS.has(metaKey) && attributes.content !== undefined) {
          refs.push({ source: `meta[${metaKey}]`, url: attributes.content.trim() });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, refs, base };
}
