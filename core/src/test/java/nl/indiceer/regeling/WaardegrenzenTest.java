package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 'regeling controleer' refuses every value the engine cannot compute with or that makes no sense
 * (issue 6, section 2); each problem names the field and the line.
 */
class WaardegrenzenTest {

    private static Probleem enige(String yaml) {
        List<Probleem> p = Proef.problemen(yaml);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    private static String metConstante(String sleutel, String waarde) {
        return Proef.GOED + "constanten:\n  " + sleutel + ": {waarde: " + waarde + ", bron: \"P:9\"}\n";
    }

    @ParameterizedTest
    @CsvSource({"1e999999999, is te groot", "-1e999999999, is te groot", "10000000.01, is te groot",
            "1e-999999999, heeft te veel decimalen", "0.0000001, heeft te veel decimalen",
            "123456789012345678901234567890123456789012, moet een getal zijn"})
    void extremeGetallenWordenGeweigerd(String waarde, String melding) {
        Probleem p = enige(Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    limieten:\n"
                + "      - {per: WEEK, maximaal: " + waarde + ", eenheid: uur, bron: \"P:4\"}\n"));
        assertThat(p.veld()).isEqualTo("producten[0].limieten[0].maximaal");
        assertThat(p.regel()).isEqualTo(13);
        assertThat(p.melding()).startsWith(melding);
    }

    @ParameterizedTest
    @CsvSource({"etmaal, etmalen", "stuks, stuks", "traject, trajecten"})
    void eenAfgesprokenVolumeInEenEenheidDieNietPastWordtGeweigerd(String eenheid, String woord) {
        // a product in uren with an agreed 450 etmalen used to give "450 etmalen = 7,5 uur" in bereken
        Probleem p = enige(Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    vast_volume: {volume: 450, eenheid: "
                + eenheid + ", per: TOTAAL, bron: \"P:4\"}\n"));
        assertThat(p.veld()).isEqualTo("producten[0].vast_volume.eenheid");
        assertThat(p.melding()).isEqualTo("een afgesproken volume in " + woord + " past niet bij een product in uur");
    }

    @Test
    void eenAfgesprokenVolumeInMinutenPastBijEenProductInUren() {
        Regeling r = Proef.lees(Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    vast_volume: {volume: 450, "
                + "eenheid: minuut, per: TOTAAL, bron: \"P:4\"}\n"));
        assertThat(r.product("begeleiding").grenzen().vastVolume().volume()).isEqualByComparingTo("450");
    }

