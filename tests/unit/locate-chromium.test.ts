import { describe, expect, it } from "vitest";
import {
  ensureChromium,
  locateChromium,
  requireChromium,
  whichIn,
  type BrowserSystem,
} from "../../src/lib/browser/locate-chromium.ts";

/** A fake machine: executables by path, PATH dirs, who we are, and what each command run does. */
function machine(options: {
  env?: Record<string, string>;
  files?: string[];
  root?: boolean;
  sudo?: boolean;
  /** Exit code per command line; a zero exit of `apt-get install` creates /usr/bin/chromium. */
  exits?: Record<string, number>;
}): BrowserSystem & { ran: string[]; logged: string[] } {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const logged: string[] = [];
  const env = { PATH: "/usr/local/bin:/usr/bin:/bin", ...options.env };
  const isExecutable = (file: string): boolean => files.has(file);
  return {
    env,
    isExecutable,
    which: (command) => whichIn(env.PATH, command, isExecutable),
    isRoot: () => options.root ?? false,
    canSudo: () => options.sudo ?? false,
    run: (command, args) => {
      const line = [command, ...args].join(" ");
      ran.push(line);
      const code = options.exits?.[line] ?? 0;
      if (code === 0 && args.includes("install")) files.add("/usr/bin/chromium");
      return code;
    },
    log: (line) => logged.push(line),
    ran,
    logged,
  };
}

const APT = "/usr/bin/apt-get";

describe("locating Chromium", () => {
  it("honours CHROME_PATH before anything else", () => {
    const system = machine({
      env: { CHROME_PATH: "/opt/chrome/chrome" },
      files: ["/opt/chrome/chrome", "/usr/bin/chromium"],
    });
    expect(locateChromium(system)).toEqual({ path: "/opt/chrome/chrome", via: "CHROME_PATH" });
  });

  it("honours CHROMIUM_PATH when CHROME_PATH is unset", () => {
    const system = machine({ env: { CHROMIUM_PATH: "/opt/c" }, files: ["/opt/c", "/usr/bin/chromium"] });
    expect(locateChromium(system)).toEqual({ path: "/opt/c", via: "CHROMIUM_PATH" });
  });

  it("reports a variable that names no executable instead of skipping it", () => {
    const system = machine({ env: { CHROME_PATH: "/nope" }, files: ["/usr/bin/chromium"] });
    expect(() => locateChromium(system)).toThrowErrorMatchingInlineSnapshot(
      `[BrowserNotFoundError: CHROME_PATH=/nope is not an executable file: correct it or unset it]`,
    );
  });

  it.each([
    ["chromium", "/usr/local/bin/chromium"],
    ["chromium-browser", "/usr/bin/chromium-browser"],
    ["google-chrome", "/bin/google-chrome"],
  ])("finds %s on PATH", (command, file) => {
    expect(locateChromium(machine({ files: [file] }))).toEqual({ path: file, via: `${command} on PATH` });
  });

  it("prefers chromium to google-chrome when both are on PATH", () => {
    expect(locateChromium(machine({ files: ["/bin/google-chrome", "/usr/bin/chromium"] }))?.path).toBe(
      "/usr/bin/chromium",
    );
  });

  it("falls back to /usr/bin/chromium when PATH does not list /usr/bin", () => {
    const system = machine({ env: { PATH: "/opt/bin" }, files: ["/usr/bin/chromium"] });
    expect(locateChromium(system)).toEqual({ path: "/usr/bin/chromium", via: "/usr/bin/chromium" });
  });

  it("returns nothing on a machine without a browser, and requireChromium says what to do", () => {
    const system = machine({ files: [APT] });
    expect(locateChromium(system)).toBeUndefined();
    expect(() => requireChromium(system)).toThrowErrorMatchingInlineSnapshot(
      `[BrowserNotFoundError: Chromium not found (looked at CHROME_PATH, CHROMIUM_PATH, chromium, chromium-browser, google-chrome on PATH, /usr/bin/chromium): run \`npm test\` (it installs it where it can) or \`sudo apt-get install chromium\`]`,
    );
  });
});

describe("installing Chromium when it is missing", () => {
  it("does nothing when a browser is found", () => {
    const system = machine({ files: ["/usr/bin/chromium", APT], root: true });
    expect(ensureChromium(system).path).toBe("/usr/bin/chromium");
    expect(system.ran).toEqual([]);
  });

  it("installs with apt-get as root, printing each command", () => {
    const system = machine({ files: [APT], root: true });
    expect(ensureChromium(system)).toEqual({ path: "/usr/bin/chromium", via: "chromium on PATH" });
    expect(system.ran).toEqual([
      "env DEBIAN_FRONTEND=noninteractive apt-get update -q",
      "env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium",
    ]);
    expect(system.logged.slice(1)).toEqual(system.ran.map((line) => `$ ${line}`));
  });

  it("installs through password-less sudo when not root", () => {
    const system = machine({ files: [APT], sudo: true });
    ensureChromium(system);
    expect(system.ran).toEqual([
      "sudo -n DEBIAN_FRONTEND=noninteractive apt-get update -q",
      "sudo -n DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium",
    ]);
  });

  it("stops with one line when neither root nor sudo is available", () => {
    const system = machine({ files: [APT] });
    expect(() => ensureChromium(system)).toThrowErrorMatchingInlineSnapshot(
      `[BrowserNotFoundError: Chromium not found (looked at CHROME_PATH, CHROMIUM_PATH, chromium, chromium-browser, google-chrome on PATH, /usr/bin/chromium), and installing needs root or password-less sudo: install Debian's chromium package (\`sudo apt-get install chromium\`) or set CHROME_PATH to a Chrome or Chromium binary]`,
    );
    expect(system.ran).toEqual([]);
  });

  it("stops with one line on a machine without apt-get", () => {
    const system = machine({ root: true });
    expect(() => ensureChromium(system)).toThrow(/and apt-get is missing: install Debian's chromium package/u);
    expect(system.ran).toEqual([]);
  });

  it("stops at the first failing command, naming it", () => {
    const system = machine({
      files: [APT],
      root: true,
      exits: { "env DEBIAN_FRONTEND=noninteractive apt-get update -q": 100 },
    });
    expect(() => ensureChromium(system)).toThrow(
      /^`env DEBIAN_FRONTEND=noninteractive apt-get update -q` failed with exit code 100: /u,
    );
    expect(system.ran).toHaveLength(1);
  });

  it("fails when apt-get succeeds but no browser appears", () => {
    const system = machine({ files: [APT], root: true });
    const run = system.run;
    const noBrowser = { ...system, run: (command: string) => (run(command, ["noop"]), 0) };
    expect(() => ensureChromium(noBrowser)).toThrow(/^Chromium is still missing after apt-get installed it: /u);
  });
});

describe("whichIn", () => {
  it("takes the first PATH directory holding the command, ignoring empty entries", () => {
    const files = new Set(["/b/x", "/c/x"]);
    expect(whichIn("::/a:/b/:/c", "x", (file) => files.has(file))).toBe("/b/x");
    expect(whichIn(undefined, "x", () => true)).toBeUndefined();
  });
});
