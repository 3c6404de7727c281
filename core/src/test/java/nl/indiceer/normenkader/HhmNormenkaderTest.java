package nl.indiceer.normenkader;

import static nl.indiceer.normenkader.Normtest.fouten;
import static nl.indiceer.normenkader.Normtest.meegeleverd;
import static nl.indiceer.normenkader.Normtest.normeer;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.indiceer.regeling.Bron;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Bevindingtekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HHM 2025 structure: seven result areas, no invented minutes, the two-weekly rhythm (150 minutes per
 * two weeks) and the CRvB reference points (153 + 21 minutes per week, ECLI:NL:CRVB:2025:601).
 */
class HhmNormenkaderTest {

    private static final String TWEEWEKELIJKS = """
            {"normenkader": "hhm-2025", "peildatum": "2026-01-15",
             "taken": [{"taak": "schoon-en-leefbaar-huis", "ritme": "twee_weken"}]}
            """;

    @TempDir
    Path tmp;

    private static Normenkader hhm() {
        return meegeleverd().voor("hhm-2025", LocalDate.of(2026, 1, 15));
    }

    @Test
    void zevenResultaatgebiedenZonderVerzonnenMinuten() {
        Normenkader k = hhm();
        assertThat(k.status()).isEqualTo(Normstatus.ONVOLLEDIG);
        assertThat(k.ontbreekt()).contains("bijlage 2").contains("niet als normtijd");
        // Result areas 1-6 are tasks; area 7 (niet-gemiddelde huishoudens) is the adjustment factor.
        assertThat(k.taken()).extracting(Taak::resultaatgebied).containsExactly("1. Schoon en leefbaar huis",
                "2. De was", "3. Boodschappen en maaltijden", "4. Verzorging van minderjarige kinderen",
                "5. Dagelijkse organisatie van het huishouden", "6. Advies, instructie en voorlichting");
        assertThat(k.factoren()).singleElement().satisfies(f -> {
            assertThat(f.naam()).contains("resultaatgebied 7");
            assertThat(f.werking()).isEqualTo(Factor.Werking.ONTBREEKT);
        });
        // The only minute value that is a norm is the two-weekly 150; every weekly norm is marked ontbreekt.
        for (Taak t : k.taken()) {
            for (Norm n : t.normen()) {
                if (n.ritme() == Normperiode.TWEE_WEKEN) {
                    assertThat(n.tijd()).isEqualTo(Tijd.minuten(BigDecimal.valueOf(150)));
                } else {
                    assertThat(n.tijd()).as(t.code()).isNull();
                    assertThat(n.ontbreekt()).as(t.code()).isNotBlank();
                }
            }
            if (t.normen().isEmpty()) {
                assertThat(t.ontbreekt()).as(t.code()).isNotBlank();
            }
        }
    }

    @Test
    void tweewekelijksRitme() {
        // 150 minutes per two weeks ÷ 2 = 75 per week; per month 75 × 52/12 = 325 exactly (no rounding).
        Normering n = normeer(TWEEWEKELIJKS);
        Taakuitkomst t = n.taken().get(0);
        assertThat(t.minuten().perWeek()).isEqualByComparingTo("75");
        assertThat(t.minuten().perMaand()).isEqualByComparingTo("325");
        assertThat(t.ritme()).isEqualTo(Normperiode.TWEE_WEKEN);
        assertThat(t.rekensom()).startsWith("Normtijd 150 minuten per twee weken (levering per twee weken) ÷ 2 = 75 minuten per week")
                .endsWith("Per maand: 75 × 52/12 weken = 325 minuten.");
        assertThat(t.bevindingen()).extracting(b -> b.code().name()).contains("NORM_VOORWAARDE", "NORM_ONDUIDELIJK");
        assertThat(n.bevindingen()).extracting(b -> b.code().name()).contains("NORMENKADER_ONVOLLEDIG");
    }

    @Test
    void tweewekelijksRitmeMetVierEnEenHalveWeekPerMaand() {
        // 75 per week × 4,5 = 337,5 → 338 per month (rounded up, never down).
        Normering n = normeer(TWEEWEKELIJKS.replace("\"taken\"", "\"weken_per_maand\": {\"waarde\": 4.5, \"bron\": \"test\"}, \"taken\""));
        assertThat(n.taken().get(0).minuten().perMaand()).isEqualByComparingTo("338");
        assertThat(n.taken().get(0).rekensom()).endsWith("75 × 4,5 weken = 337,5 minuten, naar boven afgerond 338 minuten.");
    }

    @Test
    void tweewekelijksRitmeMetDeConstanteVanDeRegio() throws Exception {
        // The region's rulebook says 4,33 weeks per month: 75 × 4,33 = 324,75 → 325.
        Normering n = Normtest.normeer(TWEEWEKELIJKS.replace("\"taken\"", "\"regio\": \"testregio\", \"taken\""),
                Normtest.regeling(tmp, "4.33"));
        assertThat(n.wekenPerMaand().tekst()).isEqualTo("4,33");
        assertThat(n.taken().get(0).minuten().perMaand()).isEqualByComparingTo("325");
        assertThat(n.bevindingen()).filteredOn(m -> m.code() == Bevindingcode.WEKEN_PER_MAAND).singleElement()
                .satisfies(m -> assertThat(Bevindingtekst.tekst(m)).contains("uit de regeling van testregio"));
    }

