package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Declaratieantwoordbericht;
import nl.indiceer.berichten.xml.Berichtcontrole;
import nl.indiceer.berichten.xml.Berichtlezer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Indiceer's own 325 writer makes, the message reader reads back (to show it on the message's page). */
class AntwoordLeesbaarTest {

    @TempDir
    Path map;

    private byte[] schrijf(Berichtsoort soort, List<List<String>> codes) throws Exception {
        Path doel = map.resolve("antwoord.xml");
        List<GedeclareerdePrestatie> p = Declaraties.drie(soort);
        try (Antwoordschrijver a = new Antwoordschrijver(doel, Declaraties.kop(soort), "A1", LocalDate.of(2026, 5, 8))) {
            for (int i = 0; i < p.size(); i++) {
                a.prestatie(p.get(i), codes.get(i));
            }
            a.voltooi();
        }
        return Files.readAllBytes(doel);
    }

    @Test
    void eenAfgewezenPrestatieStaatInHetModelMetHaarCodes() throws Exception {
        byte[] xml = schrijf(Berichtsoort.JW323, List.of(List.of(), List.of("9321", "9346"), List.of()));
        var b = (Declaratieantwoordbericht) Berichtlezer.lees(xml);
        assertThat(b.soort()).isEqualTo(Berichtsoort.JW325);
        assertThat(b.declaratieIdentificatie()).isEqualTo("765432198");
        assertThat(b.antwoord().totaalIngediend()).isEqualTo(new Declaratieantwoordbericht.Bedrag(10_000, "D"));
        // approved: debit RN001 5000 minus credit RN003 5000
        assertThat(b.antwoord().totaalToegekend()).isEqualTo(new Declaratieantwoordbericht.Bedrag(0, "D"));
        assertThat(b.prestaties()).singleElement().satisfies(p -> {
            assertThat(p.referentieNummer()).isEqualTo("RN002 & <x>");
            assertThat(p.retourcodes()).containsExactly("9321", "9346");
        });
        assertThat(new Berichtcontrole(null).controleer(xml).geldig()).isTrue();
    }

    @Test
    void eenVolledigGoedgekeurdeWmo325HeeftGeenClienten() throws Exception {
        byte[] xml = schrijf(Berichtsoort.WMO323, List.of(List.of(), List.of(), List.of()));
        var b = (Declaratieantwoordbericht) Berichtlezer.lees(xml);
        assertThat(b.soort()).isEqualTo(Berichtsoort.WMO325);
        assertThat(b.prestaties()).isEmpty();
        assertThat(b.antwoord().retourcodes()).containsExactly(Antwoordschrijver.VOLLEDIG_TOEGEWEZEN);
    }
}
