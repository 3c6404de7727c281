package nl.indiceer.rekensom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.getal.Breuk;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import org.junit.jupiter.api.Test;

/** The structured rekensom of worked examples, and the sentence the renderer writes from it. */
class RekensomTest {

    private static Regeluitkomst bereken(String voorbeeld) throws IOException {
        String json = Files.readString(Repo.root().resolve("docs/voorbeelden/" + voorbeeld));
        return new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(json)).regels().get(0);
    }

    @Test
    void maandVoorbeeld1_000_175_185() throws IOException {
        // 1 uur per week × 4,5 weken (000:216-218) + 0,5 uur per maand = 300 minuten per maand.
        Rekensom r = bereken("000-maand-voorbeeld-1.json").rekensom();
        assertThat(r.bekostiging()).isEqualTo(Bekostiging.PXQ);
        assertThat(r.periode()).isEqualTo(Periode.MAAND);
        assertThat(r.eenheid().basis()).isEqualTo(Eenheid.MINUUT);
        assertThat(r.stappen()).hasSize(2);

        Rekenstap week = r.stappen().get(0);
        assertThat(week.soort()).isEqualTo(Rekenstap.Soort.POST);
        assertThat(week.hoeveelheid()).isEqualByComparingTo("1");
        assertThat(week.eenheid()).isEqualTo(Eenheid.UUR);
        assertThat(week.per()).isEqualTo(Periode.WEEK);
        assertThat(week.omschrijving()).isEqualTo("begeleiding");
        assertThat(week.factor()).isEqualTo(Rekenfactor.maal(Breuk.van(9, 2), Periode.WEEK));
        assertThat(week.bron().kort()).isEqualTo("000:216-218");
        assertThat(week.subtotaal()).isEqualTo(Breuk.van(60));
        assertThat(week.uitkomst()).isEqualTo(Breuk.van(270));

        Rekenstap maand = r.stappen().get(1);
        assertThat(maand.per()).isEqualTo(Periode.MAAND);
        assertThat(maand.factor()).isNull();
        assertThat(maand.bron()).isNull();
        assertThat(maand.uitkomst()).isEqualTo(Breuk.van(30));

        assertThat(r.exact()).isEqualTo(Breuk.van(300));
        assertThat(r.toewijzing().volume()).isEqualByComparingTo("300");
        assertThat(r.toewijzing().totaal()).isEqualByComparingTo("3600");
        assertThat(RekensomTekst.zin(r)).isEqualTo("1 uur per week (begeleiding) × 4,5 weken + 0,5 uur per maand "
                + "(afstemming met het systeem) = 5 uur = 300 minuten per maand; toegewezen: 300 minuten per maand; "
                + "over de geldigheidsduur (12 maanden): 3.600 minuten.");
    }

    @Test
    void fasenInDagdelen_000() throws IOException {
        // 12 maanden × 2 dagdelen + 12 weken × 2 × 2 dagdelen = 72 dagdelen in total.
        Rekensom r = bereken("000-totaal-voorbeeld-2-zorgboerderij.json").rekensom();
        assertThat(r.stappen()).extracting(Rekenstap::soort).containsOnly(Rekenstap.Soort.FASE);
        assertThat(r.stappen().get(1).fase()).isEqualByComparingTo("12");
        assertThat(r.stappen().get(1).aantal()).isEqualByComparingTo("2");
        assertThat(r.stappen().get(1).subtotaal()).isEqualTo(Breuk.van(48 * 240));
        assertThat(RekensomTekst.zin(r)).isEqualTo("12 maanden × 2 dagdelen (één zaterdag per maand) = 24 dagdelen + "
                + "12 weken × 2 × 2 dagdelen (twee dagen in elke schoolvakantieweek) = 48 dagdelen = 72 dagdelen "
                + "(17.280 minuten) totaal binnen de geldigheidsduur; toegewezen: 72 dagdelen totaal binnen de geldigheidsduur.");
    }

    @Test
    void eenWeekpostOverDeGeldigheidsduurNoemtDeBronVanDeWeken_000_258() throws IOException {
        // 2 uur per week × 52 weken: a year of 12 whole months counts 12 × 52/12 weeks (000:258).
        Regeluitkomst u = bereken("000-tbgt-wmo-extra.json");
        Rekenstap s = u.rekensom().stappen().get(0);
        assertThat(s.factor().bewerking()).isEqualTo(Rekenfactor.Bewerking.MAAL);
        assertThat(s.factor().waarde()).isEqualTo(u.duur().exacteWeken());
        assertThat(s.factor().waarde()).isEqualTo(Breuk.van(52));
        assertThat(s.bron().kort()).isEqualTo("000:258");
    }

    @Test
    void eenTrajectHeeftEenBeschrijvendeStap() throws IOException {
        Rekensom r = bereken("001-traject-ggz-zwaar-venray.json").rekensom();
        assertThat(r.heeftVolume()).isFalse();
        assertThat(r.bekostiging()).isEqualTo(Bekostiging.TRAJECT);
        assertThat(r.stappen()).singleElement().satisfies(s -> {
            assertThat(s.soort()).isEqualTo(Rekenstap.Soort.BESCHRIJVING);
            assertThat(s.omschrijving()).isEqualTo("GGZ zwaar");
        });
        assertThat(RekensomTekst.zin(r)).isEqualTo("GGZ zwaar wordt bekostigd als traject; de toewijzing is een bedrag "
                + "binnen de geldigheidsduur van 8 maanden.");
    }

    @Test
    void afgerondNaarBoven_000() throws IOException {
        Rekensom r = bereken("000-uren-naar-boven-afgerond.json").rekensom();
        assertThat(r.toewijzing().afgerond()).isTrue();
        assertThat(r.toewijzing().exact()).isEqualTo(Breuk.van(new BigDecimal("1.5")));
        assertThat(RekensomTekst.zin(r)).endsWith("; naar boven afgerond: 2 uur per week; over de geldigheidsduur (52 weken): 104 uur.");
    }

    @Test
    void deJsonHeeftDeZinEnDeStappen() throws Exception {
        String json = Files.readString(Repo.root().resolve("docs/voorbeelden/000-maand-voorbeeld-1.json"));
        String uit = UitkomstJson.schrijf(new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(json)));
        JsonNode regel = new ObjectMapper().readTree(uit).get("regels").get(0);
        assertThat(regel.get("rekensom").asText()).startsWith("1 uur per week (begeleiding) × 4,5 weken");
        JsonNode stap = regel.get("rekensomstappen").get(0);
        assertThat(stap.get("soort").asText()).isEqualTo("POST");
        assertThat(stap.get("hoeveelheid").decimalValue()).isEqualByComparingTo("1");
        assertThat(stap.get("eenheid").asText()).isEqualTo("uur");
        assertThat(stap.get("per").asText()).isEqualTo("WEEK");
        assertThat(stap.get("omschrijving").asText()).isEqualTo("begeleiding");
        assertThat(stap.get("factor").get("bewerking").asText()).isEqualTo("MAAL");
        assertThat(stap.get("factor").get("waarde").get("teller").asLong()).isEqualTo(9);
        assertThat(stap.get("factor").get("waarde").get("noemer").asLong()).isEqualTo(2);
        assertThat(stap.get("factor").get("eenheid").asText()).isEqualTo("week");
        assertThat(stap.get("bron").asText()).endsWith("r. 216-218");
        assertThat(stap.get("uitkomst").get("decimaal").decimalValue()).isEqualByComparingTo("270");
        assertThat(regel.get("volume").get("exact").get("teller").asLong()).isEqualTo(300);
    }
}
