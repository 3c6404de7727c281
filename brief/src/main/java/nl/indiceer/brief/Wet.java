package nl.indiceer.brief;

import java.time.LocalDate;
import java.time.Period;
import nl.indiceer.aanvraag.Client;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;

/**
 * The law a line is decided under. Its name, article and text are template data ({@code brieven/teksten.yaml},
 * key {@link #sleutel()}), not Java: a municipality words its own legal basis.
 */
public enum Wet {
    JEUGDWET("jeugdwet"),
    WMO("wmo");

    private final String sleutel;

    Wet(String sleutel) {
        this.sleutel = sleutel;
    }

    /** The key in teksten.yaml's {@code wetten} and in a rulebook's {@code wet}. */
    public String sleutel() {
        return sleutel;
    }

    public static Wet vanSleutel(String s) {
        for (Wet w : values()) {
            if (w.sleutel.equals(s)) {
                return w;
            }
        }
        return null;
    }

    /**
     * The law of a product: the product's own {@code wet} in the rulebook, else the rulebook's. A rulebook for both
     * laws ({@code beide}) names the law per product; where a product still leaves it open, the client's age on the
     * first day decides: a jeugdige (under 18) is helped under the Jeugdwet, an adult under the Wmo 2015.
     */
    public static Wet van(Regeling regeling, String productcode, Client client, LocalDate begindatum) {
        Product p = regeling.product(productcode);
        Wet w = p == null ? null : vanSleutel(p.identiteit().wet());
        if (w == null) {
            w = vanSleutel(regeling.wet());
        }
        if (w == null) {
            boolean jeugdig = client == null || client.geboortedatum() == null
                    || Period.between(client.geboortedatum(), begindatum).getYears() < 18;
            w = jeugdig ? JEUGDWET : WMO;
        }
        return w;
    }
}
