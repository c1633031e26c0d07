// Runtime: any. The inflated bytes one archive may produce in all, across its entries, on this
// thread or others: each entry leases what it may use when it starts (never more than is left,
// never more than its own limits allow) and returns what it did not use when it ends. So the
// total never passes the limit, however many entries read at once and wherever.

export interface BudgetLease {
  /** Inflated bytes past which the archive's budget stops the entry; null when its own limits stop it first. */
  readonly cap: number | null;
  /** The entry ended having inflated this much: the rest of the lease goes back. */
  settle(inflatedBytes: number): void;
}

export class ArchiveBudget {
  private leased = 0;

  constructor(private readonly limit: number) {}

  /** A lease for an entry that can inflate to at most `ceiling` bytes under its own limits. */
  lease(ceiling: number): BudgetLease {
    const granted = Math.min(Math.max(0, this.limit - this.leased), ceiling);
    this.leased += granted;
    let open = true;
    return {
      cap: granted < ceiling ? granted : null,
      settle: (inflatedBytes: number) => {
        if (!open) return;
        open = false;
        this.leased -= granted - Math.min(Math.max(0, inflatedBytes), granted);
      },
    };
  }
}
