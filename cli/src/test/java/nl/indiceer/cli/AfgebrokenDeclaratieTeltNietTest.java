package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "nothing stored half" on the command line: a 323 cut off after some of its prestaties were already checked
 * counts for nothing. The same 323 sent whole afterwards is checked exactly as if the broken one never came; had the
 * broken one's approved prestaties stayed booked, the whole one's would collide with them (TR389, a reference already
 * submitted) and its section of the report would differ.
 */
class AfgebrokenDeclaratieTeltNietTest {

    @TempDir
    Path tmp;

    @Test
    void eenAfgebroken323LaatNietsAchterVoorDeVolgende() throws Exception {
        Path set = tmp.resolve("set");
        Cli.Resultaat g = Cli.voer("declaraties", "genereer", "--toewijzingen", "20", "--prestaties", "60", "--regelingen",
                Cli.ROOT.resolve("regelingen").toString(), set.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        Path heel;
        try (Stream<Path> s = Files.list(set.resolve("declaraties"))) {
            heel = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().findFirst().orElseThrow();
        }
        byte[] inhoud = Files.readAllBytes(heel);
        String tekst = new String(inhoud, StandardCharsets.UTF_8);
        // cut just before the last prestatie starts: every earlier prestatie has been read and checked when the end is missing
        int laatste = tekst.lastIndexOf(":Prestatie>", tekst.lastIndexOf(":Prestatie>") - 1);
        int snede = tekst.lastIndexOf('<', laatste);
        assertThat(tekst.substring(0, snede)).as("the cut part holds whole prestaties").contains(":Prestatie>");
        byte[] afgebroken = Arrays.copyOf(inhoud, tekst.substring(0, snede).getBytes(StandardCharsets.UTF_8).length);

        Path metBreuk = tmp.resolve("met-breuk");
        Files.createDirectories(metBreuk);
        Files.write(metBreuk.resolve("1-afgebroken.xml"), afgebroken);
        Files.write(metBreuk.resolve("2-heel.xml"), inhoud);
        Path alleen = tmp.resolve("alleen");
        Files.createDirectories(alleen);
        Files.write(alleen.resolve("2-heel.xml"), inhoud);

        Cli.Resultaat a = Cli.voer("declaraties", "controleer", metBreuk.toString(), "--toewijzingen",
                set.resolve("toewijzingen").toString(), "--uit", tmp.resolve("uit-a").toString());
        Cli.Resultaat b = Cli.voer("declaraties", "controleer", alleen.toString(), "--toewijzingen",
                set.resolve("toewijzingen").toString(), "--uit", tmp.resolve("uit-b").toString());
        assertThat(a.exit()).as(a.err()).isEqualTo(2);
        assertThat(a.err()).contains("1-afgebroken.xml: afgewezen, niet verwerkt").containsPattern("regel \\d+");
        assertThat(b.exit()).as(b.err()).isIn(0, 1);

        String rapportA = Files.readString(tmp.resolve("uit-a/rapport.txt"), StandardCharsets.UTF_8);
        String rapportB = Files.readString(tmp.resolve("uit-b/rapport.txt"), StandardCharsets.UTF_8);
        String deelA = deelVan(rapportA, "(2-heel.xml)");
        assertThat(deelA).contains(": goedgekeurd").isEqualTo(deelVan(rapportB, "(2-heel.xml)"));
        // the totals count the whole 323 only: the broken one's prestaties were never counted
        assertThat(a.out()).contains("2 declaratiebestand(en), 1 afgewezen; ")
                .contains(b.out().substring(b.out().indexOf("; ") + 2, b.out().indexOf('\n')));
        assertThat(tmp.resolve("uit-a/1-afgebroken-325.xml")).doesNotExist();
        assertThat(tmp.resolve("uit-a/2-heel-325.xml")).exists();
    }

    /** The report's section of one 323: from its head line to its summary line, inclusive. */
    private static String deelVan(String rapport, String bestand) {
        int kop = rapport.indexOf(bestand + "\n");
        assertThat(kop).as("section of " + bestand).isPositive();
        int begin = rapport.lastIndexOf("\n== ", kop);
        int eind = rapport.indexOf("\n", rapport.indexOf("  Samenvatting: ", kop));
        return rapport.substring(begin, eind);
    }
}
