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
    GARANTIEFASE_EINDIGT,
    /** Answer a provider's 315 with a 301 or a 319 (OP274; date: the 5th working day after receipt). */
    VERZOEK_OM_TOEWIJZING_BEANTWOORDEN,
    /** Answer a provider's 317 with a 301 or a 319 (OP346; date: the 5th working day after receipt). */
    VERZOEK_OM_WIJZIGING_BEANTWOORDEN,
    /** The provider's 305 for an allocation sent (OP271; date: the 5th working day after its start). */
    STARTBERICHT_VERWACHT,
    /** The provider's 307 for an allocation that ended (OP272; date: the 5th working day after its end). */
    STOPBERICHT_VERWACHT,
    /**
     * Decide whether an allocation continues after the provider reported the third no-show (date: the last day, the
     * region's weeks after the report; Flevoland 002:1774-1780).
     */
    NO_SHOW_BESLUIT,
    /** An evaluation moment of an allocation is due (date: its last day by the region's rule). */
    EVALUATIEMOMENT,
    /**
     * A provider's 317 arrived later before the change than the region advises (date: the last day it should have
     * arrived; a warning, the 317 is still judged).
     */
    WIJZIGINGSVERZOEK_TE_LAAT
}
