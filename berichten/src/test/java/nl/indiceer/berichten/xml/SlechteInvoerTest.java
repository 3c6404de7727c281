package nl.indiceer.berichten.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Istandaarden;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is refused with its line and a clear Dutch reason, never with another exception. */
class SlechteInvoerTest {

    private static final String JW319 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <jw319:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw319="http://www.istandaarden.nl/ijw/3_2/jw319/schema">
            <jw319:Header>
            <jw319:BerichtCode>488</jw319:BerichtCode>
            <jw319:BerichtVersie>3</jw319:BerichtVersie>
            <jw319:BerichtSubversie>2</jw319:BerichtSubversie>
            <jw319:Afzender>0384</jw319:Afzender>
            <jw319:Ontvanger>65656055</jw319:Ontvanger>
            <jw319:BerichtIdentificatie><ijw:Identificatie>1</ijw:Identificatie><ijw:Dagtekening>2026-04-01</ijw:Dagtekening></jw319:BerichtIdentificatie>
            <jw319:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw319:XsdVersie>
            </jw319:Header>
            <jw319:Antwoord>
            <jw319:ReferentieAanbieder>9003</jw319:ReferentieAanbieder>
            <jw319:VerzoekAntwoord>1</jw319:VerzoekAntwoord>
            </jw319:Antwoord>
            </jw319:Bericht>
            """;

    private static OngeldigBerichtException.Melding afgekeurd(String xml) {
        return afgekeurd(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static OngeldigBerichtException.Melding afgekeurd(byte[] xml) {
        try {
            Berichtlezer.lees(xml);
        } catch (OngeldigBerichtException e) {
            return e.meldingen().get(0);
        }
        throw new AssertionError("niet afgekeurd");
    }

    @Test
    void eenGoedBerichtWordtGelezen() throws Exception {
        assertThat(Berichtlezer.lees(JW319.getBytes(StandardCharsets.UTF_8)).soort()).isEqualTo(Berichtsoort.JW319);
    }

    @Test
    void geenGoedgevormdeXml() {
        var m = afgekeurd(JW319.replace("</jw319:VerzoekAntwoord>", "</jw319:Verzoek>"));
        assertThat(m.code()).isEqualTo("ONLEESBAAR");
        assertThat(m.regel()).isEqualTo(14);
        assertThat(m.tekst()).startsWith("geen goedgevormde XML");
        assertThat(afgekeurd("").code()).isEqualTo("ONLEESBAAR");
        assertThat(afgekeurd("niets").code()).isEqualTo("ONLEESBAAR");
    }

    @Test
    void eenDoctypeMetExterneEntiteitWordtNietGevolgd() throws Exception {
        var geheim = Files.createTempFile("geheim", ".txt");
        Files.writeString(geheim, "GEHEIM");
        String xxe = JW319.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + geheim.toUri() + "\">]>\n")
                .replace("<jw319:ReferentieAanbieder>9003", "<jw319:ReferentieAanbieder>&e;");
        var m = afgekeurd(xxe);
        assertThat(m.code()).isEqualTo("DOCTYPE");
        assertThat(m.regel()).isEqualTo(2);
        assertThat(m.tekst()).contains("DOCTYPE").doesNotContain("GEHEIM");
    }

    @Test
    void entiteitexpansieWordtNietUitgevoerd() {
        String lol = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n";
        var m = afgekeurd(JW319.replace("<jw319:Bericht ", lol + "<jw319:Bericht ").replace("9003", "&d;"));
        assertThat(m.code()).isEqualTo("DOCTYPE");
        // without a DOCTYPE an entity is simply unknown
        var zonder = afgekeurd(JW319.replace("9003", "&d;"));
        assertThat(zonder.code()).isIn("ONLEESBAAR", "DOCTYPE");
        assertThat(zonder.regel()).isEqualTo(13);
    }

    @Test
    void verkeerdeNamespace() {
        var m = afgekeurd(JW319.replace("ijw/3_2/jw319/schema", "ijw/3_1/jw319/schema"));
        assertThat(m.code()).isEqualTo("NAMESPACE");
        assertThat(m.regel()).isEqualTo(2);
        assertThat(m.tekst()).contains("onbekende namespace 'http://www.istandaarden.nl/ijw/3_1/jw319/schema'");
        var basis = afgekeurd(JW319.replace("<ijw:Identificatie>1</ijw:Identificatie>",
                "<x:Identificatie xmlns:x=\"urn:x\">1</x:Identificatie>"));
        assertThat(basis.code()).isEqualTo("NAMESPACE");
        assertThat(basis.regel()).isEqualTo(9);
        assertThat(afgekeurd(JW319.replace("jw319:Bericht", "Bericht").replace("<Bericht ", "<Bericht xmlns=\"\" ")).code())
                .isEqualTo("NAMESPACE");
    }

    @Test
    void berichtcodeDieNietBijDeNamespaceHoort() {
        var m = afgekeurd(JW319.replace(">488<", ">436<"));
        assertThat(m.code()).isEqualTo("BERICHTCODE");
        assertThat(m.regel()).isEqualTo(4);
        assertThat(m.tekst()).isEqualTo("BerichtCode 436 is die van een JW301; de namespace is die van een JW319, "
                + "met BerichtCode 488");
        assertThat(afgekeurd(JW319.replace("<jw319:BerichtSubversie>2<", "<jw319:BerichtSubversie>1<")).tekst())
                .contains("BerichtSubversie '1' is niet die van release 3.2");
    }

    @Test
    void onmogelijkeDatum() {
        var m = afgekeurd(JW319.replace("2026-04-01", "2026-02-30"));
        assertThat(m.regel()).isEqualTo(9);
        assertThat(m.tekst()).isEqualTo("Dagtekening '2026-02-30' is geen bestaande datum");
        assertThat(afgekeurd(JW319.replace("2026-04-01", "1-4-2026")).tekst()).isEqualTo("Dagtekening '1-4-2026' is geen datum (jjjj-mm-dd)");
    }

    @Test
    void eenBomWordtAfgekeurd() {
        byte[] xml = JW319.getBytes(StandardCharsets.UTF_8);
        byte[] metBom = new byte[xml.length + 3];
        metBom[0] = (byte) 0xEF;
        metBom[1] = (byte) 0xBB;
        metBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, metBom, 3, xml.length);
        var m = afgekeurd(metBom);
        assertThat(m.code()).isEqualTo("BOM");
        assertThat(m.regel()).isEqualTo(1);
        assertThat(m.tekst()).contains("OP192");
    }

    @Test
    void geenUtf8() {
        byte[] latin1 = JW319.replace("9003", "Zorg é").getBytes(StandardCharsets.ISO_8859_1);
        var m = afgekeurd(latin1);
        assertThat(m.code()).isEqualTo("CODERING");
        assertThat(m.regel()).isEqualTo(13);
        assertThat(afgekeurd(JW319.replace("UTF-8", "ISO-8859-1")).code()).isEqualTo("CODERING");
        assertThat(afgekeurd(JW319.getBytes(StandardCharsets.UTF_16)).code()).isEqualTo("CODERING");
    }

    @Test
    void teGrootOfTeDiep() {
        byte[] groot = new byte[XmlInlezer.MAXIMALE_GROOTTE + 1];
        assertThat(afgekeurd(groot).code()).isEqualTo("TE_GROOT");
        String diep = "<jw319:X>".repeat(20) + "</jw319:X>".repeat(20);
        var m = afgekeurd(JW319.replace("<jw319:VerzoekAntwoord>1</jw319:VerzoekAntwoord>", diep));
        assertThat(m.code()).isEqualTo("STRUCTUUR");
        assertThat(m.tekst()).contains("dieper genest");
        var lang = afgekeurd(JW319.replace("9003", "x".repeat(XmlInlezer.MAXIMALE_TEKSTLENGTE + 1)));
        assertThat(lang.code()).isEqualTo("TE_GROOT");
    }

    @Test
    void structuur() {
        assertThat(afgekeurd(JW319.replace("<jw319:VerzoekAntwoord>1</jw319:VerzoekAntwoord>", "")).tekst())
                .isEqualTo("element VerzoekAntwoord ontbreekt in Antwoord");
        var extra = afgekeurd(JW319.replace("</jw319:Antwoord>", "<jw319:Onbekend>1</jw319:Onbekend></jw319:Antwoord>"));
        assertThat(extra.tekst()).startsWith("element Onbekend hoort hier niet");
        assertThat(extra.regel()).isEqualTo(15);
        assertThat(afgekeurd(JW319.replace("<jw319:Antwoord>", "<jw319:Antwoord soort=\"x\">")).tekst())
                .contains("attribuut soort");
        assertThat(afgekeurd(JW319.replace("<jw319:ReferentieAanbieder>9003", "tekst<jw319:ReferentieAanbieder>9003")).tekst())
                .contains("tekst naast elementen");
        assertThat(afgekeurd(JW319.replace("9003", "")).tekst()).isEqualTo("element ReferentieAanbieder is leeg");
    }

    @Test
    void deRegelsVanDeStandaardMetRegelnummer() throws Exception {
        // the official JW317 example asks for a new product ending (2024-02-28) before it starts (2026-11-01): CS003
        byte[] jw317 = Files.readAllBytes(Istandaarden.vereist().resolve("ijw/voorbeelden/JW317.xml"));
        var uitslag = new Berichtcontrole(null).controleer(jw317);
        assertThat(uitslag.geldig()).isFalse();
        assertThat(uitslag.meldingen()).singleElement().satisfies(m -> {
            assertThat(m.tekst()).isEqualTo("CS003: Einddatum 2024-02-28 ligt voor GewensteIngangsdatum 2026-11-01");
            assertThat(m.regel()).isEqualTo(VoorbeeldberichtenTest.regelVan(jw317, "<jw317:NieuwProduct>"));
        });
        var bsn = new Berichtcontrole(null).controleer(JW319.getBytes(StandardCharsets.UTF_8));
        assertThat(bsn.geldig()).isTrue();
    }

    @Test
    void schemaMeldingenKomenMetRegelnummer() throws Exception {
        var controle = new Berichtcontrole(Schemacontrole.uit(Istandaarden.vereist()));
        var u = controle.controleer(JW319.replace("<jw319:VerzoekAntwoord>1<", "<jw319:VerzoekAntwoord>7<")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(u.geldig()).isFalse();
        assertThat(u.meldingen()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.regel()).isEqualTo(14);
            assertThat(m.tekst()).startsWith("voldoet niet aan JW319.xsd");
        });
        assertThat(u.schemaGebruikt()).endsWith("JW319.xsd");
    }

    @Test
    void eenOnbestaandeSchemamapIsEenDuidelijkeMelding() {
        var u = new Berichtcontrole(Schemacontrole.uit(java.nio.file.Path.of("/bestaat/niet")))
                .controleer(JW319.getBytes(StandardCharsets.UTF_8));
        assertThat(u.meldingen()).singleElement().satisfies(m -> assertThat(m.tekst()).contains("INDICEER_ISTANDAARDEN"));
    }

    @Test
    void eenAfkeuringNoemtGeenStuurtekens() {
        var m = afgekeurd(JW319.replace(">488<", ">4\u001b[31m8<"));
        assertThat(m.tekst()).doesNotContain("\u001b");
        assertThatThrownBy(() -> Berichtlezer.lees(new byte[] {'<'})).isInstanceOf(OngeldigBerichtException.class);
    }
}
