package nl.indiceer.brief;

/** No letterhead for the municipality, and no default letterhead ({@code briefhoofden/standaard.yaml}) either. */
public final class OnbekendeGemeenteException extends RuntimeException {

    private final String gemeentecode;

    public OnbekendeGemeenteException(String gemeentecode) {
        super("Er is geen briefhoofd voor gemeente " + gemeentecode + ": voeg briefhoofden/" + gemeentecode
                + ".yaml of briefhoofden/standaard.yaml toe aan de map met briefsjablonen.");
        this.gemeentecode = gemeentecode;
    }

    public String gemeentecode() {
        return gemeentecode;
    }
}
