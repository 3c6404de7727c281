package nl.indiceer.beschikking;

/**
 * What a decision does. Every decision after the first refers to the decision it changes: a decided beschikking
 * is never altered, a change is a new decision (issue 8).
 */
public enum Beschikkingsoort {
    /** The first decision on a request. */
    EERSTE,
    /** More or less volume for a running allocation. */
    WIJZIGING,
    /** A later end date for a running allocation. */
    VERLENGING,
    /** An earlier end date: the allocation stops. */
    BEEINDIGING,
    /** The decision is withdrawn as if never granted. */
    INTREKKING;

    /** Whether this decision needs the decision it changes. */
    public boolean verwijstNaarVorige() {
        return this != EERSTE;
    }
}
