package nl.indiceer.normenkader;

import static nl.indiceer.normenkader.Normtest.fouten;
import static nl.indiceer.normenkader.Normtest.normeer;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import java.time.LocalDate;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Bevindingtekst;
import org.junit.jupiter.api.Test;

/**
 * The example begeleiding normenkader: its status "voorbeeld — geen vastgesteld beleid" must appear in
 * every result computed with it; and the mechanics it shows (per occurrence × frequency, tables,
 * multipliers, capacity, per-occurrence factors).
 */
class VoorbeeldBegeleidingTest {

    private static final String STATUS = "voorbeeld — geen vastgesteld beleid";

    private static String taak(String taak) {
        return """
                {"normenkader": "voorbeeld-begeleiding", "peildatum": "2026-02-01", "taken": [%s]}
                """.formatted(taak);
    }

    @Test
    void statusStaatInElkeUitkomst() {
        Normering n = normeer(taak("{\"taak\": \"dagstructuur\", \"frequentie\": {\"keer\": 2, \"per\": \"week\"}}"));
        assertThat(n.status()).isEqualTo(Normstatus.VOORBEELD);
        assertThat(n.status().tekst()).isEqualTo(STATUS);
        assertThat(n.bevindingen()).filteredOn(m -> m.code() == Bevindingcode.NORMENKADER_VOORBEELD).singleElement()
                .satisfies(m -> {
                    assertThat(m.ernst()).isEqualTo(Ernst.WAARSCHUWING);
                    assertThat(Bevindingtekst.tekst(m)).contains(STATUS);
                });
        assertThat(NormeringTekst.schrijf(n)).contains("Status:      " + STATUS);
        assertThat(NormeringJson.schrijf(n)).contains("\"status\" : \"" + STATUS + "\"");
        assertThat(Productkoppeling.productregel(n, "begeleiding", Financiering.ZIN, LocalDate.of(2026, 2, 1),
                LocalDate.of(2027, 1, 31), Periode.MAAND).onderbouwing().motivering()).contains("status: " + STATUS);
    }

    @Test
    void perKeerMaalFrequentiePerMaand() {
        // 45 minutes × 2 per month = 90 per month; per week 90 ÷ 52/12 = 90 × 12 / 52 = 20,77 → 21;
        // per month back: 20,77 × 52/12 = 90 exactly.
        Taakuitkomst t = normeer(taak("{\"taak\": \"administratie\", \"frequentie\": {\"keer\": 2, \"per\": \"maand\"}}"))
                .taken().get(0);
        assertThat(t.minuten().perWeek()).isEqualByComparingTo("21");
        assertThat(t.minuten().perMaand()).isEqualByComparingTo("90");
        assertThat(t.rekensom()).startsWith("Normtijd 45 minuten per keer × 2 keer per maand = 90 minuten per maand ÷ 52/12 weken");
    }

    @Test
    void frequentieBuitenDeToegestaneWordtGeweigerd() {
        assertThat(fouten(taak("{\"taak\": \"administratie\", \"frequentie\": {\"keer\": 3, \"per\": \"week\"}}")))
                .containsExactly("taken[0].frequentie: 3 keer per week is voor 'Administratie en financiën' niet toegestaan; "
                        + "toegestaan: 1 keer per week, 2 keer per maand, 1 keer per maand");
        assertThat(fouten(taak("{\"taak\": \"dagstructuur\", \"frequentie\": {\"keer\": 6, \"per\": \"week\"}}")))
                .containsExactly("taken[0].frequentie: 6 keer per week is voor 'Dagstructuur' niet toegestaan; "
                        + "toegestaan: 1 tot en met 5 keer per week");
        assertThat(fouten(taak("{\"taak\": \"dagstructuur\"}"))).singleElement().asString()
                .startsWith("taken[0].frequentie: de normtijd van 'Dagstructuur' is per keer: geef de frequentie");
    }

    @Test
    void tabelMetVermenigvuldigingEnBelastbaarheid() {
        // 30 min × 1 per week = 30; household of 2: × 1,2 = 36; low belastbaarheid: × 1,25 = 45 per week;
        // per month 45 × 52/12 = 195.
        Taakuitkomst t = normeer(taak("""
                {"taak": "huishoudelijke-organisatie", "factoren": [
                  {"factor": "samenstelling-huishouden", "waarde": "2 personen"},
                  {"factor": "belastbaarheid", "waarde": "laag"}]}
                """)).taken().get(0);
        assertThat(t.minuten().perWeek()).isEqualByComparingTo("45");
        assertThat(t.minuten().perMaand()).isEqualByComparingTo("195");
        assertThat(t.factoren()).containsExactly("Samenstelling huishouden: 2 personen (× 1,2)",
                "Belastbaarheid van de cliënt: laag (× 1,25)");
    }

