package nl.indiceer.berekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.rekensom.Rekenstap;
import org.junit.jupiter.api.Test;

/**
 * Posten picked from a helper table (Achterhoek, 000:68-123 and 000:141-153): the row's duration times the count,
 * the row named in the rekensom, and every wrong choice refused at its field, never guessed.
 */
class HulppostenTest {

    private static String voorbeeld(String naam) throws Exception {
        return Files.readString(Repo.root().resolve("docs/voorbeelden/" + naam));
    }

    private static Uitkomst bereken(String json) {
        return new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(json));
    }

    private static Invoerfout enigeFout(String json) {
        Throwable t = catchThrowable(() -> bereken(json));
        assertThat(t).as("de aanvraag hoort geweigerd te worden").isInstanceOf(OngeldigeAanvraagException.class);
        OngeldigeAanvraagException e = (OngeldigeAanvraagException) t;
        assertThat(e.fouten()).hasSize(1);
        return e.fouten().get(0);
    }

    @Test
    void deRijGeeftDeDuurEnStaatMetRedenInDeRekenstap() throws Exception {
        Uitkomst u = bereken(voorbeeld("000-hulp-1-gesprek-met-systeem.json"));
        Rekenstap stap = u.regels().get(0).rekensom().stappen().get(0);
        assertThat(stap.hoeveelheid()).isEqualByComparingTo("90");
        assertThat(stap.hulp().rij().keuze()).isEqualTo("een_gesprek_met_systeem");
        assertThat(stap.hulp().rij().reden()).contains("systeem");
        assertThat(stap.hulp().rij().bron().plaats()).isEqualTo("84, 117-123");
        assertThat(stap.hulp().hulptabel().aard().richtlijn()).as("seed 000 noemt zich een handreiking (000:54-56)").isTrue();
    }

    @Test
    void nGesprekkenZijnNUurPerWeek() throws Exception {
        for (int n = 2; n <= 12; n++) {
            String json = voorbeeld("000-hulp-3-gesprekken.json").replace("\"aantal\": 3", "\"aantal\": " + n);
            assertThat(bereken(json).regels().get(0).volume().volume()).as(n + " gesprekken (000:86-109)")
                    .isEqualByComparingTo(String.valueOf(60 * n));
        }
    }

    @Test
    void eenKeuzeDieNietBijHetAantalPastWordtGeweigerd() throws Exception {
        Invoerfout f = enigeFout(voorbeeld("000-hulp-1-gesprek-enkelvoudig.json").replace("\"aantal\": 1", "\"aantal\": 2"));
        assertThat(f.pad()).isEqualTo("producten[0].posten[0].keuze");
        assertThat(f.code()).isEqualTo("KEUZE_PAST_NIET");
        assertThat(f.melding()).contains("meerdere_gesprekken");
    }

    @Test
    void eenOnbekendeKeuzeNoemtDeKeuzes() throws Exception {
        Invoerfout f = enigeFout(voorbeeld("000-hulp-1-gesprek-enkelvoudig.json").replace("\"een_gesprek\"", "\"twee\""));
        assertThat(f.pad()).isEqualTo("producten[0].posten[0].keuze");
        assertThat(f.code()).isEqualTo("ONBEKENDE_KEUZE");
        assertThat(f.melding()).contains("een_gesprek", "een_gesprek_met_systeem");
    }

    @Test
    void eenOnbekendeTabelNoemtDeTabellen() throws Exception {
        Invoerfout f = enigeFout(voorbeeld("000-hulp-3-gesprekken.json").replace("contacten_per_week", "contacten"));
        assertThat(f.pad()).isEqualTo("producten[0].posten[0].hulp");
        assertThat(f.code()).isEqualTo("ONBEKENDE_HULP");
        assertThat(f.melding()).contains("contacten_per_week", "dagdelen_per_dag");
    }

    @Test
    void eenRegioZonderHulptabellenZegtDat() throws Exception {
        String json = voorbeeld("001-pgb-dagbesteding-per-uur.json");
        int posten = json.indexOf("\"posten\"");
        assertThat(posten).isPositive();
        int eind = json.indexOf(']', posten);
        json = json.substring(0, posten) + "\"posten\": [{\"hulp\": \"contacten_per_week\", \"aantal\": 2}" + json.substring(eind);
        Invoerfout f = enigeFout(json);
        assertThat(f.code()).isEqualTo("ONBEKENDE_HULP");
        assertThat(f.melding()).contains("geen hulptabellen");
    }

    @Test
    void eenTabelMetEigenPeriodeWeigertEenAndere() throws Exception {
        Invoerfout f = enigeFout(voorbeeld("000-hulp-3-gesprekken.json")
                .replace("\"aantal\": 3", "\"aantal\": 3, \"per\": \"maand\""));
        assertThat(f.pad()).isEqualTo("producten[0].posten[0].per");
        assertThat(f.code()).isEqualTo("PER_PAST_NIET");
    }

    @Test
    void eenTabelZonderPeriodeVraagtErOm() throws Exception {
        Invoerfout f = enigeFout(voorbeeld("000-hulp-naschools-3-dagen.json").replace(",\n          \"per\": \"week\"", ""));
        assertThat(f.pad()).isEqualTo("producten[0].posten[0].per");
        assertThat(f.code()).isEqualTo("VERPLICHT");
    }

    @Test
    void dagdelenPerMaandTellenAlsMaandpost() throws Exception {
        String json = voorbeeld("000-hulp-naschools-3-dagen.json").replace("\"per\": \"week\"", "\"per\": \"maand\"")
                .replace("\"periode\": \"WEEK\"", "\"periode\": \"MAAND\"");
        assertThat(bereken(json).regels().get(0).volume().volume()).isEqualByComparingTo("3");
    }

    @Test
    void eenEenheidDieNietBijHetProductPastNoemtDeHulp() throws Exception {
        String json = voorbeeld("000-hulp-3-gesprekken.json").replace("ondersteuning-individueel", "logeren");
        Invoerfout f = enigeFout(json);
        assertThat(f.pad()).isEqualTo("producten[0].posten[0].hulp");
        assertThat(f.code()).isEqualTo("EENHEID_PAST_NIET");
    }

    @Test
    void hulpMetEigenDuurOfHalfAantalOfKeuzeZonderHulpIsOngeldig() {
        String basis = """
                {"regio": "achterhoek", "peildatum": "2026-03-01", "client": {"geboortedatum": "2013-04-12"},
                 "producten": [{"product": "ondersteuning-individueel", "financiering": "ZIN", "begindatum": "2026-03-01",
                   "einddatum": "2027-02-28", "periode": "WEEK", "posten": [POST]}]}
                """;
        assertThat(lees(basis.replace("POST", "{\"hulp\": \"contacten_per_week\", \"aantal\": 2, \"minuten\": 60}")))
                .extracting(Invoerfout::pad, Invoerfout::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("producten[0].posten[0].minuten", "TEGENSTRIJDIG"));
        assertThat(lees(basis.replace("POST", "{\"hulp\": \"contacten_per_week\", \"aantal\": 1.5}")))
                .extracting(Invoerfout::pad, Invoerfout::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("producten[0].posten[0].aantal", "GEEN_AANTAL"));
        assertThat(lees(basis.replace("POST", "{\"keuze\": \"een_gesprek\", \"minuten\": 60, \"per\": \"week\"}")))
                .extracting(Invoerfout::pad, Invoerfout::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("producten[0].posten[0].hulp", "VERPLICHT"));
        assertThat(lees(basis.replace("POST", "{\"hulp\": \"dagdelen_per_dag\", \"keuze\": \"hele_dag\", \"weken\": 4}")))
                .extracting(Invoerfout::pad, Invoerfout::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("producten[0].posten[0].per", "VERPLICHT"));
    }

    private static java.util.List<Invoerfout> lees(String json) {
        Throwable t = catchThrowable(() -> AanvraagLezer.lees(json));
        assertThat(t).isInstanceOf(OngeldigeAanvraagException.class);
        return ((OngeldigeAanvraagException) t).fouten();
    }
}
