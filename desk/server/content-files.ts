import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/** A file's version as the desk saw it: a hash of its bytes, or "absent" for no file. */
export type Version = string;
export const ABSENT: Version = "absent";

/** A problem the editor must see as a message (never a stack trace): HTTP status and text. */
export class DeskError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 = 400,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "DeskError";
  }
}

/** One file of a write: its path inside content/, the version it is based on, and its new text (null deletes it). */
export interface FileChange {
  readonly path: string;
  readonly base: Version;
  readonly text: string | null;
}

/** A file that changed on disk since the desk read it: what the desk expected and what is there now. */
export interface Conflict {
  readonly path: string;
  readonly expected: Version;
  readonly found: Version;
  /** The text on disk now (null: the file is gone), so the editor sees what changed. */
  readonly disk: string | null;
}

interface JournalEntry {
  readonly label: string;
  readonly files: readonly { path: string; before: string | null; after: string | null }[];
}

const versionOf = (text: string | null): Version =>
  text === null ? ABSENT : createHash("sha256").update(text).digest("hex").slice(0, 16);

/**
 * The content folder as the desk may touch it: every path is resolved inside
 * it (never outside, whatever `..` or symlinks say), every write names the
 * version it was based on and is refused whole when a file changed on disk
 * since, and every write is journaled so it can be undone.
 */
export class ContentFiles {
  readonly root: string;
  readonly #journal: JournalEntry[] = [];

  constructor(root: string) {
    this.root = realpathSync(resolve(root));
  }

  /** The absolute path of `path` (relative to content/), refused when it leaves the folder. */
  resolve(path: string): string {
    if (typeof path !== "string" || path === "" || isAbsolute(path) || path.includes("\0")) {
      throw new DeskError(`refused path ${JSON.stringify(path)}: give a path inside content/`, 403);
    }
    const absolute = resolve(this.root, path);
    if (!inside(this.root, absolute))
      throw new DeskError(`refused path ${JSON.stringify(path)}: it is outside content/`, 403);
    // A symlink inside content/ may point elsewhere: check where the nearest existing folder really is.
    let folder = dirname(absolute);
    while (!existsSync(folder)) folder = dirname(folder);
    if (!inside(this.root, realpathSync(folder))) {
      throw new DeskError(`refused path ${JSON.stringify(path)}: it leads outside content/`, 403);
    }
    return absolute;
  }

  /** The text of a file (null when it does not exist) and its version. */
  read(path: string): { text: string | null; version: Version } {
    const absolute = this.resolve(path);
    const text = existsSync(absolute) ? readFileSync(absolute, "utf8") : null;
    return { text, version: versionOf(text) };
  }

  /**
   * Write several files at once, or none: when any file's version on disk is
   * not the one the change is based on, nothing is written and the conflicts
   * are thrown (409) for the desk to show.
   */
  write(label: string, changes: readonly FileChange[]): void {
    const current = changes.map((change) => ({ change, ...this.read(change.path) }));
    const conflicts: Conflict[] = current
      .filter(({ change, version }) => change.base !== version)
      .map(({ change, version, text }) => ({ path: change.path, expected: change.base, found: version, disk: text }));
    if (conflicts.length > 0) throw conflictError(conflicts);
    for (const { change } of current) this.#put(change.path, change.text);
    this.#journal.push({
      label,
      files: current.map(({ change, text }) => ({ path: change.path, before: text, after: change.text })),
    });
  }

  /** What the next undo would undo, if anything. */
  get lastWrite(): string | undefined {
    return this.#journal.at(-1)?.label;
  }

  /**
   * Undo the last write: each file goes back to what it was before, unless it
   * changed on disk since the desk wrote it (then nothing is touched: 409).
   */
  undo(): string {
    const entry = this.#journal.at(-1);
    if (entry === undefined) throw new DeskError("nothing to undo", 409);
    const conflicts: Conflict[] = entry.files.flatMap((file) => {
      const now = this.read(file.path);
      const expected = versionOf(file.after);
      return now.version === expected ? [] : [{ path: file.path, expected, found: now.version, disk: now.text }];
    });
    if (conflicts.length > 0) throw conflictError(conflicts);
    for (const file of entry.files) this.#put(file.path, file.before);
    this.#journal.pop();
    return entry.label;
  }

  #put(path: string, text: string | null): void {
    const absolute = this.resolve(path);
    if (text === null) {
      rmSync(absolute, { force: true });
      return;
    }
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }
}

function inside(root: string, absolute: string): boolean {
  const rel = relative(root, absolute);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function conflictError(conflicts: readonly Conflict[]): DeskError {
  const said = conflicts.map((c) =>
    c.expected === ABSENT
      ? `content/${c.path} exists already`
      : c.disk === null
        ? `content/${c.path} was deleted on disk`
        : `content/${c.path} changed on disk since the desk read it`,
  );
  return new DeskError(`${said.join("; ")}: nothing was written. Reload to see the files as they are now.`, 409, {
    conflicts,
  });
}
