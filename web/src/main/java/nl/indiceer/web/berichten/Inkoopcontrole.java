package nl.indiceer.web.berichten;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.indiceer.berichten.AangevraagdProduct;
import nl.indiceer.berichten.Toewijzingsverzoek;
import nl.indiceer.berichten.Wet;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.regeling.RegelingenInWerking;
import nl.indiceer.web.client.Client;
import org.springframework.stereotype.Component;

/**
 * What can be judged of a 315 before a consultant sees it. Whether the municipality buys the asked product at all: the
 * products of the rulebook in force for the receiving municipality (and, where a product names them, its
 * municipalities). A product it does not buy is refused with a 319 without a consultant. The woonplaatsbeginsel is only
 * flagged: who is responsible follows from where the parent with custody lives, which neither the 315 nor Indiceer
 * knows, so it is never a reason to refuse automatically.
 */
@Component
public class Inkoopcontrole {

    /** The client is not registered in the receiving municipality. */
    public static final String CLIENT_ONBEKEND = "CLIENT_ONBEKEND";
    /** No address is recorded for the client. */
    public static final String ADRES_ONBEKEND = "ADRES_ONBEKEND";
    /** The recorded address's place is not the municipality's name (a village of the municipality can be). */
    public static final String ANDERE_WOONPLAATS = "ANDERE_WOONPLAATS";

    private static final String PRODUCTCODE = "[0-9]{2}[A-Z][0-9]{2}";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final RegelingenInWerking regelingen;

    public Inkoopcontrole(RegelingenInWerking regelingen) {
        this.regelingen = regelingen;
    }

    /**
     * The asked products this municipality does not buy. Empty also when the rulebook cannot tell: none in force for the
     * municipality and law, or one without national product codes (its own codes cannot be compared with a 315's).
     */
    public List<AangevraagdProduct> nietIngekocht(String gemeente, Toewijzingsverzoek v) {
        List<AangevraagdProduct> uit = new ArrayList<>();
        for (AangevraagdProduct p : v.producten()) {
            LocalDate datum = p.toewijzingIngangsdatum() != null ? p.toewijzingIngangsdatum() : LocalDate.now(NEDERLAND);
            Regeling regeling = regeling(gemeente, v.soort().wet(), datum);
            if (regeling == null || regeling.producten().stream().noneMatch(r -> r.code().matches(PRODUCTCODE))) {
                continue;
            }
            if (!ingekocht(regeling, gemeente, p)) {
                uit.add(p);
            }
        }
        return uit;
    }

    private static boolean ingekocht(Regeling regeling, String gemeente, AangevraagdProduct p) {
        if (p.product() == null) {
            return false;
        }
        if (p.product().code() == null) {
            // a whole category (CD080): bought when the municipality buys any product of it
            return regeling.producten().stream().anyMatch(r -> p.product().categorie().equals(r.identiteit().categorie())
                    && voorGemeente(regeling, gemeente, r));
        }
        Product r = regeling.product(p.product().code());
        return r != null && voorGemeente(regeling, gemeente, r);
    }

    private static boolean voorGemeente(Regeling regeling, String gemeente, Product p) {
        Gemeente g = regeling.gemeente(gemeente);
        return p.bijzondereRegels().gemeenten().isEmpty() || g != null && p.bijzondereRegels().gemeenten().contains(g.naam());
    }

    /** The rulebook in force on this date for this municipality and law; null when none. */
    Regeling regeling(String gemeente, Wet wet, LocalDate datum) {
        String gevraagd = wet == Wet.JEUGDWET ? "jeugdwet" : "wmo";
        var inWerking = regelingen.nu();
        for (String regio : inWerking.regios()) {
            Regeling r = inWerking.voor(regio, datum);
            if (r != null && r.gemeente(gemeente) != null
                    && (r.wet() == null || r.wet().equals("beide") || r.wet().toLowerCase(Locale.ROOT).equals(gevraagd))) {
                return r;
            }
        }
        return null;
    }

    /** What the consultant must check about the woonplaatsbeginsel before deciding; null when nothing stands out. */
    public String woonplaats(String gemeente, Client client) {
        if (client == null) {
            return CLIENT_ONBEKEND;
        }
        if (client.adres() == null) {
            return ADRES_ONBEKEND;
        }
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        String naam = null;
        var inWerking = regelingen.nu();
        for (String regio : inWerking.regios()) {
            Regeling r = inWerking.voor(regio, vandaag);
            Gemeente g = r == null ? null : r.gemeente(gemeente);
            if (g != null) {
                naam = g.naam();
            }
        }
        return naam != null && naam.equalsIgnoreCase(client.adres().woonplaats().strip()) ? null : ANDERE_WOONPLAATS;
    }
}