    @Test
    void tabelrijMetMinutenPerMaand() {
        // Two-weekly: 40 min × 1 per two weeks = 20 per week; 3+ persons: +20 per month = 20 ÷ 52/12 =
        // 4,615 per week; together 24,615 → 25 per week; per month 24,615 × 52/12 = 86,667 + 20 = 106,67 → 107.
        Taakuitkomst t = normeer(taak("""
                {"taak": "huishoudelijke-organisatie", "ritme": "twee_weken",
                 "factoren": [{"factor": "samenstelling-huishouden", "waarde": "3 of meer personen"}]}
                """)).taken().get(0);
        assertThat(t.minuten().perWeek()).isEqualByComparingTo("25");
        assertThat(t.minuten().perMaand()).isEqualByComparingTo("107");
    }

    @Test
    void onbekendeTabelwaardeNoemtDeKeuzes() {
        assertThat(fouten(taak("""
                {"taak": "huishoudelijke-organisatie", "factoren": [{"factor": "belastbaarheid", "waarde": "zeer laag"}]}
                """))).containsExactly("taken[0].factoren[0].waarde: 'zeer laag' staat niet in de tabel van factor "
                + "'belastbaarheid' (Hoe belastbaar is de cliënt (laag, gemiddeld, hoog)?); kies uit 'laag', 'gemiddeld', 'hoog'");
    }

    @Test
    void factorPerKeerMaalDeFrequentie() {
        // (20 + 10 extra) minutes × 5 per week = 150 per week; per month 150 × 52/12 = 650.
        Taakuitkomst t = normeer(taak("""
                {"taak": "zelfzorg", "frequentie": {"keer": 5, "per": "week"}, "factoren": [{"factor": "extra-tijd-beperking"}]}
                """)).taken().get(0);
        assertThat(t.minuten().perWeek()).isEqualByComparingTo("150");
        assertThat(t.minuten().perMaand()).isEqualByComparingTo("650");
    }

    @Test
    void capaciteitAlsDeelEnAlsMinuten() {
        // 30 × 4 per week = 120; netwerk takes 0,25: × 0,75 = 90; gebruikelijke hulp 30 min per maand =
        // 30 ÷ 52/12 = 6,923 per week: 83,077 → 84 per week; per month 83,077 × 52/12 = 360.
        Taakuitkomst t = normeer(taak("""
                {"taak": "dagstructuur", "frequentie": {"keer": 4, "per": "week"},
                 "capaciteit": [
                   {"soort": "netwerk", "deel": 0.25, "toelichting": "Buurvrouw loopt de planning op vrijdag door."},
                   {"soort": "gebruikelijke_hulp", "minuten": 30, "per": "maand", "toelichting": "Partner maakt de maandplanning."}]}
                """)).taken().get(0);
        assertThat(t.minuten().perWeek()).isEqualByComparingTo("84");
        assertThat(t.minuten().perMaand()).isEqualByComparingTo("360");
        assertThat(t.rekensom()).contains("× (1 − 0,25) (netwerk: Buurvrouw loopt de planning op vrijdag door) = 90 minuten per week")
                .contains("− 30 minuten per maand (gebruikelijke hulp: Partner maakt de maandplanning; ÷ 52/12 weken");
    }

    @Test
    void meerDanDeHeleTaakOvernemenWordtGeweigerd() {
        assertThat(fouten(taak("""
                {"taak": "dagstructuur", "frequentie": {"keer": 1, "per": "week"},
                 "capaciteit": [{"soort": "netwerk", "minuten": 45, "per": "week", "toelichting": "Zus."}]}
                """))).singleElement().asString().startsWith("taken[0].capaciteit: de uitkomst voor 'Dagstructuur' is negatief");
    }

    @Test
    void afwijkingBlijftZichtbaar() {
        // 60 min × 1 per week = 60, deviation −15 per week = 45 per week; per month 45 × 52/12 = 195.
        Normering n = normeer(taak("""
                {"taak": "sociale-contacten", "frequentie": {"keer": 1, "per": "week"},
                 "afwijking": {"minuten": -15, "per": "week", "motivering": "Gaat al zelfstandig naar de inloop."}}
                """));
        Taakuitkomst t = n.taken().get(0);
        assertThat(t.minuten().perWeek()).isEqualByComparingTo(BigDecimal.valueOf(45));
        assertThat(t.minuten().perMaand()).isEqualByComparingTo(BigDecimal.valueOf(195));
        assertThat(t.invoer().afwijking().motivering()).isEqualTo("Gaat al zelfstandig naar de inloop.");
        assertThat(t.rekensom()).contains("− 15 minuten per week (afwijking van de consulent: Gaat al zelfstandig naar de inloop)");
        assertThat(t.bevindingen()).extracting(b -> b.code().name()).contains("AFWIJKING");
        assertThat(NormeringTekst.schrijf(n)).contains("Afwijking: -15 minuten per week; motivering: Gaat al zelfstandig naar de inloop.");
        assertThat(Productkoppeling.motivering(n, Periode.MAAND))
                .contains("Afwijking bij Sociale contacten en netwerk: -15 minuten per week; motivering: Gaat al zelfstandig naar de inloop.");
    }
}
