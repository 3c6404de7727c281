package nl.indiceer.termijn;

/**
 * The kinds of deadline a consultant watches. A code; the pages and the API render it. Kinds that come from messages
 * (answering a 315 or 317, a provider's 305 or 307) join this list with the messages.
 */
public enum Termijnsoort {
    /** An allocation ends: extend it, end it, or let it end (date: its last day). */
    TOEWIJZING_EINDIGT,
    /**
     * The garantiefase after an allocation ended runs out: until then the same provider may reopen it for the same
     * question without a new indication (Noord-Limburg, 001:1837-1894; date: its last day).
     */
    GARANTIEFASE_EINDIGT
}
