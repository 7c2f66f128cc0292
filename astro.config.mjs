// @ts-check
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { sitemapOptions } from "./src/lib/share/sitemap-options.ts";

const site = (process.env.SITE_URL ?? "https://side-by-side.example.org").replace(/\/+$/u, "");

export default defineConfig({
  site,
  // Separate output and cache folders let the benchmark and fixture builds run beside the main one
  // (inside the project: scripts/lib/build/astro-build.ts says why).
  outDir: process.env.OUT_DIR ?? "./dist",
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory" },
  // Pages marked noindex (redirects, filter pages) stay out of the sitemap, which splits at 50 000 URLs a file.
  integrations: [sitemap(sitemapOptions(process.env.OUT_DIR ?? "./dist"))],
  vite: { plugins: [tailwindcss()] },
  // Astro hashes every script and style it emits into a per-page CSP <meta>.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
