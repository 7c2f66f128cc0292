/** Where a content problem is and what to do about it. */
export interface ContentProblem {
  /** Path of the file at fault, relative to the project. */
  readonly file: string;
  /** Field path inside it, e.g. `accounts.republic-policy.quotes[0]`. */
  readonly field: string;
  /** What is wrong. */
  readonly problem: string;
  /** What the editor should do. */
  readonly fix: string;
}

/**
 * A content mistake that must stop the build.
 *
 * The message names the file, the field and the fix, so an editor can act
 * on it without reading code. Several problems are reported at once.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `- ${p.file} → ${p.field}: ${p.problem}\n  Fix: ${p.fix}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Collects problems while checking content, then throws them together. */
export class ProblemList {
  readonly #problems: ContentProblem[] = [];

  add(problem: ContentProblem): void {
    this.#problems.push(problem);
  }

  /** Run `check`, adding the problems of a ContentError it throws; undefined when it threw one. */
  collect<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const problem of error.problems) this.add(problem);
      return undefined;
    }
  }

  /** Throw a ContentError if anything was added. */
  throwIfAny(): void {
    if (this.#problems.length > 0) throw new ContentError(this.#problems);
  }
}
