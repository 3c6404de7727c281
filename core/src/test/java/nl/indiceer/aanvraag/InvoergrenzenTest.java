package nl.indiceer.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.indiceer.Repo;
import nl.indiceer.berekening.Indicatiemotor;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Careless or hostile input: absurd dates, floods of lines, deep nesting, text after the object,
 * duplicate ids, a verlenging backwards, a line that is two kinds at once. Each is refused with its JSON path, at once.
 */
class InvoergrenzenTest {

    /**
     * A guard against hanging (before, a begindatum of -999999999 ran for minutes), not a speed measure: on a
     * busy CI machine anything is allowed that is not a hang. The speed figures are in docs/benchmarks.md.
     */
    private static final Duration HANGT_NIET = Duration.ofSeconds(60);

    private static final String POST = "{\"uren\": 1, \"per\": \"week\"}";

    private static String aanvraag(String peildatum, String geboortedatum, String begin, String eind, String extraRegel,
                                   String extra) {
        return """
                {"regio": "achterhoek", "peildatum": "%s", "client": {"naam": "Sam", "geboortedatum": "%s"},%s
                 "producten": [{"product": "ondersteuning-individueel", "financiering": "ZIN", "begindatum": "%s",
                   "einddatum": "%s", "periode": "WEEK", "posten": [%s]%s}]}
                """.formatted(peildatum, geboortedatum, extra, begin, eind, POST, extraRegel);
    }

    private static String goed() {
        return aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2027-02-28", "", "");
    }

    private static List<Invoerfout> fouten(String json) {
        try {
            AanvraagLezer.lees(json);
        } catch (OngeldigeAanvraagException e) {
            return e.fouten();
        }
        throw new AssertionError("de aanvraag werd niet afgewezen");
    }

