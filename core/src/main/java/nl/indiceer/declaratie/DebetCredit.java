package nl.indiceer.declaratie;

/** Codelist COD043: a debit charges, a credit takes back an earlier approved debit. */
public enum DebetCredit {
    DEBET("D"), CREDIT("C");

    private final String code;

    DebetCredit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
