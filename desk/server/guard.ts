import type { MiddlewareHandler } from "hono";

/**
 * Local only: a request must name the desk's own host and port (a page on
 * another site that resolves its name to 127.0.0.1, DNS rebinding, names its
 * own host), and a browser request that carries an Origin must come from the
 * desk's own page (no cross-site writes). Anything else gets 403 and a line.
 */
export function localOnly(port: () => number): MiddlewareHandler {
  return async (c, next) => {
    const own = [`127.0.0.1:${port()}`, `localhost:${port()}`];
    const host = c.req.header("host");
    if (host === undefined || !own.includes(host)) {
      return c.json(
        { error: `refused: the Host header ${JSON.stringify(host ?? "")} is not this desk (${own[0]})` },
        403,
      );
    }
    const origin = c.req.header("origin");
    if (origin !== undefined && !own.map((h) => `http://${h}`).includes(origin)) {
      return c.json({ error: `refused: requests from ${JSON.stringify(origin)} may not use this desk` }, 403);
    }
    // A cross-site form post sends no Origin in some browsers, but always Sec-Fetch-Site.
    const site = c.req.header("sec-fetch-site");
    if (c.req.method !== "GET" && site !== undefined && site !== "same-origin") {
      return c.json({ error: "refused: only the desk's own page may change content" }, 403);
    }
    await next();
    return undefined;
  };
}
