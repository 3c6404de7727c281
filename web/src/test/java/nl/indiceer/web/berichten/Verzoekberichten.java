package nl.indiceer.web.berichten;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.AangevraagdProduct;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Clientkern;
import nl.indiceer.berichten.Geboortedatum;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.Product;
import nl.indiceer.berichten.Toewijzingsverzoek;
import nl.indiceer.berichten.Verwijzer;
import nl.indiceer.berichten.xml.Berichtschrijver;

/** A provider's JW315 for the page and browser tests, written by the project's writer. */
public final class Verzoekberichten {

    private Verzoekberichten() {
    }

    /** Asks each product code for 2 hours a week from next month for six months, referred by the GP; referentie R1, R2... */
    public static byte[] jw315(String bsn, String gemeente, String agb, String identificatie, String... producten) {
        LocalDate begin = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        List<AangevraagdProduct> gevraagd = new ArrayList<>();
        for (int i = 0; i < producten.length; i++) {
            gevraagd.add(new AangevraagdProduct("R" + (i + 1), null, new Product(producten[i].substring(0, 2), producten[i]),
                    null, begin, begin.plusMonths(6).minusDays(1), new Omvang(2, "04", "2"), null,
                    new Verwijzer("01", "huisarts", null), null, null));
        }
        return Berichtschrijver.schrijf(new Toewijzingsverzoek(new Header(Berichtsoort.JW315, agb, gemeente, identificatie,
                LocalDate.now(), Header.XsdVersie.RELEASE_3_2), new Clientkern(bsn, Geboortedatum.van(LocalDate.of(2013, 5, 1)),
                "2", new Naam(new Achternaam("Dijk", "van"), null, null, "A", null)), null, null, gevraagd));
    }
}
