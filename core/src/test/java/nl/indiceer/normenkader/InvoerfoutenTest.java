package nl.indiceer.normenkader;

import static nl.indiceer.normenkader.Normtest.fouten;
import static nl.indiceer.normenkader.Normtest.kpmg;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invalid taken.json: every problem names its JSON path and, for unknown names, the name itself. */
class InvoerfoutenTest {

    @Test
    void afwijkingZonderMotiveringWordtGeweigerd() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "afwijking": {"minuten": 20, "per": "week"}}]}
                """)).containsExactly("taken[0].afwijking.motivering: ontbreekt: een afwijking van de norm mag alleen met "
                + "een motivering (waarom deze cliënt meer of minder tijd nodig heeft)");
    }

    @Test
    void afwijkingMetLegeMotiveringWordtGeweigerd() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "afwijking": {"uren": 1, "per": "maand", "motivering": "  "}}]}
                """)).singleElement().asString().startsWith("taken[0].afwijking.motivering: ontbreekt");
    }

    @Test
    void onbekendeTaakNoemtZichzelf() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis"}, {"taak": "ramen-lappen"}]}
                """)).containsExactly("taken[1].taak: onbekende taak 'ramen-lappen' in normenkader kpmg-hbel-2021; "
                + "kies uit schoon-en-leefbaar-huis");
    }

    @Test
    void onbekendeFactorNoemtZichzelf() {
        assertThat(fouten(kpmg("beperkingen-enig-extra", "extra-kamer"))).singleElement().asString()
                .startsWith("taken[0].factoren[1].factor: onbekende factor 'extra-kamer' voor taak 'schoon-en-leefbaar-huis' "
                        + "in normenkader kpmg-hbel-2021; kies uit minder-inzet-eigen-mogelijkheden, beperkingen-enig-extra");
    }

    @Test
    void onbekendNormenkaderEnPeildatumVoorDeGeldigheid() {
        assertThat(fouten("""
                {"normenkader": "ciz-2006", "peildatum": "2026-03-01", "taken": [{"taak": "x"}]}
                """)).singleElement().asString().startsWith("normenkader: onbekend normenkader 'ciz-2006'; kies uit ");
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2020-06-01", "taken": [{"taak": "schoon-en-leefbaar-huis"}]}
                """)).containsExactly("peildatum: normenkader 'kpmg-hbel-2021' geldt niet op 2020-06-01; wel: 2021-01-01 t/m heden");
    }

    @Test
    void alleProblemenTegelijkMetHunPad() {
        assertThat(fouten("""
                {"normenkader": "voorbeeld-begeleiding", "peildatum": "2026-02-01", "extra": 1,
                 "taken": [{"taak": "dagstructuur", "frequentie": {"keer": 0, "per": "dag"},
                            "capaciteit": [{"soort": "mantelzorg", "deel": 1.5}]}]}
                """)).containsExactly(
                "taken[0].frequentie.keer: moet groter dan 0 zijn",
                "taken[0].frequentie.per: onbekende waarde 'dag'; kies uit week, twee_weken, maand, jaar",
                "taken[0].capaciteit[0].soort: onbekende waarde 'mantelzorg'; kies uit eigen_kracht, netwerk, "
                        + "gebruikelijke_hulp, voorliggende_voorziening",
                "taken[0].capaciteit[0].deel: is een deel van de taak: groter dan 0 en ten hoogste 1 (0.5 = de helft)",
                "taken[0].capaciteit[0].toelichting: ontbreekt: leg uit wie wat overneemt (eigen kracht, netwerk, "
                        + "gebruikelijke hulp of voorliggende voorziening)",
                "extra: onbekend veld");
    }

    @Test
    void frequentieBijEenNormPerPeriodeWordtGeweigerd() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "frequentie": {"keer": 1, "per": "week"}}]}
                """)).containsExactly("taken[0].frequentie: alleen bij een normtijd per keer; de normtijd van "
                + "'Schoon en leefbaar huis' is per jaar");
    }

    @Test
    void aantalAlleenBijEenFactorDieTelt() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "factoren": [{"factor": "extra-kamer-in-gebruik", "aantal": 2}]}]}
                """)).containsExactly("taken[0].factoren[0].aantal: factor 'extra-kamer-in-gebruik' telt niet per stuk; laat 'aantal' weg");
    }

    @Test
    void geenJson() {
        assertThat(fouten("{\"normenkader\": ")).singleElement().asString().startsWith("$: geen geldige JSON");
    }

    @Test
    void dezelfdeTaakTweeKeerWordtGeweigerd() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis"}, {"taak": "schoon-en-leefbaar-huis", "ritme": "week"}]}
                """)).containsExactly("taken[1].taak: taak 'schoon-en-leefbaar-huis' staat er al in (taken[0]); "
                + "noem elke taak één keer");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-4.33", "3.99", "5.01", "30", "1e7"})
    void absurdeWekenPerMaandWordenGeweigerd(String waarde) {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "weken_per_maand": {"waarde": %s, "bron": "eigen beleid"},
                 "taken": [{"taak": "schoon-en-leefbaar-huis"}]}
                """.formatted(waarde))).singleElement().asString().startsWith("weken_per_maand.waarde: ");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"4", "4.3333", "4.33", "4.348", "4.5", "5"})
    void aannemelijkeWekenPerMaandWordenGebruikt(String waarde) {
        assertThat(Normtest.normeer("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "weken_per_maand": {"waarde": %s, "bron": "eigen beleid"},
                 "taken": [{"taak": "schoon-en-leefbaar-huis"}]}
                """.formatted(waarde)).wekenPerMaand().waarde()).isNotNull();
    }

    @Test
    void peildatumBuitenHetBereik() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "+999999999-03-01", "taken": [{"taak": "schoon-en-leefbaar-huis"}]}
                """)).containsExactly("peildatum: moet tussen 1900-01-01 en 2200-12-31 liggen, niet '+999999999-03-01'");
    }

    @Test
    void teVeelTakenStoptHetLezen() {
        String taak = "{\"taak\": \"schoon-en-leefbaar-huis\"}, ";
        assertThat(fouten("{\"normenkader\": \"kpmg-hbel-2021\", \"peildatum\": \"2026-03-01\", \"taken\": ["
                + taak.repeat(100_000) + "{}]}")).containsExactly("taken: maximaal 500 taken in één normering");
    }

    @Test
    void tekstNaHetObject() {
        assertThat(fouten("""
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01", "taken": [{"taak": "schoon-en-leefbaar-huis"}]}
                {"normenkader": "kpmg-hbel-2021"}
                """)).singleElement().asString().contains("na het einde van het JSON-object staat nog tekst");
    }
}
