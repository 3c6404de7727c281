package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import org.junit.jupiter.api.Test;

/** Every kind of bad 323 is refused with its line and a Dutch reason, never with another exception. */
class SlechteDeclaratieTest {

    private static final String GOED = new String(Declaraties.xml(Berichtsoort.JW323, Declaraties.drie()), StandardCharsets.UTF_8);

    private static OngeldigBerichtException.Melding afgekeurd(String xml) {
        return afgekeurd(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static OngeldigBerichtException.Melding afgekeurd(byte[] xml) {
        try {
            Declaraties.lees(xml);
        } catch (OngeldigBerichtException e) {
            assertThat(e.meldingen()).hasSize(1);
            return e.meldingen().get(0);
        }
        return fail("niet afgekeurd");
    }

    private static int regelVan(String xml, String stuk) {
        return xml.substring(0, xml.indexOf(stuk)).split("\n", -1).length;
    }

    @Test
    void goedeInvoerWordtGelezen() throws Exception {
        assertThat(Declaraties.lees(GOED.getBytes(StandardCharsets.UTF_8)).prestaties()).hasSize(3);
    }

    @Test
    void geenGoedgevormdeXml() {
        String xml = GOED.replace("<jw323:Eenheid>04</jw323:Eenheid>", "<jw323:Eenheid>04</jw323:Eenhied>");
        var m = afgekeurd(xml);
        assertThat(m.code()).isEqualTo("ONLEESBAAR");
        assertThat(m.regel()).isEqualTo(regelVan(xml, "</jw323:Eenhied>"));
    }

    @Test
    void externeEntiteitWordtGeweigerd() {
        String xml = GOED.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replace("RN001", "&xxe;");
        var m = afgekeurd(xml);
        assertThat(m.code()).isIn("DOCTYPE", "ONLEESBAAR");
        assertThat(m.tekst()).doesNotContain("root:");
    }

    @Test
    void entiteitenExpansieWordtGeweigerd() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
                    .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = GOED.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd)
                .replace("RN001", "&j;");
        assertThat(afgekeurd(xml).code()).isIn("DOCTYPE", "ONLEESBAAR");
    }

    @Test
    void verkeerdeBerichtCode() {
        String xml = GOED.replace("<jw323:BerichtCode>490<", "<jw323:BerichtCode>436<");
        var m = afgekeurd(xml);
        assertThat(m.code()).isEqualTo("BERICHTCODE");
        assertThat(m.regel()).isEqualTo(regelVan(xml, "<jw323:BerichtCode>"));
        assertThat(m.tekst()).contains("436").contains("490");
    }

    @Test
    void eenAnderBerichtIsGeenDeclaratie() {
        String xml = GOED.replace("jw323", "jw301");
        assertThat(afgekeurd(xml).tekst()).contains("JW301").contains("geen declaratie");
    }

    @Test
    void onmogelijkeDatum() {
        String xml = GOED.replaceFirst("<ijw:Einddatum>2026-04-30</ijw:Einddatum>\r\n\t\t\t\t\t\t</jw323:ProductPeriode>",
                "<ijw:Einddatum>2026-04-31</ijw:Einddatum>\r\n\t\t\t\t\t\t</jw323:ProductPeriode>");
        var m = afgekeurd(xml);
        assertThat(m.code()).isEqualTo("DATUM");
        assertThat(m.tekst()).contains("2026-04-31").contains("geen bestaande datum");
        assertThat(m.regel()).isEqualTo(regelVan(xml, "2026-04-31"));
    }

    @Test
    void afgebrokenBestand() {
        String xml = GOED.substring(0, GOED.indexOf("RN003"));
        var m = afgekeurd(xml);
        assertThat(m.code()).isEqualTo("ONLEESBAAR");
        assertThat(m.tekst()).contains("halverwege");
        assertThat(m.regel()).isPositive();
    }

    @Test
    void negatiefVolume() {
        String xml = GOED.replaceFirst("<jw323:GeleverdVolume>4<", "<jw323:GeleverdVolume>-4<");
        var m = afgekeurd(xml);
        assertThat(m.code()).isEqualTo("WAARDE");
        assertThat(m.tekst()).contains("GeleverdVolume").contains("negatief");
        assertThat(m.regel()).isEqualTo(regelVan(xml, ">-4<"));
    }

    @Test
    void absurdVolume() {
        String xml = GOED.replaceFirst("<jw323:GeleverdVolume>4<", "<jw323:GeleverdVolume>99999999999999999999<");
        var m = afgekeurd(xml);
        assertThat(m.code()).isEqualTo("WAARDE");
        assertThat(m.tekst()).contains("99999999");
    }

    @Test
    void onbekendeEenheidEnDebetCredit() {
        assertThat(afgekeurd(GOED.replaceFirst("<jw323:Eenheid>04<", "<jw323:Eenheid>05<")).tekst()).contains("WJ756");
        assertThat(afgekeurd(GOED.replaceFirst("<ijw:DebetCredit>D<", "<ijw:DebetCredit>X<")).tekst()).contains("COD043");
    }

    @Test
    void ongeldigBsn() {
        assertThat(afgekeurd(GOED.replace(Declaraties.BSN_A, "123456789")).tekst()).contains("11-proef");
    }

    @Test
    void ontbrekendElement() {
        String xml = GOED.replaceFirst("\t*<jw323:ProductCode>45A03</jw323:ProductCode>\r\n", "");
        var m = afgekeurd(xml);
        assertThat(m.code()).isEqualTo("STRUCTUUR");
        assertThat(m.tekst()).contains("ProductCode");
    }

    @Test
    void bomEnAndereCodering() {
        byte[] xml = GOED.getBytes(StandardCharsets.UTF_8);
        byte[] metBom = new byte[xml.length + 3];
        metBom[0] = (byte) 0xEF;
        metBom[1] = (byte) 0xBB;
        metBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, metBom, 3, xml.length);
        assertThat(afgekeurd(metBom).code()).isEqualTo("BOM");
        assertThat(afgekeurd(GOED.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")).code()).isIn("CODERING", "ONLEESBAAR");
    }

    @Test
    void teLangeTekst() {
        assertThat(afgekeurd(GOED.replace("RN001", "R".repeat(10_000))).code()).isEqualTo("TE_GROOT");
    }

    @Test
    void tekstNaHetBericht() {
        assertThat(afgekeurd(GOED + "<x/>").code()).isIn("STRUCTUUR", "ONLEESBAAR");
    }

    @Test
    void deGewoneBerichtlezerWijstEen323NetjesAf() {
        // a 323 given to 'indiceer bericht lees' gets a clear refusal, not an internal error
        try {
            nl.indiceer.berichten.xml.Berichtlezer.lees(GOED.getBytes(StandardCharsets.UTF_8));
            fail("niet afgekeurd");
        } catch (OngeldigBerichtException e) {
            assertThat(e.meldingen().get(0).code()).isEqualTo("SOORT");
            assertThat(e.getMessage()).contains("declaraties controleer");
        }
    }

    @Test
    void leegBestand() {
        assertThat(afgekeurd(new byte[0]).code()).isEqualTo("ONLEESBAAR");
    }
}
