package nl.indiceer.web.beveiliging;

/** What a user may do: beheerder adds users, consulent and backoffice work with clients (of their municipalities), auditor reads the audit trail; beleid has no resource of its own yet. */
public enum Rol {
    CONSULENT, BACKOFFICE, BELEID, AUDITOR, BEHEERDER;

    /** The Spring Security authority, e.g. {@code ROLE_CONSULENT}. */
    public String autoriteit() {
        return "ROLE_" + name();
    }
}
