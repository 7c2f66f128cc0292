import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../build/dist-files.ts";

/** How two builds differ: files only one has, and files whose bytes differ (with the first differing offset). */
export interface TreeDiff {
  readonly files: number;
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  readonly differing: readonly { file: string; offset: number; a: string; b: string }[];
}

/** A short, printable excerpt around `offset`, so a report shows what changed (a date, a hash …). */
function excerpt(bytes: Buffer, offset: number): string {
  return JSON.stringify(bytes.subarray(Math.max(0, offset - 30), offset + 50).toString("utf8"));
}

/** Compare every file of two folders byte for byte. */
export function compareTrees(a: string, b: string): TreeDiff {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const inA = new Set(filesA);
  const differing: { file: string; offset: number; a: string; b: string }[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) continue;
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (bytesA.equals(bytesB)) continue;
    let offset = 0;
    while (offset < bytesA.length && offset < bytesB.length && bytesA[offset] === bytesB[offset]) offset += 1;
    differing.push({ file, offset, a: excerpt(bytesA, offset), b: excerpt(bytesB, offset) });
  }
  return {
    files: filesA.length,
    onlyInA: filesA.filter((file) => !filesB.has(file)),
    onlyInB: [...filesB].filter((file) => !inA.has(file)),
    differing,
  };
}
