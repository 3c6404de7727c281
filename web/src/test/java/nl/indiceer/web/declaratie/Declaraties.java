package nl.indiceer.web.declaratie;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import nl.indiceer.berichten.declaratie.Declaratieschrijver;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.web.berichten.Besluiten;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Real allocations and 323s for the declaration tests: a decision through the API (so the municipality really sent a
 * 301), its allocation read back from the outbox, and 323s written with the berichten module's writer.
 */
public final class Declaraties {

    public static final LocalDate MAART = LocalDate.of(2025, 3, 1);

    private static final AtomicLong TELLER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Declaraties() {
    }

    /** A unique DeclaratieNummer or ReferentieNummer (letters and digits, at most 12). */
    public static String uniek(String voorvoegsel) {
        return voorvoegsel + Long.toString(TELLER.incrementAndGet(), 36);
    }

    /** The client's BSN and the allocation of the 301 the decision made. */
    public record Toewijzing(String bsn, long clientId, ToegewezenProduct product) {
        public long nummer() {
            return product.toewijzingNummer();
        }

        /** A prestatie for this allocation in the month of {@code begin}, {@code volume} units at 100 cents each. */
        public GedeclareerdePrestatie prestatie(String referentie, LocalDate begin, long volume) {
            return new GedeclareerdePrestatie(bsn, referentie, null, nummer(), product.product().categorie(),
                    product.product().code(), begin, begin.withDayOfMonth(begin.lengthOfMonth()), volume,
                    product.omvang().eenheid(), 100L, volume * 100, "D", 0);
        }

        public GedeclareerdePrestatie credit(String referentie, GedeclareerdePrestatie debet) {
            return new GedeclareerdePrestatie(bsn, referentie, debet.referentieNummer(), debet.toewijzingNummer(),
                    debet.productCategorie(), debet.productCode(), debet.begin(), debet.eind(), debet.geleverdVolume(),
                    debet.eenheid(), debet.productTarief(), debet.bedrag(), "C", 0);
        }
    }

    /** A client of {@code gemeente} granted Flevoland's 45F02 (12 hours a week, March 2025 to February 2026). */
    public static Toewijzing toegewezen(MockMvc mvc, String token, String gemeente) throws Exception {
        return toegewezen(mvc, token, gemeente, Besluiten.groepMetAanbieder(Besluiten.AGB));
    }

    /** A client of {@code gemeente} granted what the request {@code invoer} asks (its first product's allocation). */
    public static Toewijzing toegewezen(MockMvc mvc, String token, String gemeente, String invoer) throws Exception {
        Besluiten api = new Besluiten(mvc);
        String bsn = nl.indiceer.web.aanvraag.Verzoeken.bsn();
        long client = api.client(token, gemeente, bsn, "Sam de Boer", "Wijk 3 4");
        long beschikking = api.eerste(token, client, invoer).get("id").asLong();
        JsonNode lijst = Besluiten.json(api.haal(token, "/api/berichten/uitgaand").andExpect(status().isOk())).get("berichten");
        long bericht = -1;
        for (JsonNode b : lijst) {
            if (b.get("beschikkingId").asLong() == beschikking) {
                bericht = b.get("id").asLong();
            }
        }
        byte[] xml = mvc.perform(get("/api/berichten/uitgaand/{id}", bericht).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Toewijzingsbericht t = (Toewijzingsbericht) Berichtlezer.lees(xml);
        return new Toewijzing(bsn, client, t.producten().get(0));
    }

    /** The same through the application's services (for page and browser tests, which have no MockMvc). */
    public static Toewijzing toegewezen(org.springframework.context.ApplicationContext app, String gebruiker, String gemeente)
            throws Exception {
        var wie = new nl.indiceer.web.beveiliging.Medewerker(gebruiker, java.util.Set.of(gemeente));
        String bsn = nl.indiceer.web.aanvraag.Verzoeken.bsn();
        long client = app.getBean(nl.indiceer.web.client.ClientOpslag.class).voegToe(bsn, "Sam de Boer",
                LocalDate.of(2013, 5, 1), gemeente, new nl.indiceer.web.client.Adres("Wijk 3 4", "8321 AC", "Urk"));
        String invoer = Besluiten.groepMetAanbieder(Besluiten.AGB);
        long aanvraag = app.getBean(nl.indiceer.web.aanvraag.AanvraagDienst.class).maak(wie, client, invoer,
                nl.indiceer.web.aanvraag.Aanvraagstatus.INGEDIEND).id();
        long beschikking = app.getBean(nl.indiceer.web.beschikking.BeschikkingDienst.class).besluit(wie,
                new nl.indiceer.web.beschikking.Besluitverzoek(aanvraag, null, null, null, java.util.Map.of(0,
                        new nl.indiceer.beschikking.Regelkeuze(new nl.indiceer.beschikking.Regelbesluit.Toekenning(
                                "Afgestemd met de teamleider."), "Nodig.", null)))).id();
        byte[] xml = app.getBean(nl.indiceer.web.berichten.UitboxOpslag.class).vanBeschikking(beschikking).get(0).inhoud();
        Toewijzingsbericht t = (Toewijzingsbericht) Berichtlezer.lees(xml);
        return new Toewijzing(bsn, client, t.producten().get(0));
    }

    public static byte[] bericht(String gemeente, String nummer, List<GedeclareerdePrestatie> prestaties) throws Exception {
        long totaal = 0;
        for (GedeclareerdePrestatie p : prestaties) {
            totaal += p.isCredit() ? -p.bedrag() : p.bedrag();
        }
        Declaratiekop kop = new Declaratiekop(Berichtsoort.JW323, Besluiten.AGB, gemeente, uniek("I"), LocalDate.of(2025, 4, 3),
                Header.XsdVersie.RELEASE_3_2, nummer, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 3), Math.abs(totaal), totaal < 0 ? "C" : "D");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Declaratieschrijver.schrijf(kop, new ArrayList<>(prestaties), uit);
        return uit.toByteArray();
    }
}
