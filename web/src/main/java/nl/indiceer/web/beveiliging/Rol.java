package nl.indiceer.web.beveiliging;

/** What a user may do. Only stored so far; the pages and resources that tell them apart follow (issue 7). */
public enum Rol {
    CONSULENT, BACKOFFICE, BELEID, AUDITOR, BEHEERDER;

    /** The Spring Security authority, e.g. {@code ROLE_CONSULENT}. */
    public String autoriteit() {
        return "ROLE_" + name();
    }
}
