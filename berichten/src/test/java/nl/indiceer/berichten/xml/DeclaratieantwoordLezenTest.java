package nl.indiceer.berichten.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Berichtuitleg;
import nl.indiceer.berichten.Codelijst;
import nl.indiceer.berichten.Declaratieantwoordbericht;
import nl.indiceer.berichten.Istandaarden;
import org.junit.jupiter.api.Test;

/**
 * The reader takes a 325 into the model (the official example ijw/voorbeelden/JW325.xml, read at test time), the writer
 * gives it back unchanged and valid against JW325.xsd, and what is wrong in a 325 is refused with its line.
 */
class DeclaratieantwoordLezenTest {

    private static byte[] voorbeeld() throws Exception {
        return Files.readAllBytes(Istandaarden.vereist().resolve("ijw/voorbeelden/JW325.xml"));
    }

    @Test
    void hetOfficieleVoorbeeldWordtGelezenMetElkeAfgewezenPrestatieEnHaarCodes() throws Exception {
        var b = (Declaratieantwoordbericht) Berichtlezer.lees(voorbeeld());
        assertThat(b.soort()).isEqualTo(Berichtsoort.JW325);
        // JW325.xml lines 7-12: from municipality 0384 to provider 65656055, message 654321987 of 2023-05-07
        assertThat(b.header().afzender()).isEqualTo("0384");
        assertThat(b.header().ontvanger()).isEqualTo("65656055");
        assertThat(b.header().identificatie()).isEqualTo("654321987");
        // lines 17-20: the 323 it answers
        assertThat(b.declaratieIdentificatie()).isEqualTo("765432198");
        assertThat(b.declaratieDagtekening()).isEqualTo(LocalDate.of(2023, 5, 7));
        assertThat(b.xsltVersie()).isEqualTo("1.0.0");
        assertThat(b.retourcodes()).containsExactly("0200");
        // lines 31-39: DN001, 580,00 submitted and 340,00 granted, both credit
        var a = b.antwoord();
        assertThat(a.declaratieNummer()).isEqualTo("DN001");
        assertThat(a.totaalIngediend()).isEqualTo(new Declaratieantwoordbericht.Bedrag(58000, "C"));
        assertThat(a.totaalToegekend()).isEqualTo(new Declaratieantwoordbericht.Bedrag(34000, "C"));
        assertThat(a.retourcodes()).containsExactly("0200");
        assertThat(a.clienten()).extracting(Declaratieantwoordbericht.Client::bsn).containsExactly("999900006", "999900018");
        assertThat(b.prestaties()).extracting(Declaratieantwoordbericht.Prestatie::referentieNummer)
                .containsExactly("RN001", "RN002", "RN003");
        // lines 64-88: RN002, allocation 10073, 45A04, 16 hours of April 2023, 140,00 credit, three codes
        var rn002 = b.prestaties().get(1);
        assertThat(rn002).isEqualTo(new Declaratieantwoordbericht.Prestatie("RN002", "RT002", 10073, "45", "45A04",
                LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30), 16, "04", 1500L,
                new Declaratieantwoordbericht.Bedrag(14000, "C"), List.of("9339", "9340", "9341")));
        assertThat(new Berichtcontrole(Schemacontrole.uit(Istandaarden.vereist())).controleer(voorbeeld()).meldingen())
                .isEmpty();
    }

    @Test
    void deSchrijverGeeftHetTerugZonderVerliesEnGeldigTegenHetXsd() throws Exception {
        byte[] origineel = voorbeeld();
        var gelezen = Berichtlezer.lees(origineel);
        byte[] geschreven = Berichtschrijver.schrijf(gelezen);
        assertThat(Berichtlezer.lees(geschreven)).isEqualTo(gelezen);
        assertThat(VoorbeeldberichtenTest.bladen(geschreven)).isEqualTo(VoorbeeldberichtenTest.bladen(origineel));
        assertThat(Schemacontrole.uit(Istandaarden.vereist()).controleer(Berichtsoort.JW325, geschreven)).isEmpty();
    }

    @Test
    void deUitlegNoemtDeCodesMetHunBetekenisUitDeCodelijst() throws Exception {
        var b = Berichtlezer.lees(voorbeeld());
        Codelijst wj001 = Codelijst.uit(Istandaarden.vereist(), "ijw", "WJ001");
        List<String> regels = Berichtuitleg.regels(b, wj001);
        // WJ001_Retourcode.md line 71: 0611
        assertThat(regels).contains("Afgewezen: cliënt BSN 999900006, toewijzing 10072, product 45A03, 2023-04-01 tot en "
                + "met 2023-04-30, 4 uur, 50,00 euro credit, referentie RN001: 0611 (Het ingediende tarief komt niet "
                + "overeen met het contractuele tarief.)");
        assertThat(regels).contains("Declaratie DN001: ingediend 580,00 euro credit, toegekend 340,00 euro credit; "
                + "0200 (Geen opmerking over deze berichtklasse.)");
        // without the list: the code alone, and once that the meaning is unavailable
        List<String> zonder = Berichtuitleg.regels(b);
        assertThat(zonder).anySatisfy(r -> assertThat(r).endsWith("referentie RN001: 0611"));
        assertThat(zonder).last().asString().contains("niet beschikbaar");
    }

    @Test
    void eenOnbekendeDebetCreditWordtAfgekeurdOpZijnRegel() throws Exception {
        String xml = new String(voorbeeld(), StandardCharsets.UTF_8);
        String slecht = xml.replaceFirst("<ijw:DebetCredit>C</ijw:DebetCredit>", "<ijw:DebetCredit>X</ijw:DebetCredit>");
        byte[] inhoud = slecht.getBytes(StandardCharsets.UTF_8);
        int regel = VoorbeeldberichtenTest.regelVan(inhoud, ">X<");
        assertThatThrownBy(() -> Berichtlezer.lees(inhoud)).isInstanceOfSatisfying(OngeldigBerichtException.class, e -> {
            assertThat(e.regel()).isEqualTo(regel);
            assertThat(e.meldingen().get(0).tekst()).contains("DebetCredit 'X'");
        });
    }

    @Test
    void eenPrestatieZonderRetourcodesWordtAfgekeurd() throws Exception {
        String xml = new String(voorbeeld(), StandardCharsets.UTF_8);
        String slecht = xml.replaceFirst("(?s)(</jw325:IngediendBedrag>)\\s*<jw325:RetourCodes>\\s*<jw325:RetourCode>0611"
                + "</jw325:RetourCode>\\s*</jw325:RetourCodes>", "$1");
        assertThat(slecht).isNotEqualTo(xml);
        assertThatThrownBy(() -> Berichtlezer.lees(slecht.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OngeldigBerichtException.class, e ->
                        assertThat(e.meldingen().get(0).tekst()).contains("RetourCodes ontbreekt in Prestatie"));
    }

    @Test
    void eenOngeldigBsnEnEenOmgekeerdePeriodeNoemenHunRegel() throws Exception {
        String xml = new String(voorbeeld(), StandardCharsets.UTF_8);
        String slecht = xml.replace("<jw325:Bsn>999900018</jw325:Bsn>", "<jw325:Bsn>123456789</jw325:Bsn>")
                .replaceFirst("<ijw:Einddatum>2023-04-30</ijw:Einddatum>", "<ijw:Einddatum>2023-03-30</ijw:Einddatum>");
        var u = new Berichtcontrole(null).controleer(slecht.getBytes(StandardCharsets.UTF_8));
        assertThat(u.geldig()).isFalse();
        assertThat(u.meldingen()).extracting(OngeldigBerichtException.Melding::tekst)
                .anySatisfy(t -> assertThat(t).startsWith("CS002"))
                .anySatisfy(t -> assertThat(t).startsWith("CS003"));
    }

    @Test
    void eenTekortAanElementenDieAlleenHetXsdZietZegtDeSchemacontrole() throws Exception {
        // a ProductCategorie of three characters is structurally fine for the reader; JW325.xsd refuses it
        String xml = new String(voorbeeld(), StandardCharsets.UTF_8)
                .replaceFirst("<jw325:ProductCategorie>45</jw325:ProductCategorie>",
                        "<jw325:ProductCategorie>450</jw325:ProductCategorie>");
        var u = new Berichtcontrole(Schemacontrole.uit(Istandaarden.vereist())).controleer(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(u.bericht()).isNotNull();
        assertThat(u.meldingen()).extracting(OngeldigBerichtException.Melding::code).contains("SCHEMA");
    }

    /** The fuzz test starts from these seeds: they must be 325s the reader accepts, or it would fuzz only refusals. */
    @Test
    void deFuzzzadenVoor325ZijnGeldigeBerichten() throws Exception {
        String map = "/nl/indiceer/berichten/xml/BerichtlezerFuzzTestInputs/leestElkeInvoer/";
        byte[] jw;
        byte[] wmo;
        try (var in = getClass().getResourceAsStream(map + "jw325.xml"); var in2 = getClass().getResourceAsStream(map + "wmo325-8001.xml")) {
            jw = in.readAllBytes();
            wmo = in2.readAllBytes();
        }
        assertThat(Berichtlezer.lees(jw)).isInstanceOfSatisfying(Declaratieantwoordbericht.class,
                b -> assertThat(b.prestaties()).hasSize(1));
        assertThat(Berichtlezer.lees(wmo)).isInstanceOfSatisfying(Declaratieantwoordbericht.class,
                b -> assertThat(b.antwoord().retourcodes()).containsExactly("8001"));
        assertThat(Schemacontrole.uit(Istandaarden.vereist()).controleer(Berichtsoort.JW325, jw)).isEmpty();
    }
}
