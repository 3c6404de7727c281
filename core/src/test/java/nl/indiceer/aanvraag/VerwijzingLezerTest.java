package nl.indiceer.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.indiceer.regeling.Verwijzer;
import org.junit.jupiter.api.Test;

/** "verwijzing" in a request: read as given, refused on its own path when wrong. */
class VerwijzingLezerTest {

    private static final String GOED = """
            {"regio": "noord-limburg", "peildatum": "2025-03-01", "client": {"geboortedatum": "2013-04-12"},
             "verwijzing": {"verwijzer": "gecertificeerde_instelling", "datum": "2025-02-01", "maatregel_tot": "2025-12-31"},
             "producten": [
               {"product": "45L12", "financiering": "ZIN", "begindatum": "2025-03-01", "einddatum": "2025-10-31", "periode": "TOTAAL"}]}
            """;

    private static List<Invoerfout> fouten(String json) {
        try {
            AanvraagLezer.lees(json);
        } catch (OngeldigeAanvraagException e) {
            return e.fouten();
        }
        throw new AssertionError("de aanvraag werd niet afgewezen");
    }

    @Test
    void goed() {
        Verwijzing v = AanvraagLezer.lees(GOED).verwijzing();
        assertThat(v.verwijzer()).isEqualTo(Verwijzer.GECERTIFICEERDE_INSTELLING);
        assertThat(v.datum()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(v.maatregelTot()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(AanvraagLezer.lees(GOED.replace("\"verwijzing\": {\"verwijzer\": \"gecertificeerde_instelling\", "
                + "\"datum\": \"2025-02-01\", \"maatregel_tot\": \"2025-12-31\"},", "")).verwijzing()).isNull();
    }

    @Test
    void onbekendeVerwijzerNoemtDeMogelijke() {
        assertThat(fouten(GOED.replace("gecertificeerde_instelling", "buurvrouw"))).singleElement().satisfies(f -> {
            assertThat(f.pad()).isEqualTo("verwijzing.verwijzer");
            assertThat(f.code()).isEqualTo("ONBEKENDE_WAARDE");
            assertThat(f.toString()).contains("gemeentelijke_toegang").contains("familierechter");
        });
    }

    @Test
    void verwijzerVerplichtDatumsGeldigGeenOnbekendVeld() {
        assertThat(fouten(GOED.replace("\"verwijzer\": \"gecertificeerde_instelling\", ", "")))
                .singleElement().satisfies(f -> assertThat(f.pad()).isEqualTo("verwijzing.verwijzer"));
        assertThat(fouten(GOED.replace("2025-12-31", "2025-13-31")))
                .singleElement().satisfies(f -> assertThat(f.pad()).isEqualTo("verwijzing.maatregel_tot"));
        assertThat(fouten(GOED.replace("\"datum\"", "\"verwijsdatum\"")))
                .singleElement().satisfies(f -> assertThat(f.pad()).isEqualTo("verwijzing.verwijsdatum"));
        assertThatThrownBy(() -> AanvraagLezer.lees(GOED.replace("{\"verwijzer\"", "[{\"verwijzer\"").replace("2025-12-31\"}", "2025-12-31\"}]")))
                .isInstanceOf(OngeldigeAanvraagException.class);
    }
}
