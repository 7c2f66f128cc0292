import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { whichIn, type BrowserSystem } from "./locate-chromium.ts";

/** True for an existing regular file (or a link to one) the current user may execute. */
function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** This machine, for `locateChromium` and `ensureChromium`. */
export const realSystem: BrowserSystem = {
  env: process.env,
  isExecutable,
  which: (command) => whichIn(process.env.PATH, command, isExecutable),
  isRoot: () => process.getuid?.() === 0,
  canSudo: () =>
    whichIn(process.env.PATH, "sudo", isExecutable) !== undefined &&
    spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0,
  // Output goes to stderr, so `--path-only` leaves stdout to the path alone; no stdin (CI has none).
  run: (command, args) => spawnSync(command, args, { stdio: ["ignore", 2, 2] }).status ?? 1,
  log: (line) => process.stderr.write(`${line}\n`),
};
