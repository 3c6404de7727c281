package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Any YAML problem (encoding, aliases, tags, nesting, size) is a rulebook problem naming the file and,
 * where known, the line: never an internal error (issue 6, section 2).
 */
class YamlGrenzenTest {

    private static Probleem enige(List<Probleem> p) {
        assertThat(p).hasSize(1);
        assertThat(p.get(0).bestand()).isEqualTo("proef/2025-01-01.yaml");
        return p.get(0);
    }

    @Test
    void ongeldigeUtf8NoemtRegelEnByte() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("regio: proef\nnaam: Proef".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.writeBytes(Proef.GOED.substring(Proef.GOED.indexOf('\n', 13)).getBytes(StandardCharsets.UTF_8));
        Probleem p = enige(Proef.problemen(b.toByteArray()));
        assertThat(p.regel()).isEqualTo(2);
        assertThat(p.veld()).isEqualTo("(bestand)");
        assertThat(p.melding()).startsWith("is geen geldige UTF-8 (byte 25)").contains("UTF-8");
    }

    @Test
    void byteOrderMarkWordtAfgewezen() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(Proef.GOED.getBytes(StandardCharsets.UTF_8));
        Probleem p = enige(Proef.problemen(b.toByteArray()));
        assertThat(p.regel()).isEqualTo(1);
        assertThat(p.melding()).contains("byte order mark (BOM)").contains("UTF-8");
    }

    @Test
    void utf16MetEnZonderBomWordtAfgewezen() {
        assertThat(enige(Proef.problemen(Proef.GOED.getBytes(StandardCharsets.UTF_16))).melding()).contains("UTF-16");
        assertThat(enige(Proef.problemen(Proef.GOED.getBytes(StandardCharsets.UTF_16LE))).melding()).contains("nul-byte");
    }

    @Test
    void verbodenTekenNoemtDeRegel() {
        Probleem p = enige(Proef.problemen(Proef.GOED.replace("naam: Begeleiding", "naam: Bege\u0007leiding")));
        assertThat(p.regel()).isEqualTo(10);
        assertThat(p.melding()).contains("U+0007");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "\\e[31m | U+001B", "\\r | U+000D", "\\u0085 | U+0085", "\\u202E | U+202E", "\\u2028 | U+2028"})
    void eenStuurtekenAlsYamlEscapeWordtAfgewezen(String escape, String teken) {
        // written as an escape the raw bytes are plain ASCII: only the decoded text shows the control character,
        // which in a rulebook name could forge a "Resultaat: geen fouten." line in the text output
        Probleem p = enige(Proef.problemen(Proef.GOED.replace("naam: Proefregeling",
                "naam: \"Proefregeling " + escape + "\\nResultaat: geen fouten.\"")));
        assertThat(p.veld()).isEqualTo("naam");
        assertThat(p.melding()).contains(teken);
    }

    @Test
    void eenOpmerkingOverMeerRegelsMagWel() {
        Regeling r = Proef.lees(Proef.GOED + "opmerking: |\n  eerste regel\n  tweede regel\n");
        assertThat(r.opmerking()).isEqualTo("eerste regel\ntweede regel");
    }

    @Test
    void aliasBomWordtAfgewezenZonderHaarUitTePakken() {
        StringBuilder s = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char v = (char) (c - 1);
            s.append(c).append(": &").append(c).append(" [").append(("*" + v + ",").repeat(8)).append('*').append(v).append("]\n");
        }
        Probleem p = enige(Proef.problemen(s.toString()));
        assertThat(p.regel()).isEqualTo(1);
        assertThat(p.veld()).isEqualTo("(yaml)");
        assertThat(p.melding()).contains("ankers (&a) zijn niet toegestaan");
    }

    @Test
    void eenEnkeleVerwijzingIsOokNietToegestaan() {
        Probleem p = enige(Proef.problemen(Proef.GOED.replace("naam: Begeleiding", "naam: *x")));
        assertThat(p.regel()).isEqualTo(10);
        assertThat(p.melding()).contains("verwijzingen (*naam) zijn niet toegestaan");
    }

    @Test
    void onbekendeTagsWordenAfgewezen() {
        for (String tag : List.of("!evil", "!!binary", "!!java.io.File", "!!str", "!")) {
            Probleem p = enige(Proef.problemen(Proef.GOED.replace("naam: Begeleiding", "naam: " + tag + " aGVsbG8=")));
            assertThat(p.regel()).as(tag).isEqualTo(10);
            assertThat(p.melding()).as(tag).contains("tags zoals '" + tag).contains("niet toegestaan");
        }
        Probleem lijst = enige(Proef.problemen(Proef.GOED.replace("producten:\n", "producten: !!seq\n")));
        assertThat(lijst.melding()).contains("'!!seq'");
    }

    @Test
    void teDiepGenestWordtAfgewezen() {
        Probleem p = enige(Proef.problemen("a: " + "[".repeat(200) + "]".repeat(200) + "\n"));
        assertThat(p.regel()).isEqualTo(1);
        assertThat(p.melding()).isEqualTo("is te diep genest (meer dan " + YamlObject.MAXIMALE_DIEPTE + " niveaus)");
    }

    @Test
    void teGrootBestandWordtAfgewezenVoordatHetGelezenWordt() {
        byte[] groot = new byte[YamlObject.MAXIMALE_BESTANDSGROOTTE + 1];
        java.util.Arrays.fill(groot, (byte) 'a');
        Probleem p = enige(Proef.problemen(groot));
        assertThat(p.veld()).isEqualTo("(bestand)");
        assertThat(p.melding()).contains("is te groot").contains(String.valueOf(YamlObject.MAXIMALE_BESTANDSGROOTTE));
    }

    @Test
    void teVeelWaardenWordtAfgewezen() {
        String veel = "a:\n" + "  - 1\n".repeat(YamlObject.MAXIMAAL_AANTAL_KNOPEN + 1);
        assertThat(veel.length()).isLessThan(YamlObject.MAXIMALE_BESTANDSGROOTTE);
        assertThat(enige(Proef.problemen(veel)).melding()).contains("te veel waarden");
    }

    @Test
    void tweeDocumentenWordenAfgewezen() {
        Probleem p = enige(Proef.problemen(Proef.GOED + "---\n" + Proef.GOED));
        assertThat(p.regel()).isEqualTo(15);
        assertThat(p.melding()).contains("meer dan één YAML-document");
    }

    @Test
    void leegBestand() {
        assertThat(enige(Proef.problemen("")).melding()).isEqualTo("is leeg");
        assertThat(enige(Proef.problemen("# alleen commentaar\n")).melding()).isEqualTo("is leeg");
    }

    @Test
    void normenkaderLezerGebruiktDezelfdeGrenzen() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> nl.indiceer.normenkader.NormenkaderLezer.lees("n.yaml",
                        "a: !!binary aGVsbG8=\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(nl.indiceer.normenkader.OngeldigNormenkaderException.class,
                        e -> assertThat(e.problemen()).singleElement().satisfies(x -> {
                            assertThat(x.bestand()).isEqualTo("n.yaml");
                            assertThat(x.melding()).contains("!!binary");
                        }));
    }
}
