package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Istandaarden;
import nl.indiceer.berichten.xml.Schemacontrole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 325 as IV087 fills it, valid against the official JW325.xsd. */
class AntwoordschrijverTest {

    @TempDir
    Path map;

    private Path schrijf(Berichtsoort soort, List<List<String>> codes) throws Exception {
        Path doel = map.resolve("antwoord.xml");
        List<GedeclareerdePrestatie> p = Declaraties.drie();
        try (Antwoordschrijver a = new Antwoordschrijver(doel, Declaraties.kop(soort), "A1", LocalDate.of(2026, 5, 8))) {
            for (int i = 0; i < p.size(); i++) {
                a.prestatie(p.get(i), codes.get(i));
            }
            a.voltooi();
        }
        return doel;
    }

    @Test
    void afgekeurdePrestatiesMetHunRetourcodesEnHetToegekendeTotaal() throws Exception {
        Path doel = schrijf(Berichtsoort.JW323, List.of(List.of(), List.of("9321", "9346"), List.of()));
        String xml = Files.readString(doel);
        assertThat(xml).contains("<jw325:BerichtCode>491</jw325:BerichtCode>")
                .contains("<jw325:Afzender>0384</jw325:Afzender>").contains("<jw325:Ontvanger>65656055</jw325:Ontvanger>")
                .contains("<ijw:ReferentieNummer>RN002 &amp; &lt;x&gt;</ijw:ReferentieNummer>")
                .contains("<jw325:RetourCode>9321</jw325:RetourCode>").contains("<jw325:RetourCode>9346</jw325:RetourCode>")
                .doesNotContain("RN001").doesNotContain("RN003").doesNotContain("8001");
        // approved: debit RN001 5000 minus credit RN003 5000 = 0
        assertThat(xml).contains("<jw325:TotaalToegekendBedrag>\r\n\t\t\t<ijw:TotaalBedrag>0</ijw:TotaalBedrag>");
        assertThat(Files.list(map)).containsExactly(doel);
        Path istandaarden = Istandaarden.vereist();
        assertThat(Schemacontrole.uit(istandaarden).controleer(Berichtsoort.JW325, xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void volledigGoedgekeurdIs8001ZonderClienten() throws Exception {
        String xml = Files.readString(schrijf(Berichtsoort.JW323, List.of(List.of(), List.of(), List.of())));
        assertThat(xml).contains("<jw325:RetourCode>8001</jw325:RetourCode>").doesNotContain("Clienten");
        Path istandaarden = Istandaarden.vereist();
        assertThat(Schemacontrole.uit(istandaarden).controleer(Berichtsoort.JW325, xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void wmo325HeeftDeWmoNamespaceEnCode() throws Exception {
        // The shared iStandaarden copy has no WMO325.xsd: checked against the schema when it is there, else by its shape
        String xml = Files.readString(schrijf(Berichtsoort.WMO323, List.of(List.of("9338"), List.of(), List.of())));
        assertThat(xml).contains("http://www.istandaarden.nl/iwmo/3_2/wmo325/schema").contains(">485<");
        Schemacontrole s = Schemacontrole.uit(Istandaarden.map());
        if (s.heeftSchema(Berichtsoort.WMO325)) {
            assertThat(s.controleer(Berichtsoort.WMO325, xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        }
    }

    @Test
    void zonderVoltooiBlijftNietsAchter() throws Exception {
        Path doel = map.resolve("antwoord.xml");
        try (Antwoordschrijver a = new Antwoordschrijver(doel, Declaraties.kop(Berichtsoort.JW323), "A1", LocalDate.of(2026, 5, 8))) {
            a.prestatie(Declaraties.drie().get(0), List.of("9338"));
        }
        assertThat(Files.list(map)).isEmpty();
    }
}
