package nl.indiceer.regeling;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dated tariff list beside a rulebook ({@code regelingen/<regio>/tarieven-<geldig_vanaf>.yaml}): from
 * {@code geldigVanaf} up to and including {@code geldigTot} (null: to the end of the rulebook version) the products it
 * lists have these tariffs instead of the rulebook's. Tariffs change every year while the rules mostly do not, so a
 * new price year is a small file, not a copy of the rulebook. A product it does not list keeps the rulebook's tariffs.
 *
 * @param bestand  the file, for messages
 * @param hash     SHA-256 of the file's bytes; part of the rulebook version's hash ({@link Regeling#versie()})
 * @param herkomst the source of the list as a whole (required), a remark, what is unclear
 * @param tarieven per product code, the tariffs that replace the product's own (in file order)
 */
public record Tariefblad(String bestand, String hash, LocalDate geldigVanaf, LocalDate geldigTot, Herkomst herkomst,
                         Map<String, List<Tarief>> tarieven) {

    public Tariefblad {
        Map<String, List<Tarief>> kopie = new LinkedHashMap<>();
        tarieven.forEach((code, lijst) -> kopie.put(code, List.copyOf(lijst)));
        tarieven = Collections.unmodifiableMap(kopie);
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    /** The tariffs this list gives the product, or null when it does not list it. */
    public List<Tarief> tarieven(String productcode) {
        return tarieven.get(productcode);
    }

    public Bron bron() {
        return herkomst.bron();
    }
}
