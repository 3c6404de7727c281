package nl.indiceer.vergelijking;

/** What re-evaluating one request under the old and the new rulebooks came to. */
public enum Vergelijkingsstatus {
    /** Both compute it, with the same volumes, costs and findings. */
    GELIJK,
    /** Both compute it, and a volume, a cost or a finding differs. */
    VERSCHIL,
    /** Only the old rulebooks compute it: the new ones refuse it (its region missing, a product gone, ...). */
    ALLEEN_OUD,
    /** Only the new rulebooks compute it. */
    ALLEEN_NIEUW,
    /** Neither computes it: the request itself is invalid (unreadable, or refused by both). */
    ONGELDIG;

    /** A difference a policy officer must see: the outcome is not the same under both. */
    public boolean isVerschil() {
        return this == VERSCHIL || this == ALLEEN_OUD || this == ALLEEN_NIEUW;
    }
}
