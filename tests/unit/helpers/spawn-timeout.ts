/**
 * Timeout for a unit test that starts `processes` child processes (tsx,
 * node, the importer's CLI). A tsx cold start takes about 1 s on a quiet
 * machine and well over 5 s, vitest's default, on a 2-core machine loaded by
 * a build and other test files (claims-suggest timed out so, issue 22); a
 * minute each leaves room for a machine several times busier.
 */
export const spawnTimeout = (processes: number): number => processes * 60_000;
