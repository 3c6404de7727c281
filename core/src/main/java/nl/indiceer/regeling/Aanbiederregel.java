package nl.indiceer.regeling;

/**
 * What a conditional combination says about the providers of its two products (stapelingsmatrix footnotes
 * 2, 7, 8, 9 and 13b, 001:4244-4327).
 */
public enum Aanbiederregel {
    /** Only at two different providers: the same provider is a FOUT ("niet bij dezelfde aanbieder"). */
    VERSCHILLEND,
    /** In principle at two different providers: the same provider is a WAARSCHUWING ("in principe bij een andere aanbieder"). */
    IN_PRINCIPE_VERSCHILLEND,
    /** The source allows the same provider explicitly ("de hulp kan door dezelfde aanbieder ingezet worden"): not checked. */
    ZELFDE_TOEGESTAAN;

    public static Aanbiederregel vanNaam(String naam) {
        for (Aanbiederregel r : values()) {
            if (r.name().equalsIgnoreCase(naam)) {
                return r;
            }
        }
        return null;
    }

    /** True when two known providers that are the same break the rule. */
    public boolean eistVerschillend() {
        return this != ZELFDE_TOEGESTAAN;
    }
}
