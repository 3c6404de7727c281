package nl.indiceer.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gets one problem per field, naming its JSON path. */
class AanvraagLezerTest {

    private static final String GOED = """
            {"regio": "achterhoek", "peildatum": "2026-03-01", "client": {"geboortedatum": "2013-04-12"},
             "producten": [
               {"product": "ondersteuning-individueel", "financiering": "ZIN", "begindatum": "2026-03-01",
                "einddatum": "2027-02-28", "periode": "WEEK", "posten": [{"uren": 1, "per": "week"}]},
               {"product": "ondersteuning-individueel", "financiering": "ZIN", "begindatum": "2026-03-01",
                "einddatum": "2027-02-28", "periode": "WEEK", "posten": [{"uren": 1, "per": "week"}]}]}
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
    void goedeAanvraag() {
        Aanvraag a = AanvraagLezer.lees(GOED);
        assertThat(a.producten()).hasSize(2);
        assertThat(a.producten().get(0).posten().get(0).aantal()).isEqualByComparingTo("1");
    }

    @Test
    void urenNulNoemtHetPad() {
        List<Invoerfout> f = fouten(GOED.replaceFirst("(?s)(.*)\"uren\": 1", "$1\"uren\": 0"));
        assertThat(f).singleElement().hasToString("producten[1].posten[0].uren: moet groter dan 0 zijn")
                .extracting(Invoerfout::code).isEqualTo("NIET_POSITIEF");
    }

    @Test
    void meerdereFoutenTegelijk() {
        List<Invoerfout> f = fouten(GOED.replace("\"periode\": \"WEEK\"", "\"periode\": \"KWARTAAL\"")
                .replace("2027-02-28", "2026-02-30").replace("\"financiering\": \"ZIN\"", "\"financiering\": \"ZIN\", \"kleur\": \"rood\""));
        assertThat(f).extracting(Invoerfout::toString).contains(
                "producten[0].periode: onbekende waarde 'KWARTAAL'; kies uit WEEK, MAAND, TOTAAL",
                "producten[0].einddatum: moet een bestaande datum JJJJ-MM-DD zijn, niet '2026-02-30'",
                "producten[0].kleur: onbekend veld");
    }

    @Test
    void absurdeGetallenWordenGeweigerd() {
        assertThat(fouten(GOED.replaceFirst("\"uren\": 1,", "\"uren\": 1e99999999,"))).singleElement()
                .extracting(Invoerfout::code).isEqualTo("TE_GROOT");
        assertThat(fouten(GOED.replaceFirst("\"uren\": 1,", "\"uren\": 1.0000004,"))).singleElement()
                .extracting(Invoerfout::code).isEqualTo("TE_VEEL_DECIMALEN");
    }

    @Test
    void duurInTweeEenheden() {
        List<Invoerfout> f = fouten(GOED.replaceFirst("\"uren\": 1,", "\"uren\": 1, \"minuten\": 30,"));
        assertThat(f).singleElement().extracting(Invoerfout::code).isEqualTo("DUBBELE_DUUR");
    }

    @Test
    void faseWekenAlleenBijPerWeek() {
        List<Invoerfout> f = fouten(GOED.replaceFirst("\"per\": \"week\"", "\"per\": \"maand\", \"weken\": 13"));
        assertThat(f).singleElement().hasToString("producten[0].posten[0].weken: alleen bij \"per\": \"week\" (aantal weken van deze fase)");
    }

    @Test
    void byteOrderMarkVanWindowsWordtGeaccepteerd() {
        assertThat(AanvraagLezer.lees("\uFEFF" + GOED).producten()).hasSize(2);
    }

    @Test
    void jsonFoutInHetNederlandsMetRegelEnKolom() {
        List<Invoerfout> f = fouten("{\"regio\": \"achterhoek\",\n \"peildatum\": 2026-03-01}");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.melding()).startsWith("geen geldige JSON bij regel 2, kolom");
            assertThat(x.melding()).doesNotContain("Source").doesNotContain("Unexpected");
        });
    }

    @Test
    void geenJson() {
        assertThatThrownBy(() -> AanvraagLezer.lees("{\"regio\": "))
                .isInstanceOfSatisfying(OngeldigeAanvraagException.class,
                        e -> assertThat(e.fouten()).singleElement().extracting(Invoerfout::code).isEqualTo("GEEN_JSON"));
    }

    @Test
    void eenPostKanEenConsultZijn() {
        Aanvraag a = AanvraagLezer.lees(GOED.replaceFirst("\\{\"uren\": 1, \"per\": \"week\"}",
                "{\"minuten\": 45, \"aantal\": 6, \"per\": \"totaal\", \"consult\": true}"));
        assertThat(a.producten().get(0).posten().get(0).consult()).isTrue();
        assertThat(a.producten().get(1).posten().get(0).consult()).isFalse();
    }

    @Test
    void consultIsJaOfNeeEnHeeftEenDuur() {
        assertThat(fouten(GOED.replaceFirst("\"per\": \"week\"}", "\"per\": \"week\", \"consult\": \"ja\"}")))
                .singleElement().hasToString("producten[0].posten[0].consult: moet true of false zijn")
                .extracting(Invoerfout::code).isEqualTo("GEEN_JA_NEE");
        assertThat(fouten(GOED.replaceFirst("\\{\"uren\": 1, \"per\": \"week\"}",
                "{\"stuks\": 1, \"per\": \"week\", \"consult\": true}")))
                .singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("producten[0].posten[0].consult");
                    assertThat(f.code()).isEqualTo("EENHEID_PAST_NIET");
                });
    }

    @Test
    void inzetTotLigtBinnenDeGeldigheid() {
        Aanvraag a = AanvraagLezer.lees(GOED.replaceFirst("\"einddatum\": \"2027-02-28\"",
                "\"einddatum\": \"2027-02-28\", \"inzet_tot\": \"2026-11-30\""));
        assertThat(a.producten().get(0).looptijd().inzetTot()).hasToString("2026-11-30");
        assertThat(a.producten().get(1).looptijd().inzetTot()).isNull();
        assertThat(fouten(GOED.replaceFirst("\"einddatum\": \"2027-02-28\"",
                "\"einddatum\": \"2027-02-28\", \"inzet_tot\": \"2027-03-01\"")))
                .singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("producten[0].inzet_tot");
                    assertThat(f.code()).isEqualTo("NA_EINDDATUM");
                });
        assertThat(fouten(GOED.replaceFirst("\"einddatum\": \"2027-02-28\"",
                "\"einddatum\": \"2027-02-28\", \"inzet_tot\": \"2026-02-28\"")))
                .singleElement().extracting(Invoerfout::code).isEqualTo("EINDE_VOOR_BEGIN");
        assertThat(fouten(GOED.replaceFirst("\"einddatum\": \"2027-02-28\"",
                "\"einddatum\": \"2027-02-28\", \"inzet_tot\": \"2026-13-01\"")))
                .singleElement().extracting(Invoerfout::code).isEqualTo("ONGELDIGE_DATUM");
    }

    @Test
    void referentieAanbiederWordtBewaardEnIsTenHoogste36Tekens() {
        // TR379: the engine ignores it, the 301 carries it; LDT_Referentie is 1 to 36 characters
        Aanvraag a = AanvraagLezer.lees(GOED.replaceFirst("\"financiering\": \"ZIN\",",
                "\"financiering\": \"ZIN\", \"referentie_aanbieder\": \"40A12341234\","));
        assertThat(a.producten().get(0).referentieAanbieder()).isEqualTo("40A12341234");
        assertThat(a.producten().get(1).referentieAanbieder()).isNull();
        assertThat(fouten(GOED.replaceFirst("\"financiering\": \"ZIN\",",
                "\"financiering\": \"ZIN\", \"referentie_aanbieder\": \"" + "x".repeat(37) + "\","))).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("TE_LANG");
                    assertThat(f.pad()).isEqualTo("producten[0].referentie_aanbieder");
                });
    }
}
