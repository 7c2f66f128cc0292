/**
 * Finding Chromium for the browser tests and the Lighthouse gate, and
 * installing Debian's package when there is none and we may.
 *
 * Everything that touches the machine comes in through `BrowserSystem`, so
 * each fallback is unit-tested with a fake machine; scripts/ensure-chromium.ts
 * passes the real one (src/lib/browser/real-system.ts).
 */

/** Environment variables naming a browser binary, in the order they are honoured. */
export const BROWSER_ENV_VARS = ["CHROME_PATH", "CHROMIUM_PATH"] as const;

/** Commands looked up on PATH, in order: Debian's name, Ubuntu's older name, Google's build. */
export const BROWSER_COMMANDS = ["chromium", "chromium-browser", "google-chrome"] as const;

/** Where Debian's package puts the browser, checked last in case PATH is unusual. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The Debian package that provides it. */
export const DEBIAN_PACKAGE = "chromium";

/** What the locator may ask of the machine. */
export interface LocatorSystem {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True for an existing file the current user may execute. */
  readonly isExecutable: (file: string) => boolean;
  /** The full path of a command on PATH, if any. */
  readonly which: (command: string) => string | undefined;
}

/** What the installer may additionally ask and do. */
export interface BrowserSystem extends LocatorSystem {
  readonly isRoot: () => boolean;
  /** True when `sudo` exists and runs without asking for a password. */
  readonly canSudo: () => boolean;
  /** Run a command (its output shown, never read); returns its exit code. */
  readonly run: (command: string, args: readonly string[]) => number;
  /** Print one line of progress. */
  readonly log: (line: string) => void;
}

/** A browser found, and how. */
export interface LocatedBrowser {
  readonly path: string;
  /** "CHROME_PATH", "chromium on PATH", "/usr/bin/chromium". */
  readonly via: string;
}

/** Chromium is missing or misconfigured; the message is one line saying what to do. */
export class BrowserNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BrowserNotFoundError";
  }
}

const SEARCHED = `${BROWSER_ENV_VARS.join(", ")}, ${BROWSER_COMMANDS.join(", ")} on PATH, ${DEBIAN_CHROMIUM}`;

/**
 * Find a Chromium binary: an environment variable first (a variable naming
 * no executable is a mistake, reported rather than silently skipped), then
 * the commands on PATH, then Debian's fixed path.
 *
 * @returns The browser, or undefined when there is none.
 * @throws BrowserNotFoundError when CHROME_PATH or CHROMIUM_PATH names no executable.
 */
export function locateChromium(system: LocatorSystem): LocatedBrowser | undefined {
  for (const variable of BROWSER_ENV_VARS) {
    const value = system.env[variable];
    if (value === undefined || value === "") continue;
    if (system.isExecutable(value)) return { path: value, via: variable };
    throw new BrowserNotFoundError(`${variable}=${value} is not an executable file: correct it or unset it`);
  }
  for (const command of BROWSER_COMMANDS) {
    const found = system.which(command);
    if (found !== undefined) return { path: found, via: `${command} on PATH` };
  }
  if (system.isExecutable(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, via: DEBIAN_CHROMIUM };
  return undefined;
}

/**
 * The browser or a one-line error: for the test helpers, which never install.
 *
 * @throws BrowserNotFoundError naming what was searched and the command that installs it.
 */
export function requireChromium(system: LocatorSystem): LocatedBrowser {
  const found = locateChromium(system);
  if (found !== undefined) return found;
  throw new BrowserNotFoundError(
    `Chromium not found (looked at ${SEARCHED}): run \`npm test\` (it installs it where it can) or \`sudo apt-get install ${DEBIAN_PACKAGE}\``,
  );
}

/** The commands that install Debian's Chromium, with `sudo -n` unless we are root. */
export function installCommands(asRoot: boolean): { command: string; args: string[] }[] {
  // apt-get must never ask: CI has no stdin. sudo passes VAR=value on to the command.
  const apt = ["DEBIAN_FRONTEND=noninteractive", "apt-get"];
  const steps = [
    ["update", "-q"],
    ["install", "-y", "-q", DEBIAN_PACKAGE],
  ];
  return steps.map((step) =>
    asRoot ? { command: "env", args: [...apt, ...step] } : { command: "sudo", args: ["-n", ...apt, ...step] },
  );
}

/**
 * Find Chromium, installing Debian's package with apt-get when there is none
 * and we are root or have password-less sudo, printing each command first.
 *
 * @throws BrowserNotFoundError with one line saying what to install when that is not possible or fails.
 */
export function ensureChromium(system: BrowserSystem): LocatedBrowser {
  const found = locateChromium(system);
  if (found !== undefined) return found;
  const manual = `install Debian's ${DEBIAN_PACKAGE} package (\`sudo apt-get install ${DEBIAN_PACKAGE}\`) or set CHROME_PATH to a Chrome or Chromium binary`;
  if (system.which("apt-get") === undefined) {
    throw new BrowserNotFoundError(`Chromium not found (looked at ${SEARCHED}) and apt-get is missing: ${manual}`);
  }
  const asRoot = system.isRoot();
  if (!asRoot && !system.canSudo()) {
    throw new BrowserNotFoundError(
      `Chromium not found (looked at ${SEARCHED}), and installing needs root or password-less sudo: ${manual}`,
    );
  }
  system.log(`Chromium not found (looked at ${SEARCHED}): installing Debian's ${DEBIAN_PACKAGE} package.`);
  for (const { command, args } of installCommands(asRoot)) {
    system.log(`$ ${command} ${args.join(" ")}`);
    const code = system.run(command, args);
    if (code !== 0) {
      throw new BrowserNotFoundError(`\`${command} ${args.join(" ")}\` failed with exit code ${code}: ${manual}`);
    }
  }
  const installed = locateChromium(system);
  if (installed === undefined) {
    throw new BrowserNotFoundError(`Chromium is still missing after apt-get installed it: ${manual}`);
  }
  return installed;
}

/**
 * The full path of `command` in a PATH string, like `which`: the first
 * directory holding an executable file of that name.
 */
export function whichIn(
  pathVariable: string | undefined,
  command: string,
  isExecutable: (file: string) => boolean,
): string | undefined {
  for (const dir of (pathVariable ?? "").split(":")) {
    if (dir === "") continue;
    const candidate = `${dir.replace(/\/+$/u, "")}/${command}`;
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}