    @Test
    void regioZonderConstanteVolgtDeIndicatiemotor() throws Exception {
        // No weken_per_maand in the rulebook: like the engine, the calculator counts 52/12, with a warning.
        Normering n = Normtest.normeer(TWEEWEKELIJKS.replace("\"taken\"", "\"regio\": \"testregio\", \"taken\""),
                Normtest.regeling(tmp, null));
        assertThat(n.wekenPerMaand().tekst()).isEqualTo("52/12");
        assertThat(n.taken().get(0).minuten().perMaand()).isEqualByComparingTo("325");
        assertThat(n.bevindingen()).extracting(b -> b.code().name()).contains("WEKEN_PER_MAAND_NIET_IN_REGELING");
    }

    @Test
    void wekelijkseNormtijdOntbreektEnDeFoutZegtWaar() {
        assertThat(fouten("""
                {"normenkader": "hhm-2025", "peildatum": "2026-01-15", "taken": [{"taak": "schoon-en-leefbaar-huis"}]}
                """)).singleElement().asString()
                .startsWith("taken[0].taak: de normtijd van 'Schoon en leefbaar huis' (ritme week) ontbreekt in normenkader hhm-2025")
                .contains("Wel beschikbaar: ritme twee_weken")
                .contains("referentiepunt (153 minuten per week");
    }

    @Test
    void resultaatgebiedZonderNormtijd() {
        assertThat(fouten("""
                {"normenkader": "hhm-2025", "peildatum": "2026-01-15", "taken": [{"taak": "boodschappen-en-maaltijden"}]}
                """)).singleElement().asString()
                .startsWith("taken[0].taak: normenkader hhm-2025 geeft geen normtijd voor 'Boodschappen en maaltijden'");
    }

    @Test
    void referentiepuntenVanDeCrvb() {
        // ECLI:NL:CRVB:2025:601: 153 + 21 = 174 minutes per week. Per month: 153 × 52/12 = 663 and
        // 21 × 52/12 = 91 (both exact), total 754.
        Normering n = normeer("""
                {"normenkader": "hhm-2025", "peildatum": "2026-01-15",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "basis": "referentie"},
                           {"taak": "wasverzorging", "basis": "referentie"}]}
                """);
        assertThat(n.taken()).extracting(t -> t.minuten().perWeek()).containsExactly(BigDecimal.valueOf(153), BigDecimal.valueOf(21));
        assertThat(n.totaalPerWeek()).isEqualByComparingTo("174");
        assertThat(n.taken()).extracting(t -> t.minuten().perMaand()).containsExactly(BigDecimal.valueOf(663), BigDecimal.valueOf(91));
        assertThat(n.totaalPerMaand()).isEqualByComparingTo("754");
        assertThat(n.taken()).allSatisfy(t -> {
            assertThat(t.basis()).isEqualTo("referentie");
            assertThat(t.bevindingen()).extracting(b -> b.code().name()).contains("NORM_REFERENTIEPUNT");
            assertThat(t.bronnen()).extracting(Bron::documentId).contains("crvb-2025-601");
        });
    }

    @Test
    void eenGemeenteLaadtHaarEigenHhmTabel() {
        // The format takes the full tables when a municipality loads its own. The minutes below are TEST
        // VALUES chosen for easy arithmetic, not HHM's: 100 per week schoon en leefbaar huis, 20 per week was,
        // a household table (+10 per week for "3 of meer personen").
        Normenkader eigen = NormenkaderLezer.lees("gemeente-hhm.yaml", """
                id: gemeente-hhm
                naam: "HHM-normenkader zoals vastgesteld door een gemeente (testwaarden)"
                wet: wmo
                status: vastgesteld
                geldig_vanaf: 2026-01-01
                bron: "br:bijlage 2"
                bronnen:
                  - {id: br, titel: "Beleidsregels huishoudelijke ondersteuning (test)"}
                factoren:
                  - code: huishouden
                    naam: "Niet-gemiddeld huishouden"
                    soort: huishouden
                    tabel:
                      vraag: "Samenstelling"
                      rijen:
                        - {waarde: "1 of 2 personen", vermenigvuldiging: 1}
                        - {waarde: "3 of meer personen", minuten: 10, per: week}
                    bron: "br:4.7"
                taken:
                  - code: schoon-en-leefbaar-huis
                    naam: "Schoon en leefbaar huis"
                    bron: "br:4.1"
                    normen:
                      - {ritme: week, minuten: 100, per: week, bron: "br:4.1"}
                      - {ritme: twee_weken, minuten: 150, per: twee_weken, bron: "br:4.1"}
                  - code: wasverzorging
                    naam: "De was"
                    bron: "br:4.2"
                    normen:
                      - {minuten: 20, per: week, bron: "br:4.2"}
                """);
        Normering n = new Normcalculator(Normenkaders.van(java.util.List.of(eigen)), null).bereken(TakenLezer.lees("""
                {"normenkader": "gemeente-hhm", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "factoren": [{"factor": "huishouden", "waarde": "3 of meer personen"}]},
                           {"taak": "wasverzorging"}]}
                """));
        // (100 + 10) + 20 = 130 per week; per month 110 × 52/12 = 476,67 → 477 and 20 × 52/12 = 86,67 → 87: 564.
        assertThat(n.taken()).extracting(t -> t.minuten().perWeek()).containsExactly(BigDecimal.valueOf(110), BigDecimal.valueOf(20));
        assertThat(n.totaalPerWeek()).isEqualByComparingTo("130");
        assertThat(n.taken()).extracting(t -> t.minuten().perMaand()).containsExactly(BigDecimal.valueOf(477), BigDecimal.valueOf(87));
        assertThat(n.totaalPerMaand()).isEqualByComparingTo("564");
        assertThat(n.bevindingen()).extracting(b -> b.code().name()).doesNotContain("NORMENKADER_ONVOLLEDIG", "NORMENKADER_VOORBEELD");
    }
}
