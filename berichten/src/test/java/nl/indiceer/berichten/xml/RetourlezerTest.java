package nl.indiceer.berichten.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Istandaarden;
import nl.indiceer.berichten.Retourbericht;
import org.junit.jupiter.api.Test;

/** The retour messages JW302 and JW320: the official examples (ijw/voorbeelden) and what the reader refuses. */
class RetourlezerTest {

    private static byte[] voorbeeld(String naam) throws Exception {
        return Files.readAllBytes(Istandaarden.vereist().resolve("ijw/voorbeelden").resolve(naam));
    }

    @Test
    void hetVoorbeeldJw302NoemtHetBeantwoordeBerichtEnZijnCode() throws Exception {
        byte[] xml = voorbeeld("JW302.xml");
        Retourbericht r = Retourlezer.lees(xml);
        // ijw/voorbeelden/JW302.xml: Afzender 0384, BerichtIdentificatie 123456789012 of 2023-07-15, retour 9452b7eb-c87
        assertThat(r.soort()).isEqualTo(Berichtsoort.JW302);
        assertThat(r.afzender()).isEqualTo("0384");
        assertThat(r.ontvanger()).isEqualTo("42420001");
        assertThat(r.identificatie()).isEqualTo("123456789012");
        assertThat(r.dagtekening()).isEqualTo(LocalDate.of(2023, 7, 15));
        assertThat(r.identificatieRetour()).isEqualTo("9452b7eb-c87");
        assertThat(r.dagtekeningRetour()).isEqualTo(LocalDate.of(2023, 7, 16));
        assertThat(r.delen()).containsExactly(new Retourbericht.Deel("Header", null, java.util.List.of("8848")));
        assertThat(r.afgekeurd()).isTrue();
        assertThat(Retourlezer.isRetour(xml)).isTrue();
        assertThat(Schemacontrole.uit(Istandaarden.vereist()).controleer(Berichtsoort.JW302, xml)).isEmpty();
    }

    @Test
    void hetVoorbeeldJw320HeeftCodesInDeKopEnInHetAntwoord() throws Exception {
        byte[] xml = voorbeeld("JW320.xml");
        Retourbericht r = Retourlezer.lees(xml);
        assertThat(r.soort()).isEqualTo(Berichtsoort.JW320);
        assertThat(r.identificatie()).isEqualTo("876543219");
        assertThat(r.identificatieRetour()).isEqualTo("RT321");
        assertThat(r.delen()).containsExactly(new Retourbericht.Deel("Header", null, java.util.List.of("0200")),
                new Retourbericht.Deel("Antwoord", "9003", java.util.List.of("9360")));
        assertThat(r.codes()).containsExactly("0200", "9360");
        assertThat(r.afgekeurd()).isTrue();
        assertThat(Schemacontrole.uit(Istandaarden.vereist()).controleer(Berichtsoort.JW320, xml)).isEmpty();
    }

    private static String zaad(String naam) throws Exception {
        return new String(RetourlezerTest.class.getResourceAsStream("RetourlezerFuzzTestInputs/leestElkeInvoer/" + naam)
                .readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void alleenGeenOpmerkingIsNietAfgekeurd() throws Exception {
        Retourbericht r = Retourlezer.lees(zaad("jw302.xml").getBytes(StandardCharsets.UTF_8));
        assertThat(r.codes()).containsExactly("0200");
        assertThat(r.afgekeurd()).isFalse();
        // a nested part keeps what names it: the Woonplaatsbeginsel's Gemeente
        Retourbericht a = Retourlezer.lees(zaad("jw320.xml").getBytes(StandardCharsets.UTF_8));
        assertThat(a.delen()).containsExactly(new Retourbericht.Deel("Antwoord", "9003", java.util.List.of("0200")),
                new Retourbericht.Deel("Woonplaatsbeginsel", "1916", java.util.List.of("S300")));
        assertThat(a.afgekeurd()).isTrue();
        assertThat(Retourlezer.lees(zaad("jw320.xml").replace("S300", "0233").getBytes(StandardCharsets.UTF_8))
                .afgekeurd()).isFalse();
    }

    @Test
    void eenOngeldigeRetourcodeWordtGeweigerdMetRegelEnReden() throws Exception {
        String xml = zaad("jw302.xml").replace(">0200<", ">02x0<");
        assertThatThrownBy(() -> Retourlezer.lees(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OngeldigBerichtException.class, e -> {
                    assertThat(e.regel()).isEqualTo(8);
                    assertThat(e.meldingen().get(0).tekst()).contains("RetourCode '02x0' is geen retourcode");
                });
    }

    @Test
    void eenAfzenderDieGeenGemeenteIsWordtGeweigerd() throws Exception {
        String xml = zaad("jw302.xml").replace("<jw302:Afzender>0034", "<jw302:Afzender>12345678");
        assertThatThrownBy(() -> Retourlezer.lees(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OngeldigBerichtException.class,
                        e -> assertThat(e.meldingen().get(0).tekst()).startsWith("Afzender '12345678' is niet"));
    }

    @Test
    void eenGewoonBerichtIsGeenRetourEnEenRetourGeenGewoonBericht() throws Exception {
        byte[] jw319 = voorbeeld("JW319.xml");
        assertThat(Retourlezer.isRetour(jw319)).isFalse();
        assertThatThrownBy(() -> Retourlezer.lees(jw319)).isInstanceOfSatisfying(OngeldigBerichtException.class,
                e -> assertThat(e.meldingen().get(0).tekst()).isEqualTo("een JW319 is geen retourbericht (JW302 of JW320)"));
        assertThatThrownBy(() -> Berichtlezer.lees(voorbeeld("JW302.xml")))
                .isInstanceOfSatisfying(OngeldigBerichtException.class,
                        e -> assertThat(e.meldingen().get(0).code()).isEqualTo("SOORT"));
    }

    @Test
    void eenDoctypeWordtGeweigerd() throws Exception {
        byte[] xml = RetourlezerTest.class.getResourceAsStream("RetourlezerFuzzTestInputs/leestElkeInvoer/doctype.xml")
                .readAllBytes();
        assertThat(Retourlezer.isRetour(xml)).isFalse();
        assertThatThrownBy(() -> Retourlezer.lees(xml)).isInstanceOf(OngeldigBerichtException.class);
    }

    @Test
    void geenIwmoRetourschemaInDezeKopie() {
        // iwmo/xsd of this copy has no WMO302 or WMO320: Indiceer reads retours of the Jeugdwet only
        assertThat(Files.exists(Istandaarden.vereist().resolve("iwmo/xsd/WMO302.xsd"))).isFalse();
        assertThat(Files.exists(Istandaarden.vereist().resolve("iwmo/xsd/WMO320.xsd"))).isFalse();
    }
}
