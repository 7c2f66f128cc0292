/** The options of `npm run bench`, parsed once by scripts/bench.ts and handed to each benchmark's `run`. */
export interface BenchOptions {
  /** `--json`: one JSON object on stdout, headings and human-readable figures on stderr. */
  readonly json: boolean;
  /** `--rebuild` (search): build the real site even when a fresh build exists. */
  readonly rebuild: boolean;
  /** `--keep` (scale): keep the synthetic corpora and their builds under tmp/. */
  readonly keep: boolean;
  /** `--sizes=100,300` (search, scale; import: the scales): the corpus sizes, comma-separated, as typed; each benchmark reads it. */
  readonly sizes: string | undefined;
  /** `--explain=flood` (align): the engine's misses on one development key, and nothing else. */
  readonly explain: string | undefined;
}
