package nl.indiceer.declaratie;

/** What became of an agreed appointment behind a prestatie. */
public enum Afspraakstatus {
    GELEVERD,
    /** Unplanned absence: the client did not come or was not at home. */
    NO_SHOW,
    /** Planned absence: holiday, agreed cancellation. */
    GEPLANDE_AFWEZIGHEID
}