    private static String lijst(int aantal, String element) {
        return IntStream.range(0, aantal).mapToObj(i -> element).collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void deBasisIsGeldig() {
        assertThat(AanvraagLezer.lees(goed()).producten()).hasSize(1);
    }

    // 1. Dates

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-01-01", "-999999999-01-01", "1899-12-31", "2201-01-01", "0000-01-01", "9999-12-31"})
    void peildatumBuitenHetBereikNoemtHetVeld(String datum) {
        assertThat(fouten(goed().replace("\"peildatum\": \"2026-03-01\"", "\"peildatum\": \"" + datum + "\"")))
                .singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("peildatum");
                    assertThat(f.code()).isEqualTo("DATUM_BUITEN_BEREIK");
                    assertThat(f.melding()).startsWith("moet tussen 1900-01-01 en 2200-12-31 liggen");
                });
    }

    @Test
    void deGrenzenZelfZijnGeldig() {
        AanvraagLezer.lees(aanvraag("2200-12-31", "1900-01-01", "1900-01-01", "2200-12-31", "", ""));
    }

    @Test
    void elkeDatumIsBegrensd() {
        String lopend = """
                 "lopende_toewijzingen": [{"id": "T1", "product": "ondersteuning-individueel",
                   "begindatum": "-999999999-01-01", "einddatum": "+999999999-12-31"}],""";
        String gezin = ", \"gezin\": [{\"naam\": \"Mees\", \"geboortedatum\": \"1000-01-01\"}]";
        List<Invoerfout> f = fouten(aanvraag("+999999999-01-01", "0001-01-01", "-999999999-01-01", "+999999999-12-31",
                gezin, lopend));
        assertThat(f).extracting(Invoerfout::pad).containsExactlyInAnyOrder("peildatum", "client.geboortedatum",
                "lopende_toewijzingen[0].begindatum", "lopende_toewijzingen[0].einddatum",
                "producten[0].begindatum", "producten[0].einddatum", "producten[0].gezin[0].geboortedatum");
        assertThat(f).extracting(Invoerfout::code).containsOnly("DATUM_BUITEN_BEREIK");
    }

    @Test
    void deLangstMogelijkeGeldigheidIsSnelBerekend() {
        // 1900 to 2200: the engine must still answer at once (a begindatum of -999999999 used to run for minutes).
        Aanvraag a = AanvraagLezer.lees(aanvraag("2200-12-31", "1900-01-01", "1900-01-01", "2200-12-31", "", ""));
        assertTimeoutPreemptively(HANGT_NIET, () -> new Indicatiemotor(Repo.regelingen()).bereken(a));
    }

    // 2. Sizes, checked while reading

    @Test
    void teVeelProductregels() {
        assertThat(fouten("{\"regio\": \"achterhoek\", \"peildatum\": \"2026-03-01\", \"producten\": "
                + lijst(51, "{\"product\": \"x\"}") + "}"))
                .singleElement().hasToString("producten: maximaal 50 productregels in één aanvraag")
                .extracting(Invoerfout::code).isEqualTo("TE_VEEL");
    }

    @Test
    void teVeelPostenLopendeToewijzingenEnKinderen() {
        assertThat(fouten(goed().replace("[" + POST + "]", lijst(201, POST))))
                .singleElement().hasToString("producten[0].posten: maximaal 200 posten per productregel");
        assertThat(fouten(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2027-02-28",
                ", \"gezin\": " + lijst(21, "{\"naam\": \"Mees\", \"geboortedatum\": \"2016-08-12\"}"), "")))
                .singleElement().hasToString("producten[0].gezin: maximaal 20 kinderen in het gezin van één productregel");
        String lopend = "{\"id\": \"T\", \"product\": \"p\", \"begindatum\": \"2025-01-01\", \"einddatum\": \"2025-12-31\"}";
        assertThat(fouten(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2027-02-28", "",
                "\"lopende_toewijzingen\": " + lijst(201, lopend) + ",")))
                .singleElement().hasToString("lopende_toewijzingen: maximaal 200 lopende toewijzingen in één aanvraag");
    }

    @Test
    void eenVloedAanInvoerStoptMeteen() {
        // a million posten in one line: refused at the 201st, long before the rest is read
        String vloed = goed().replace("[" + POST + "]", lijst(1_000_000, "1"));
        assertTimeoutPreemptively(HANGT_NIET, () -> assertThat(fouten(vloed)).singleElement()
                .hasToString("producten[0].posten: maximaal 200 posten per productregel"));
        // an unknown list has a limit too
        assertThat(fouten(goed().replace("\"regio\"", "\"x\": " + lijst(5_000, "0") + ", \"regio\"")))
                .singleElement().hasToString("x: maximaal 1000 elementen in één lijst");
    }

    @Test
    void teGroteInvoer() {
        String groot = goed() + " ".repeat(JsonVelden.MAXIMALE_GROOTTE);
        assertThat(fouten(groot)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TE_GROOT");
            assertThat(f.melding()).contains("10 MB");
        });
    }

    @Test
    void diepeNestingTeLangeTekstEnTeLangGetal() {
        String diep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(fouten(goed().replace("\"regio\"", "\"x\": " + diep + ", \"regio\""))).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("TE_DIEP"));
        assertThat(fouten(goed().replace("\"posten\"", "\"motivering\": \"" + "a".repeat(20_001) + "\", \"posten\"")))
                .singleElement().hasToString("producten[0].motivering: tekst van meer dan 20000 tekens");
        assertThat(fouten(goed().replace("\"uren\": 1", "\"uren\": 1" + "0".repeat(200)))).singleElement()
                .hasToString("producten[0].posten[0].uren: een getal van meer dan 100 tekens");
        // beyond 20 000 digits Jackson speaks of a "String value length"; it is still that number, at its own path
        assertThat(fouten(goed().replace("\"uren\": 1", "\"uren\": 1" + "0".repeat(100_000)))).singleElement()
                .hasToString("producten[0].posten[0].uren: een getal van meer dan 100 tekens");
        assertThat(fouten(goed().replace("\"regio\"", "\"x\": [1, 2" + "0".repeat(150) + "], \"regio\""))).singleElement()
                .hasToString("x[1]: een getal van meer dan 100 tekens");
        assertThat(fouten(goed().replace("\"uren\": 1", "\"uren\": 1e99999999999"))).singleElement()
                .extracting(Invoerfout::code).isEqualTo("TE_GROOT");
    }

    // 3. Text after the object, duplicate keys

    @ParameterizedTest
    @ValueSource(strings = {" {}", "x", "]", "\u0000", " // commentaar", "{\"regio\": \"x\"}"})
    void tekstNaHetObjectWordtGeweigerd(String staart) {
        assertThat(fouten(goed() + staart)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("GEEN_JSON");
            assertThat(f.melding()).contains("na het einde van het JSON-object staat nog tekst");
        });
    }

    @Test
    void witruimteNaHetObjectMag() {
        assertThat(AanvraagLezer.lees(goed() + " \n\t\r\n").producten()).hasSize(1);
    }

    @Test
    void dubbelVeldNoemtZijnPad() {
        assertThat(fouten(goed().replace("\"uren\": 1,", "\"uren\": 1, \"uren\": 2,"))).singleElement()
                .hasToString("producten[0].posten[0].uren: staat er twee keer in");
    }

    // 4. Invisible motivations

    @ParameterizedTest
    @ValueSource(strings = {"   ", "\u200B", "\uFEFF", "\u00A0\u00A0", "\u200B \u200C\u200D\u2060", "\u202E\u202C", "\t\n\r",
            "\u3000\u2800", "\u0007\u001B"})
    void eenOnzichtbareMotiveringIsGeenMotivering(String motivering) {
        assertThat(regel(motivering).heeftMotivering()).isFalse();
        String json = goed().replace("\"posten\"", "\"motivering\": \"" + jsonTekst(motivering) + "\", \"posten\"");
        assertThat(AanvraagLezer.lees(json).producten().get(0).heeftMotivering()).isFalse();
    }

    @Test
    void eenZichtbareMotiveringTelt() {
        assertThat(regel("\u200Bja").heeftMotivering()).isTrue();
        assertThat(regel("é").heeftMotivering()).isTrue();
        assertThat(regel("😀").heeftMotivering()).isTrue();
    }

    private static Productregel regel(String motivering) {
        return new Productregel(new Productkeuze("p", null, null, null, null), Regelsoort.NIEUW, new Looptijd(null, null),
                new Volumeverzoek(null, null, null, List.of()), new Onderbouwing(motivering, null), List.of());
    }

    private static String jsonTekst(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.toString();
    }

    // 5. Running allocations: unique ids, an extension moves the end date later

    private static final String LOPEND = """
             "lopende_toewijzingen": [
               {"id": "T1", "product": "ondersteuning-individueel", "begindatum": "2025-03-01", "einddatum": "2026-08-31"},
               {"id": "%s", "product": "ondersteuning-individueel", "begindatum": "2025-03-01", "einddatum": "2026-08-31"}],""";

    @Test
    void tweeLopendeToewijzingenMetHetzelfdeId() {
        assertThat(fouten(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2027-02-28", "", LOPEND.formatted("T1"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("lopende_toewijzingen[1].id");
                    assertThat(f.code()).isEqualTo("DUBBEL_ID");
                });
        AanvraagLezer.lees(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2027-02-28", "", LOPEND.formatted("T2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-08-31", "2026-06-30", "2025-01-01"})
    void eenVerlengingNaarEerderOfGelijkWordtGeweigerd(String eind) {
        assertThat(fouten(aanvraag("2026-03-01", "2013-04-12", "2024-01-01", eind, ", \"verlengt\": \"T2\"",
                LOPEND.formatted("T2")))).singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("producten[0].einddatum");
                    assertThat(f.code()).isEqualTo("VERLENGING_NIET_LATER");
                    assertThat(f.melding()).contains("2026-08-31").contains("'T2'");
                });
    }

    @Test
    void eenVerlengingNaarLaterIsGeldig() {
        AanvraagLezer.lees(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2026-09-01", ", \"verlengt\": \"T2\"",
                LOPEND.formatted("T2")));
    }

    // 6. A line is new, or a verlenging, overgang or terugval of one running allocation: never two at once

    @ParameterizedTest
    @ValueSource(strings = {
            "\"verlengt\": \"T1\", \"overgang_van\": \"T2\" | producten[0].overgang_van | \"verlengt\"",
            "\"verlengt\": \"T1\", \"terugval_na\": \"T2\" | producten[0].terugval_na | \"verlengt\"",
            "\"terugval_na\": \"T2\", \"overgang_van\": \"T1\" | producten[0].terugval_na | \"overgang_van\"",
            "\"wijzigt\": \"T2\", \"verlengt\": \"T1\" | producten[0].wijzigt | \"verlengt\"",
            "\"wijzigt\": \"T1\", \"terugval_na\": \"T2\" | producten[0].wijzigt | \"terugval_na\""})
    void tweeSoortenOpEenRegelWordenGeweigerd(String geval) {
        String[] delen = geval.split(" \\| ");
        assertThat(fouten(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2027-02-28", ", " + delen[0],
                LOPEND.formatted("T2")))).singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo(delen[1]);
                    assertThat(f.code()).isEqualTo("TEGENSTRIJDIG");
                    assertThat(f.melding()).startsWith("kan niet samen met " + delen[2]);
                });
    }

    @Test
    void alleDrieSoortenOpEenRegelGevenTweeFouten() {
        assertThat(fouten(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2027-02-28",
                ", \"verlengt\": \"T1\", \"overgang_van\": \"T1\", \"terugval_na\": \"T2\"", LOPEND.formatted("T2"))))
                .extracting(Invoerfout::pad, Invoerfout::code)
                .containsExactly(Tuple.tuple("producten[0].overgang_van", "TEGENSTRIJDIG"),
                        Tuple.tuple("producten[0].terugval_na", "TEGENSTRIJDIG"));
    }

    @Test
    void elkeSoortWordtHaarEigenType() {
        assertThat(soort("")).isEqualTo(Regelsoort.NIEUW);
        assertThat(soort(", \"verlengt\": \"T2\"")).isEqualTo(new Regelsoort.Verlengt("T2"));
        assertThat(soort(", \"overgang_van\": \"T2\"")).isEqualTo(new Regelsoort.OvergangVan("T2"));
        assertThat(soort(", \"terugval_na\": \"T2\"")).isEqualTo(new Regelsoort.TerugvalNa("T2"));
        assertThat(soort(", \"wijzigt\": \"T2\"")).isEqualTo(new Regelsoort.Wijzigt("T2"));
    }

    private static Regelsoort soort(String extraRegel) {
        return AanvraagLezer.lees(aanvraag("2026-03-01", "2013-04-12", "2026-03-01", "2026-09-01", extraRegel,
                LOPEND.formatted("T2"))).producten().get(0).soort();
    }
}
