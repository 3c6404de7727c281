package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.NieuwProduct;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.Product;
import nl.indiceer.berichten.TeWijzigenProduct;
import nl.indiceer.berichten.Wijzigingsverzoek;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.regeling.Verlenging;
import org.junit.jupiter.api.Test;

/**
 * A 317 as a draft change request: Flevoland's rule (verlenging.via_verzoek_om_wijziging, 002:384-390) makes a request
 * for only a later end date an extension; without that rule, or when anything else is asked, it is a change.
 */
class WijzigingsverzoekaanvraagTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate BEGIN = LocalDate.of(2026, 8, 1);
    static final LocalDate EIND = LocalDate.of(2027, 1, 31);
    static final LopendeToewijzing GROEP = new LopendeToewijzing("K/0", "45F02", "12345678", Financiering.ZIN,
            new Looptijd(BEGIN, EIND), new nl.indiceer.aanvraag.Omvang(BigDecimal.valueOf(720), Eenheid.MINUUT, Periode.WEEK), 0);
    static final Map<Long, LopendeToewijzing> LOPEND = Map.of(300201L, GROEP);

    static Verlenging regel(String regio) {
        return Regelingen.laad(Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"))
                .voor(regio, LocalDate.of(2026, 12, 1)).verlenging();
    }

    static Wijzigingsverzoek verzoek(List<TeWijzigenProduct> wijzigen, List<NieuwProduct> nieuw) {
        return new Wijzigingsverzoek(new Header(Berichtsoort.JW317, "12345678", "0184", "1", LocalDate.of(2026, 12, 1),
                Header.XsdVersie.RELEASE_3_2), "999900006", "VOW-1", "1", List.of(), wijzigen, nieuw);
    }

    static JsonNode regel0(Wijzigingsaanvraag uitkomst) throws Exception {
        return JSON.readTree(uitkomst.invoer()).get("producten").get(0);
    }

    record Wijzigingsaanvraag(String invoer, boolean verlenging) {
    }

    static Wijzigingsaanvraag maak(Wijzigingsverzoek w, Verlenging regel) {
        var u = Wijzigingsverzoekaanvraag.maak(w, "flevoland", "Urk", LocalDate.of(2013, 5, 1), LOPEND, regel,
                LocalDate.of(2026, 12, 1));
        return new Wijzigingsaanvraag(u.invoer(), u.verlenging());
    }

    @Test
    void inFlevolandIsAlleenEenLatereEinddatumEenVerlenging() throws Exception {
        // 12 hours a week as the 301 gives it (720 minutes), the end two months later
        var w = verzoek(List.of(new TeWijzigenProduct(300201L, BEGIN, EIND.plusMonths(2), new Omvang(12, "04", "2"), null)),
                List.of());
        Wijzigingsaanvraag u = maak(w, regel("flevoland"));
        assertThat(u.verlenging()).isTrue();
        JsonNode r = regel0(u);
        assertThat(r.get("verlengt").asText()).isEqualTo("K/0");
        assertThat(r.get("begindatum").asText()).isEqualTo("2027-02-01");
        assertThat(r.get("einddatum").asText()).isEqualTo("2027-03-31");
        assertThat(r.has("posten")).isFalse();
        assertThat(JSON.readTree(u.invoer()).get("peildatum").asText()).isEqualTo("2027-02-01");
    }

    @Test
    void zonderDeRegelVanDeRegioIsHetEenWijziging() throws Exception {
        var w = verzoek(List.of(new TeWijzigenProduct(300201L, BEGIN, EIND.plusMonths(2), null, null)), List.of());
        // Noord-Limburg's sources name the 317 but give providers no extension of their own (001:2299)
        Verlenging noordLimburg = regel("noord-limburg");
        Verlenging flevolandZonderRoute = new Verlenging(true, 1, new BigDecimal("0.5"), BigDecimal.valueOf(6), null, null);
        for (Verlenging r : java.util.Arrays.asList(noordLimburg, flevolandZonderRoute, null)) {
            Wijzigingsaanvraag u = maak(w, r);
            assertThat(u.verlenging()).isFalse();
            assertThat(regel0(u).get("wijzigt").asText()).isEqualTo("K/0");
            assertThat(regel0(u).has("verlengt")).isFalse();
        }
    }

    @Test
    void meerDanEenNieuweEinddatumIsEenWijzigingAlsGeheel() throws Exception {
        Verlenging flevoland = regel("flevoland");
        // another volume
        assertThat(maak(verzoek(List.of(new TeWijzigenProduct(300201L, BEGIN, EIND.plusMonths(2), new Omvang(13, "04", "2"),
                null)), List.of()), flevoland).verlenging()).isFalse();
        // an earlier end date
        assertThat(maak(verzoek(List.of(new TeWijzigenProduct(300201L, BEGIN, EIND.minusMonths(1), null, null)), List.of()),
                flevoland).verlenging()).isFalse();
        // a new product beside it: one request with both lines, judged together
        Wijzigingsaanvraag u = maak(verzoek(List.of(new TeWijzigenProduct(300201L, BEGIN, EIND.plusMonths(2), null, null)),
                List.of(new NieuwProduct(new Product("45", "45F01"), LocalDate.of(2027, 1, 1), EIND, new Omvang(120, "01", "2"),
                        null))), flevoland);
        assertThat(u.verlenging()).isFalse();
        JsonNode producten = JSON.readTree(u.invoer()).get("producten");
        assertThat(producten).hasSize(2);
        assertThat(producten.get(0).get("wijzigt").asText()).isEqualTo("K/0");
        assertThat(producten.get(1).get("product").asText()).isEqualTo("45F01");
        assertThat(producten.get(1).get("posten").get(0).get("minuten").asInt()).isEqualTo(120);
    }

    @Test
    void eenOnbekendeToewijzingMaaktGeenAanvraag() {
        var u = Wijzigingsverzoekaanvraag.maak(verzoek(List.of(new TeWijzigenProduct(1L, BEGIN, EIND, null, null)), List.of()),
                "flevoland", "Urk", LocalDate.of(2013, 5, 1), LOPEND, regel("flevoland"), LocalDate.of(2026, 12, 1));
        assertThat(u.invoer()).isNull();
        assertThat(u.reden()).contains("ToewijzingNummer 1 is geen lopende toewijzing");
    }
}
