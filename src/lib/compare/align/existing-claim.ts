// Its own module, below both suggest.ts and attach.ts, so neither imports the other for it.
/** A claim the editor already wrote: which sentences each report's account quotes. */
export interface ExistingClaim {
  readonly id: string;
  /** Article id → the sentences its account quotes. */
  readonly accounts: ReadonlyMap<string, readonly string[]>;
  /** Article id → the quotes themselves: a claim may quote a clause, and is compared by its own words. */
  readonly quotes?: ReadonlyMap<string, readonly string[]>;
  /** The editor's status: a new account of a `differ` claim is read against each side. */
  readonly status?: "agree" | "differ" | "only";
  /** The editor's note on what differs. */
  readonly note?: string;
}
