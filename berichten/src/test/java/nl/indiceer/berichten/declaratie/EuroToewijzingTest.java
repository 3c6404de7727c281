package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import nl.indiceer.berichten.Istandaarden;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.declaratie.Declaratieruimte;
import nl.indiceer.declaratie.Ruimte;
import nl.indiceer.declaratie.Telling;
import nl.indiceer.declaratie.ToegewezenProduct;
import nl.indiceer.declaratie.Uitvoeringsvariant;
import org.junit.jupiter.api.Test;

/**
 * An allocation in euros per week, as a municipality sends it in a 301, is counted the outputgericht way (IV077: the
 * Sundays, plus one week in the month of the last Sunday when the allocation does not end on a Sunday). The official
 * JW301 example with its first product changed to IV077's outputgericht example 2: 300 euro per week, 07-07-2025 to
 * 05-09-2025 (invulinstructie_IV077.md r. 46-55): July 3 Sundays = 900 euro, August 5 Sundays + 1 = 1800 euro.
 * Counted as ISO weeks (the inspanningsgericht way) July would allow 4 weeks and August 5, so this test fails when a
 * euro allocation is taken for inspanningsgericht.
 */
class EuroToewijzingTest {

    @Test
    void euroPerWeekUitEen301IsOutputgericht() throws Exception {
        String xml = Files.readString(Istandaarden.vereist().resolve("ijw/voorbeelden/JW301.xml"), StandardCharsets.UTF_8);
        // the first ToegewezenProduct (300201): its dates and Omvang are the first of their kind in the file
        xml = eerste(xml, "<jw301:Ingangsdatum>2026-04-01<", "<jw301:Ingangsdatum>2025-07-07<");
        xml = eerste(xml, "<jw301:Einddatum>2026-07-14<", "<jw301:Einddatum>2025-09-05<");
        xml = eerste(xml, "<ijw:Volume>2<", "<ijw:Volume>30000<");
        xml = eerste(xml, "<ijw:Eenheid>04<", "<ijw:Eenheid>83<");
        Toewijzingsbericht bericht = (Toewijzingsbericht) Berichtlezer.lees(xml.getBytes(StandardCharsets.UTF_8));
        Toewijzingsregister register = Toewijzingsregister.leeg();
        register.neemOp(bericht);
        ToegewezenProduct t = register.toewijzing("300201");

        assertThat(t.variant()).isEqualTo(Uitvoeringsvariant.OUTPUTGERICHT);
        Ruimte juli = Declaratieruimte.productperiode(t, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));
        Ruimte augustus = Declaratieruimte.productperiode(t, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31));
        assertThat(juli.telling()).isEqualTo(Telling.ZONDAGEN);
        assertThat(juli.maximum()).isEqualTo(90_000);
        assertThat(augustus.maximum()).isEqualTo(180_000);
    }

    private static String eerste(String xml, String was, String wordt) {
        int i = xml.indexOf(was);
        assertThat(i).as("het voorbeeld bevat %s", was).isNotNegative();
        return xml.substring(0, i) + wordt + xml.substring(i + was.length());
    }
}
