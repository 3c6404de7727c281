package nl.indiceer.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.indiceer.Repo;
import nl.indiceer.berekening.Indicatiemotor;
import org.junit.jupiter.api.Test;

/** "feiten" and "pauzeert" in a request: read as given, refused on their own path when wrong. */
class FeitenEnPauzeLezerTest {

    private static final String GOED = """
            {"regio": "noord-limburg", "peildatum": "2025-03-01", "gemeente": "Venray", "client": {"geboortedatum": "2013-04-12"},
             "feiten": {"respijtzorg_in_weekend": true},
             "lopende_toewijzingen": [{"id": "T1", "product": "45L12", "begindatum": "2025-01-01", "einddatum": "2025-12-31"}],
             "producten": [
               {"product": "crisishulp-jeugd", "financiering": "ZIN", "begindatum": "2025-03-01",
                "einddatum": "2025-03-28", "periode": "TOTAAL", "pauzeert": ["T1"]}]}
            """;

    private static List<Invoerfout> fouten(String json) {
        try {
            new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(json));
        } catch (OngeldigeAanvraagException e) {
            return e.fouten();
        }
        throw new AssertionError("de aanvraag werd niet afgewezen");
    }

    @Test
    void goed() {
        Aanvraag a = AanvraagLezer.lees(GOED);
        assertThat(a.feit("respijtzorg_in_weekend")).isTrue();
        assertThat(a.feit("iets_anders")).isNull();
        assertThat(a.producten().get(0).pauzeert()).containsExactly("T1");
    }

    @Test
    void feitMoetJaOfNeeZijn() {
        assertThat(fouten(GOED.replace("\"respijtzorg_in_weekend\": true", "\"respijtzorg_in_weekend\": \"ja\"")))
                .singleElement().hasToString("feiten.respijtzorg_in_weekend: moet true of false zijn, of een getal bij een feit dat een getal is");
        assertThat(fouten(GOED.replace("{\"respijtzorg_in_weekend\": true}", "[true]")))
                .singleElement().extracting(Invoerfout::code).isEqualTo("GEEN_OBJECT");
    }

    private static final String IQ = """
            {"regio": "ridderkerk", "peildatum": "2025-03-01", "gemeente": "Ridderkerk", "client": {"geboortedatum": "2011-04-01"},
             "feiten": {"iq": 145, "verpleging": false},
             "producten": [
               {"product": "begeleiding-specialistisch-iq-plus", "financiering": "ZIN", "begindatum": "2025-03-01",
                "einddatum": "2025-08-31", "periode": "WEEK", "posten": [{"uren": 2, "per": "week"}]}]}
            """;

    @Test
    void eenFeitKanEenGetalZijn() {
        Aanvraag a = AanvraagLezer.lees(IQ);
        assertThat(a.getal("iq")).isEqualByComparingTo("145");
        assertThat(a.feit("iq")).isNull();
        assertThat(a.feit("verpleging")).isFalse();
        assertThat(a.getal("verpleging")).isNull();
    }

    @Test
    void eenGetalfeitHeeftDeGrenzenVanEenGetalEnDeSoortVanDeRegeling() {
        assertThat(fouten(IQ.replace("\"iq\": 145", "\"iq\": 1e12"))).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("TE_GROOT"))
                .satisfies(f -> assertThat(f.pad()).isEqualTo("feiten.iq"));
        assertThat(fouten(IQ.replace("\"iq\": 145", "\"iq\": true"))).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("GEEN_GETAL"))
                .satisfies(f -> assertThat(f.pad()).isEqualTo("feiten.iq"));
        assertThat(fouten(IQ.replace("\"verpleging\": false", "\"verpleging\": 1"))).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("GEEN_JA_NEE"))
                .satisfies(f -> assertThat(f.pad()).isEqualTo("feiten.verpleging"));
        assertThat(fouten(IQ.replace("\"iq\": 145", "\"ik\": 145"))).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("ONBEKEND_FEIT"));
    }

    @Test
    void onbekendFeitNoemtDeFeitenVanDeRegeling() {
        assertThat(fouten(GOED.replace("respijtzorg_in_weekend", "weekend"))).singleElement().satisfies(f -> {
            assertThat(f.pad()).isEqualTo("feiten.weekend");
            assertThat(f.code()).isEqualTo("ONBEKEND_FEIT");
            assertThat(f.melding()).contains("respijtzorg_in_weekend");
        });
    }

    @Test
    void pauzeertNoemtBestaandeToewijzingenEnEenPauzeproduct() {
        assertThat(fouten(GOED.replace("[\"T1\"]", "[\"T2\"]"))).singleElement()
                .hasToString("producten[0].pauzeert: geen lopende toewijzing met id 'T2'");
        assertThat(fouten(GOED.replace("[\"T1\"]", "[\"T1\", \"T1\"]"))).singleElement()
                .extracting(Invoerfout::code).isEqualTo("DUBBEL_ID");
        assertThat(fouten(GOED.replace("[\"T1\"]", "[1]"))).singleElement()
                .hasToString("producten[0].pauzeert[0]: moet tekst zijn");
        assertThat(fouten(GOED.replace("\"crisishulp-jeugd\"", "\"45L13\""))).singleElement().satisfies(f -> {
            assertThat(f.pad()).isEqualTo("producten[0].pauzeert");
            assertThat(f.code()).isEqualTo("PAUZEREN_NIET_MOGELIJK");
        });
    }
}
