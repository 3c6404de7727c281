package nl.indiceer.regeling;

/** How a municipality pays for a product: price × quantity, a fixed traject price, or a plek priced pro rata per month. */
public enum Bekostiging {
    PXQ, TRAJECT, PLEK;

    public static Bekostiging vanNaam(String naam) {
        for (Bekostiging b : values()) {
            if (b.name().equalsIgnoreCase(naam)) {
                return b;
            }
        }
        return null;
    }
}
