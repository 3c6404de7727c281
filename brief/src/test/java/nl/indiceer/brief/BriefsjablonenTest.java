package nl.indiceer.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.regeling.Probleem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong template folder is refused at load, with the file (and line) named, never a stack trace. */
class BriefsjablonenTest {

    @TempDir
    Path tmp;

    @Test
    void deMeegeleverdeSjablonenLaden() {
        Briefsjablonen s = Briefsjablonen.laad(Brieven.BRIEVEN);
        assertThat(s.gemeentecodes()).contains("0034", "0184", "0984", "0597");
        assertThat(s.heeftStandaard()).isTrue();
        assertThat(s.briefhoofd("0034").naam()).isEqualTo("Gemeente Almere");
        // an address that was not checked is marked as an example, in the data and so in every letter
        assertThat(s.briefhoofd("0034").voorbeeld()).isNotNull();
        assertThat(s.briefhoofd("9999").gemeentecode()).isNull();
    }

    @Test
    void eenSjabloonDatGeenXhtmlIsWordtGeweigerdMetBestandEnRegel() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Path sjabloon = map.resolve("brief.xhtml");
        Files.writeString(sjabloon, Files.readString(sjabloon).replace("<h2>Ons besluit</h2>", "<h2>Ons besluit</h3>"));
        Probleem p = enigProbleem(map);
        assertThat(p.bestand()).endsWith("brief.xhtml");
        assertThat(p.regel()).isPositive();
        assertThat(p.melding()).startsWith("geen geldige XHTML");
    }

    @Test
    void eenSjabloonMetEenOnbekendGegevenWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Path sjabloon = map.resolve("brief.xhtml");
        Files.writeString(sjabloon, Files.readString(sjabloon).replace("${brief.datum}", "${brief.bestaatNiet.datum}"));
        Probleem p = enigProbleem(map);
        assertThat(p.bestand()).endsWith("brief.xhtml");
        assertThat(p.melding()).startsWith("kan niet ingevuld worden").contains("brief.bestaatNiet.datum");
        assertThat(p.regel()).isPositive();
    }

    @Test
    void eenSjabloonZonderKenmerkWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Path sjabloon = map.resolve("brief.xhtml");
        Files.writeString(sjabloon, Files.readString(sjabloon).replace("brief.kenmerk", "brief.datum"));
        assertThat(enigProbleem(map).melding()).contains("toont het kenmerk");
    }

    @Test
    void eenLettertypeDatNietIsIngebouwdWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Path css = map.resolve("brief.css");
        Files.writeString(css, Files.readString(css).replace("body { font-size", "body { font-family: Arial; font-size"));
        Probleem p = enigProbleem(map);
        assertThat(p.bestand()).endsWith("brief.css");
        assertThat(p.regel()).isEqualTo(16);
        assertThat(p.melding()).contains("'Arial' is geen ingebouwd lettertype");
    }

    @Test
    void eenBriefhoofdZonderOndertekeningWordtGeweigerdMetBestandEnRegel() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Path hoofd = map.resolve("briefhoofden/0034.yaml");
        String yaml = Files.readString(hoofd);
        Files.writeString(hoofd, yaml.replace("ondertekening:", "ondertekenaar:"));
        var e = catchThrowableOfType(() -> Briefsjablonen.laad(map), OngeldigSjabloonException.class);
        assertThat(e.problemen()).extracting(Probleem::bestand).allMatch(b -> b.endsWith("0034.yaml"));
        assertThat(e.getMessage()).contains("0034.yaml").contains("ondertekening: ontbreekt").contains("ondertekenaar");
        assertThat(e.problemen()).filteredOn(p -> p.veld().equals("ondertekenaar")).singleElement()
                .extracting(Probleem::regel).isEqualTo(15);
    }

    @Test
    void eenBriefhoofdVanEenAndereGemeenteWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Files.move(map.resolve("briefhoofden/0034.yaml"), map.resolve("briefhoofden/0303.yaml"));
        Probleem p = enigProbleem(map);
        assertThat(p.bestand()).endsWith("0303.yaml");
        assertThat(p.melding()).contains("is '0034', maar het bestand heet 0303.yaml");
    }

    @Test
    void eenOntbrekendLogoWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Files.delete(map.resolve("logos/0184.png"));
        Probleem p = enigProbleem(map);
        assertThat(p.bestand()).endsWith("0184.yaml");
        assertThat(p.veld()).isEqualTo("logo");
    }

    @Test
    void eenLogoDatGeenAfbeeldingIsWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Files.writeString(map.resolve("logos/0184.png"), "geen png");
        assertThat(enigProbleem(map).melding()).contains("geen leesbare PNG");
    }

    @Test
    void eenLogoBuitenDeMapWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Path hoofd = map.resolve("briefhoofden/0184.yaml");
        Files.writeString(hoofd, Files.readString(hoofd).replace("logos/0184.png", "../../etc/passwd"));
        assertThat(enigProbleem(map).veld()).isEqualTo("logo");
    }

    @Test
    void eenTeGrootBestandWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Files.write(map.resolve("briefhoofden/0184.yaml"), new byte[BriefhoofdLezer.MAXIMALE_GROOTTE + 1]);
        Probleem p = enigProbleem(map);
        assertThat(p.bestand()).endsWith("0184.yaml");
        assertThat(p.melding()).contains("te groot");
    }

    @Test
    void eenOnbekendBestandInBriefhoofdenWordtGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Files.writeString(map.resolve("briefhoofden/almere.yaml"), "naam: x\n");
        assertThat(enigProbleem(map).melding()).contains("onbekende bestandsnaam");
    }

    @Test
    void eenOntbrekendeMapWordtGeweigerd() {
        Probleem p = enigProbleem(tmp.resolve("bestaat-niet"));
        assertThat(p.melding()).contains("bestaat niet");
    }

    @Test
    void tekstenZonderWmoWordenGeweigerd() throws Exception {
        Path map = Brieven.kopie(tmp.resolve("b"));
        Path teksten = map.resolve("teksten.yaml");
        Files.writeString(teksten, Files.readString(teksten).replace("  wmo:", "  wmo2015:"));
        var e = catchThrowableOfType(() -> Briefsjablonen.laad(map), OngeldigSjabloonException.class);
        assertThat(e.getMessage()).contains("teksten.yaml").contains("wetten.wmo: ontbreekt").contains("wetten.wmo2015");
    }

    private static Probleem enigProbleem(Path map) {
        var e = catchThrowableOfType(() -> Briefsjablonen.laad(map), OngeldigSjabloonException.class);
        assertThat(e).as("de map wordt geweigerd").isNotNull();
        assertThat(e.problemen()).as(e.getMessage()).hasSize(1);
        return e.problemen().get(0);
    }
}
