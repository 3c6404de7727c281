package nl.indiceer.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Bevindingtekst;
import org.junit.jupiter.api.Test;

/**
 * The rules over time and over several products (issue 9) beyond the scenarios: a volume per week counted per
 * year with the weeks of a year, and a running allocation that cannot be counted.
 */
class GedeeldeRegelsTest {

    private static Uitkomst bereken(String voorbeeld, String... vervang) throws Exception {
        String json = Files.readString(Repo.root().resolve("docs/voorbeelden/" + voorbeeld));
        for (int i = 0; i < vervang.length; i += 2) {
            String voor = json;
            json = json.replaceAll(vervang[i], vervang[i + 1]);
            assertThat(json).as(vervang[i]).isNotEqualTo(voor);
        }
        return new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(json));
    }

    private static List<Bevinding> van(Uitkomst u, Bevindingcode code) {
        return u.bevindingen().stream().filter(b -> b.code() == code).toList();
    }

    /** Medicijncontrole per week over three years: 6 uur a year (001:11864-11866) is 360 minutes in 52 weeks. */
    private static Uitkomst perWeek(int minuten) throws Exception {
        return bereken("001-medicijncontrole-3-jaar-per-maand.json", "\"periode\": \"MAAND\"", "\"periode\": \"WEEK\"",
                "\"minuten\": 30,\\s*\"per\": \"maand\"", "\"minuten\": " + minuten + ", \"per\": \"week\"");
    }

    @Test
    void eenVolumePerWeekTeltPerJaarMetDeWekenVanHetJaar() throws Exception {
        assertThat(van(perWeek(6), Bevindingcode.PERIODELIMIET_OVERSCHREDEN)).isEmpty(); // 6 x 52 = 312
        List<Bevinding> te = van(perWeek(7), Bevindingcode.PERIODELIMIET_OVERSCHREDEN); // 7 x 52 = 364 > 360
        assertThat(te).singleElement().satisfies(b -> {
            assertThat(b.ernst()).isEqualTo(Ernst.FOUT);
            assertThat(b.bron().kort()).isEqualTo("001:11864-11866");
            assertThat(b.regel()).isZero();
            assertThat(Bevindingtekst.tekst(b)).contains("6,07 uur in de 12 maanden van 2025-02-01 tot en met 2026-01-31")
                    .contains("het maximum van 6 uur per 12 maanden");
        });
        assertThat(perWeek(7).heeftFout()).isTrue();
    }

    @Test
    void eenLopendeToewijzingZonderVolumeTeltNietMeeEnDatWordtGezegd() throws Exception {
        Uitkomst u = bereken("001-logeren-lopend-zwaar-en-licht-18-etmalen.json",
                "\"volume\": 8,\\s*\"eenheid\": \"etmaal\",\\s*\"periode\": \"TOTAAL\"", "\"verlengd\": 0");
        assertThat(van(u, Bevindingcode.PERIODELIMIET_OVERSCHREDEN)).isEmpty();
        assertThat(van(u, Bevindingcode.NIET_MEEGETELD)).singleElement().satisfies(b -> {
            assertThat(b.ernst()).isEqualTo(Ernst.WAARSCHUWING);
            assertThat(Bevindingtekst.tekst(b)).isEqualTo("lopende toewijzing T1 (Logeren etmaal zwaar) telt niet mee voor "
                    + "het maximum van 16 etmalen per 8 maanden: geef volume, eenheid en periode van de toewijzing.");
        });
    }

    @Test
    void eenBevindingVoorTweeRegelsStaatErEenKeerEnNoemtBeide() throws Exception {
        Uitkomst u = bereken("001-logeren-licht-en-zwaar-18-etmalen.json");
        assertThat(van(u, Bevindingcode.PERIODELIMIET_OVERSCHREDEN)).singleElement().satisfies(b -> {
            assertThat(b.betreft(0)).isTrue();
            assertThat(b.betreft(1)).isTrue();
        });
    }
}
