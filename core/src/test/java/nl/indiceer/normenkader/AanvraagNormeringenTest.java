package nl.indiceer.normenkader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Besluitvorming;
import nl.indiceer.beschikking.Normenkadergebruik;
import nl.indiceer.beschikking.OnvolledigBesluitException;
import nl.indiceer.beschikking.Ontbrekend;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Regelingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request line's task form ({@code producten[].normering}) is computed on the request's peildatum and region, and a
 * decision records its result and edition (issue 8: "the normenkader result where one was used (with its edition)").
 */
class AanvraagNormeringenTest {

    private static final String NORMERING = """
            {"normenkader": "voorbeeld-begeleiding",
             "taken": [
               {"taak": "administratie", "frequentie": {"keer": 1, "per": "week"}},
               {"taak": "sociale-contacten", "frequentie": {"keer": 1, "per": "twee_weken"},
                "afwijking": {"minuten": 10, "per": "week", "motivering": "Eerste maanden extra oefenen met de bus."}}]}""";

    @TempDir
    Path tmp;

    private static String aanvraag(String periode, String normering) {
        return """
                {"regio": "testregio", "peildatum": "2026-02-01", "client": {"geboortedatum": "1980-01-01"},
                 "producten": [
                   {"product": "begeleiding", "financiering": "ZIN", "begindatum": "2026-02-01", "einddatum": "2027-01-31",
                    "periode": "%s", "motivering": "Volgens de normering.",
                    "posten": [{"omschrijving": "begeleiding", "minuten": 369, "per": "%s"}],
                    "normering": %s},
                   {"product": "begeleiding", "financiering": "ZIN", "begindatum": "2026-02-01", "einddatum": "2027-01-31",
                    "periode": "MAAND", "posten": [{"omschrijving": "zonder normering", "minuten": 60, "per": "maand"}]}]}
                """.formatted(periode, periode.toLowerCase(), normering);
    }

    @Test
    void hetResultaatPerMaandMetDeEditieKomtInDeBeschikking() throws Exception {
        // As ProductkoppelingTest (weken_per_maand 4,33 of the request's region): 195 + 174 = 369 minutes per month.
        Regelingen regelingen = Normtest.regeling(tmp, "4.33");
        Aanvraag a = AanvraagLezer.lees(aanvraag("MAAND", NORMERING));
        AanvraagNormeringen.Resultaat r = AanvraagNormeringen.van(a, new Normcalculator(Normtest.meegeleverd(), regelingen));
        assertThat(r.onvolledig()).isEmpty();
        assertThat(r.berekend()).containsOnlyKeys(0);
        assertThat(r.berekend().get(0).totaalPerMaand()).isEqualByComparingTo("369");

        Uitkomst u = new Indicatiemotor(regelingen).bereken(a);
        Beschikking b = Besluitvorming.besluit(a, u, Beschikkingsoort.EERSTE, null,
                Map.of(0, Regelkeuze.toekennen("Zie de normering."), 1, Regelkeuze.toekennen("Zie de normering.")), r.voorBesluit(a), "K-1", 1, "0505",
                "anna", Instant.parse("2026-02-01T10:00:00Z"));
        String editie = Normtest.meegeleverd().voor("voorbeeld-begeleiding", a.peildatum()).geldigheid().vanaf().toString();
        assertThat(b.regels().get(0).normenkader())
                .isEqualTo(new Normenkadergebruik("voorbeeld-begeleiding", editie, new java.math.BigDecimal("369"), Periode.MAAND));
        assertThat(b.regels().get(1).normenkader()).isNull();
    }

    @Test
    void eenWeekregelLegtMinutenPerWeekVast() throws Exception {
        // 45 + 40 = 85 minutes per week (see ProductkoppelingTest.postenPerWeek)
        Regelingen regelingen = Normtest.regeling(tmp, "4.33");
        Aanvraag a = AanvraagLezer.lees(aanvraag("WEEK", NORMERING));
        Normenkadergebruik g = AanvraagNormeringen.van(a, new Normcalculator(Normtest.meegeleverd(), regelingen))
                .voorBesluit(a).gebruikt().get(0);
        assertThat(g.minuten()).isEqualByComparingTo("85");
        assertThat(g.per()).isEqualTo(Periode.WEEK);
    }

    @Test
    void eenOnvolledigeNormeringHoudtDeToekenningTegenMetHaarPad() throws Exception {
        Regelingen regelingen = Normtest.regeling(tmp, "4.33");
        Aanvraag a = AanvraagLezer.lees(aanvraag("MAAND", """
                {"normenkader": "voorbeeld-begeleiding", "taken": [{"taak": "bestaat-niet"}]}"""));
        AanvraagNormeringen.Resultaat r = AanvraagNormeringen.van(a, new Normcalculator(Normtest.meegeleverd(), regelingen));
        assertThat(r.berekend()).isEmpty();
        assertThat(r.onvolledig().get(0)).extracting(Invoerfout::pad).allMatch(p -> p.startsWith("producten[0].normering"));

        Uitkomst u = new Indicatiemotor(regelingen).bereken(a);
        var toekennen = Map.of(0, Regelkeuze.toekennen("Zie de normering."), 1, Regelkeuze.toekennen("Zie de normering."));
        assertThat(Besluitvorming.ontbrekend(a, u, Beschikkingsoort.EERSTE, toekennen, r.voorBesluit(a)))
                .extracting(Ontbrekend::code, Ontbrekend::regel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Ontbrekend.Code.NORMERING_ONVOLLEDIG, 0));
        assertThatThrownBy(() -> Besluitvorming.besluit(a, u, Beschikkingsoort.EERSTE, null, toekennen, r.voorBesluit(a),
                "K-1", 1, "0505", "anna", Instant.now())).isInstanceOf(OnvolledigBesluitException.class);
        // refusing the line needs no norm
        var afwijzen = Map.of(0, new Regelkeuze(new Regelbesluit.Afwijzing("Niet nodig."), null, null),
                1, Regelkeuze.toekennen("Zie de normering."));
        assertThat(Besluitvorming.ontbrekend(a, u, Beschikkingsoort.EERSTE, afwijzen, r.voorBesluit(a))).isEmpty();
    }

    @Test
    void peildatumEnRegioHorenBijDeAanvraag() {
        assertThatThrownBy(() -> AanvraagLezer.lees(aanvraag("MAAND", """
                {"normenkader": "voorbeeld-begeleiding", "peildatum": "2020-01-01", "regio": "elders", "taken": []}""")))
                .isInstanceOfSatisfying(OngeldigeAanvraagException.class, e -> assertThat(e.fouten())
                        .extracting(Invoerfout::pad, Invoerfout::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("producten[0].normering.peildatum", "NIET_TOEGESTAAN"),
                                org.assertj.core.groups.Tuple.tuple("producten[0].normering.regio", "NIET_TOEGESTAAN")));
        assertThatThrownBy(() -> AanvraagLezer.lees(aanvraag("MAAND", "{\"taken\": []}")))
                .isInstanceOfSatisfying(OngeldigeAanvraagException.class, e -> assertThat(e.fouten())
                        .extracting(Invoerfout::pad).contains("producten[0].normering.normenkader"));
    }
}