    @Test
    void grenswaardenZelfMogen() {
        Regeling r = Proef.lees(Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    limieten:\n"
                + "      - {per: WEEK, maximaal: 10000000, eenheid: uur, bron: \"P:4\"}\n"
                + "      - {per: MAAND, maximaal: 0.000001, eenheid: uur, bron: \"P:4\"}\n"));
        assertThat(r.product("begeleiding").grenzen().limieten()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"weken_per_maand, 4, true", "weken_per_maand, 4.5, true", "weken_per_maand, 52/12, true",
            "weken_per_maand, 365.25/84, true", "weken_per_maand, 3.99, false", "weken_per_maand, 4.51, false",
            "weken_per_maand, 52, false", "weken_per_maand, 0, false", "weken_per_maand, 0/12, false",
            "weken_per_maand, 1/0, false", "weken_per_jaar, 52, true", "weken_per_jaar, 365/7, true",
            "weken_per_jaar, 53, true", "weken_per_jaar, 51, false", "weken_per_jaar, 0, false",
            "minuten_per_dagdeel, 60, true", "minuten_per_dagdeel, 240, true", "minuten_per_dagdeel, 480, true",
            "minuten_per_dagdeel, 59, false", "minuten_per_dagdeel, 481, false", "minuten_per_dagdeel, 0, false",
            "maximaal_maand_factor_weekgemiddelde, 5, true", "maximaal_maand_factor_weekgemiddelde, 1, false",
            "maximaal_maand_factor_weekgemiddelde, 11, false"})
    void constantenLiggenBinnenHunBereik(String sleutel, String waarde, boolean goed) {
        String yaml = metConstante(sleutel, waarde);
        if (goed) {
            assertThat(Proef.lees(yaml).constanten()).isNotNull();
        } else {
            Probleem p = enige(yaml);
            assertThat(p.veld()).isEqualTo("constanten." + sleutel + ".waarde");
            assertThat(p.regel()).isEqualTo(16);
        }
    }

    @Test
    void wekenPerMaandBuitenBereikNoemtHetBereik() {
        assertThat(enige(metConstante("weken_per_maand", "0.5")).melding())
                .isEqualTo("moet tussen 4 en 4.5 liggen (grenzen inbegrepen), niet 0.5");
    }

    private static String metLeeftijd(String leeftijd) {
        return Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    leeftijd: {" + leeftijd + ", bron: \"P:5\"}\n");
    }

    @Test
    void leeftijdTotMoetNaVanafLiggen() {
        Probleem p = enige(metLeeftijd("vanaf: 18, tot: 12"));
        assertThat(p.veld()).isEqualTo("producten[0].leeftijd.tot");
        assertThat(p.melding()).startsWith("moet na 'vanaf' (18) liggen, niet 12");
        assertThat(enige(metLeeftijd("vanaf: 12, tot: 12")).veld()).isEqualTo("producten[0].leeftijd.tot");
        assertThat(Proef.lees(metLeeftijd("vanaf: 12, tot: 13")).product("begeleiding").grenzen().leeftijd().tot())
                .isEqualTo(13);
    }

    @Test
    void leeftijdLigtTussen0En120() {
        assertThat(enige(metLeeftijd("tot: 121")).melding()).isEqualTo("moet tussen 0 en 120 liggen (grenzen inbegrepen), niet 121");
        assertThat(enige(metLeeftijd("vanaf: -1")).melding()).isEqualTo("mag niet negatief zijn");
        assertThat(enige(metLeeftijd("vanaf: 12.5")).melding()).isEqualTo("moet een geheel getal zijn, niet 12.5");
        assertThat(enige(metLeeftijd("vanaf: 2147483648")).melding()).startsWith("is te groot");
    }

    @Test
    void tweeTarievenVoorDezelfdeFinancieringEenheidEnAanbiederWordenGeweigerd() {
        Probleem p = enige(Proef.GOED + "      - {financiering: ZIN, eenheid: uur, bedrag: 80.00, bron: \"P:4\"}\n");
        assertThat(p.veld()).isEqualTo("producten[0].tarieven[1]");
        assertThat(p.regel()).isEqualTo(15);
        assertThat(p.melding()).startsWith("tweede tarief voor ZIN per uur; het eerste staat op regel 14");
    }

    @Test
    void tarievenDieInAanbiederFinancieringOfEenheidVerschillenMogen() {
        Regeling r = Proef.lees(Proef.GOED
                + "      - {financiering: ZIN, eenheid: uur, bedrag: 70.00, aanbieder: micro, bron: \"P:4\"}\n"
                + "      - {financiering: ZIN, eenheid: uur, bedrag: 75.00, aanbieder: regulier, bron: \"P:4\"}\n"
                + "      - {financiering: PGB_FORMEEL, eenheid: uur, bedrag: 60.00, bron: \"P:4\"}\n"
                + "      - {financiering: ZIN, eenheid: minuut, bedrag: 1.25, bron: \"P:4\"}\n");
        assertThat(r.product("begeleiding").tarifering().tarieven()).hasSize(5);
        Probleem p = enige(Proef.GOED
                + "      - {financiering: ZIN, eenheid: uur, bedrag: 70.00, aanbieder: micro, bron: \"P:4\"}\n"
                + "      - {financiering: ZIN, eenheid: uur, bedrag: 71.00, aanbieder: micro, bron: \"P:4\"}\n");
        assertThat(p.melding()).startsWith("tweede tarief voor ZIN per uur (aanbieder micro)");
    }

    @Test
    void tariefVanNulWordtGeweigerd() {
        Probleem p = enige(Proef.GOED.replace("bedrag: 74.81", "bedrag: 0.00"));
        assertThat(p.veld()).isEqualTo("producten[0].tarieven[0].bedrag");
        assertThat(p.regel()).isEqualTo(14);
        assertThat(p.melding()).startsWith("mag niet 0 zijn");
    }

    @Test
    void maandenEnDagenHebbenEenBovengrens() {
        Probleem p = enige(Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    duur: {maximaal_maanden: 121, bron: \"P:5\"}\n"));
        assertThat(p.veld()).isEqualTo("producten[0].duur.maximaal_maanden");
        assertThat(p.melding()).contains("meer dan 120 maanden");
        assertThat(enige(Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    duur: {maximaal_dagen: 0, bron: \"P:5\"}\n"))
                .melding()).isEqualTo("moet tussen 1 en 3660 liggen (grenzen inbegrepen), niet 0");
        assertThat(enige(Proef.GOED.replace("    eenheid: uur\n", "    eenheid: uur\n"
                + "    gemiddelde_looptijd_maanden: {waarde: 0.5, bron: \"P:5\"}\n")).veld())
                .isEqualTo("producten[0].gemiddelde_looptijd_maanden.waarde");
    }

    @Test
    void verlengingEnTerugvalHebbenRedelijkeWaarden() {
        Probleem fractie = enige(Proef.GOED + "verlenging: {maximaal_fractie: 1.5, bron: \"P:6\"}\n");
        assertThat(fractie.veld()).isEqualTo("verlenging.maximaal_fractie");
        assertThat(enige(Proef.GOED + "verlenging: {maximaal_aantal: 0, bron: \"P:6\"}\n").veld()).isEqualTo("verlenging.maximaal_aantal");
        assertThat(enige(Proef.GOED + "terugval: {binnen_maanden: 4, volume: 1000, eenheid: minuut, duur_maanden: 500, bron: \"P:6\"}\n")
                .veld()).isEqualTo("terugval.duur_maanden");
    }

    @Test
    void datumsLiggenTussen1900En2200() {
        Probleem p = enige(Proef.GOED.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: 1899-12-31"));
        assertThat(p.veld()).isEqualTo("geldig_vanaf");
        assertThat(p.melding()).isEqualTo("moet tussen 1900-01-01 en 2200-12-31 liggen, niet 1899-12-31");
        assertThat(enige(Proef.GOED.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: +999999999-01-01")).melding())
                .isEqualTo("moet tussen 1900-01-01 en 2200-12-31 liggen, niet +999999999-01-01");
        assertThat(enige(Proef.GOED.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: 2025-02-30")).melding())
                .startsWith("moet een datum JJJJ-MM-DD zijn");
    }
}
