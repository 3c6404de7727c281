package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.xml.Schemacontrole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * indiceer declaraties genereer and controleer together: the check finds every error the generator planted, on the
 * line it planted it, and rejects nothing else; the 325s validate; a broken 323 is refused whole.
 */
class DeclaratiesCommandTest {

    @TempDir
    Path tmp;

    private Path genereer(int toewijzingen, int prestaties) {
        Path set = tmp.resolve("set");
        Cli.Resultaat g = Cli.voer("declaraties", "genereer", "--toewijzingen", Integer.toString(toewijzingen), "--prestaties",
                Integer.toString(prestaties), "--regelingen", Cli.ROOT.resolve("regelingen").toString(), set.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        return set;
    }

    /** Reference of each rejected line in the report, with the rule codes given for it. */
    private static Map<String, String> afgekeurdInRapport(String rapport) {
        Map<String, String> afgekeurd = new HashMap<>();
        Pattern regel = Pattern.compile("^    regel \\d+: (\\S+?)[ ,].*: afgekeurd$");
        String huidig = null;
        for (String r : rapport.split("\n")) {
            Matcher m = regel.matcher(r);
            if (m.matches()) {
                huidig = m.group(1);
                afgekeurd.put(huidig, "");
            } else if (huidig != null && r.startsWith("      ")) {
                afgekeurd.merge(huidig, r.strip(), (a, b) -> a + "\n" + b);
            } else {
                huidig = null;
            }
        }
        return afgekeurd;
    }

    @Test
    void deControleVindtElkeGeplandeFoutEnVerderNiets() throws Exception {
        Path set = genereer(400, 3000);
        List<String> gepland = Files.readAllLines(set.resolve("geplande-fouten.csv"));
        assertThat(gepland.get(0)).isEqualTo("referentie;toewijzing;bestand;fout;regel;retourcode");
        Map<String, String> verwacht = new HashMap<>();
        for (String g : gepland.subList(1, gepland.size())) {
            String[] d = g.split(";");
            verwacht.put(d[0], d[4] + " (retourcode " + d[5] + ")");
        }
        // every kind of error is planted, the regions' own rules too (Flevoland's, through the leveringsspecificaties)
        assertThat(gepland.stream().skip(1).map(g -> g.split(";")[3]).distinct())
                .containsExactlyInAnyOrder("BOVEN_TR321", "BOVEN_TR322", "BEDRAG_TR346", "NA_EINDE_TOEWIJZING",
                        "OVER_MAANDGRENS", "ONBEKENDE_TOEWIJZING", "CREDIT_ZONDER_DEBET", "PRODUCTCODE_ANDERS",
                        "AANBIEDER_ANDERS", "REGIO_NO_SHOW_MAXIMUM",
                        "REGIO_NO_SHOW_NIET_DECLARABEL", "REGIO_GROEPSTIJD", "REGIO_GEPLANDE_AFWEZIGHEID");

        Path uit = tmp.resolve("uit");
        Cli.Resultaat c = Cli.voer("declaraties", "controleer", set.resolve("declaraties").toString(), "--toewijzingen",
                set.resolve("toewijzingen").toString(), "--uit", uit.toString());
        assertThat(c.exit()).as(c.err()).isEqualTo(1);
        assertThat(c.out()).contains("3000 prestaties");
        String rapport = Files.readString(uit.resolve("rapport.txt"), StandardCharsets.UTF_8);
        Map<String, String> afgekeurd = afgekeurdInRapport(rapport);
        assertThat(afgekeurd.keySet()).as("afgekeurd is precies wat gepland is").containsExactlyInAnyOrderElementsOf(verwacht.keySet());
        verwacht.forEach((ref, regel) -> assertThat(afgekeurd.get(ref)).as(ref).contains(regel));
        // a region's error comes with its reason, the rulebook's bron and what is onduidelijk about the rule
        for (String g : gepland.subList(1, gepland.size())) {
            String[] d = g.split(";");
            nl.indiceer.declaratie.Declaratiecode reden = nl.indiceer.berichten.declaratie.Geplandefout.Soort.valueOf(d[3]).reden();
            if (reden != null) {
                assertThat(afgekeurd.get(d[0])).as(d[0]).contains("waarom: ").contains("(002:");
            }
            // TR338 twice: the provider mismatch must be told apart from an unknown allocation, and the line must sit in
            // the 323 of the other provider the list names (its file is <month>-<AGB>.xml)
            if (d[3].equals("AANBIEDER_ANDERS")) {
                String agb = d[2].substring(d[2].lastIndexOf('-') + 1, d[2].length() - ".xml".length());
                assertThat(afgekeurd.get(d[0])).as(d[0]).contains("is toegewezen aan aanbieder").contains("niet aan " + agb + ".");
            }
        }
        assertThat(rapport).containsPattern("Leveringsspecificatie 20\\d\\d-\\d\\d-\\d+\\.csv: \\d+ prestaties met specificatie");
        // valid credits are in the set and approved
        assertThat(rapport).containsPattern("\\(credit van R\\d+\\).*: goedgekeurd");
        assertThat(rapport).contains("== Aanbieder ").contains("  Cliënt ");

        // a 325 per 323, valid against the official schema where it is present
        long berichten323;
        try (Stream<Path> s = Files.list(set.resolve("declaraties"))) {
            berichten323 = s.filter(p -> p.toString().endsWith(".xml")).count();
        }
        List<Path> antwoorden;
        try (Stream<Path> s = Files.list(uit)) {
            antwoorden = s.filter(p -> p.toString().endsWith("-325.xml")).toList();
        }
        assertThat(antwoorden).hasSize((int) berichten323);
        Path istandaarden = Cli.istandaarden();
        if (Files.isDirectory(istandaarden.resolve("ijw/xsd"))) {
            Schemacontrole schema = Schemacontrole.uit(istandaarden);
            for (Path a : antwoorden) {
                assertThat(schema.controleer(Berichtsoort.JW325, Files.readAllBytes(a))).as(a.toString()).isEmpty();
            }
        }
    }

    @Test
    void dezelfdeZaadGeeftDezelfdeSet() throws IOException {
        Path a = genereer(50, 300);
        Path b = tmp.resolve("b");
        Cli.Resultaat g = Cli.voer("declaraties", "genereer", "--toewijzingen", "50", "--prestaties", "300", "--regelingen",
                Cli.ROOT.resolve("regelingen").toString(), b.toString());
        assertThat(g.exit()).isZero();
        assertThat(Files.readString(b.resolve("geplande-fouten.csv"))).isEqualTo(Files.readString(a.resolve("geplande-fouten.csv")));
        try (Stream<Path> s = Files.list(a.resolve("declaraties"))) {
            for (Path p : s.toList()) {
                assertThat(Files.readAllBytes(b.resolve("declaraties").resolve(p.getFileName()))).isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    @Test
    void eenAfgebroken323WordtGeheelAfgewezenEnTeltNietMee() throws IOException {
        Path set = genereer(20, 60);
        Path map = set.resolve("declaraties");
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(map)) {
            bestanden = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Path eerste = bestanden.get(0);
        byte[] inhoud = Files.readAllBytes(eerste);
        Files.write(eerste, java.util.Arrays.copyOf(inhoud, inhoud.length * 2 / 3));
        Path uit = tmp.resolve("uit");
        Cli.Resultaat c = Cli.voer("declaraties", "controleer", map.toString(), "--toewijzingen",
                set.resolve("toewijzingen").toString(), "--uit", uit.toString());
        assertThat(c.exit()).isEqualTo(2);
        String naam = eerste.getFileName().toString();
        assertThat(c.err()).contains(naam + ": afgewezen, niet verwerkt").containsPattern("regel \\d+");
        assertThat(uit.resolve(naam.replace(".xml", "-325.xml"))).doesNotExist();
        String rapport = Files.readString(uit.resolve("rapport.txt"));
        assertThat(rapport).contains(naam + ": afgewezen, niet verwerkt (geen 325)").doesNotContain("(" + naam + ")");
        try (Stream<Path> s = Files.list(uit)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    /**
     * A leveringsspecificatie that cannot be read refuses its 323 whole, naming the line, column and code: checked
     * without it, the region's rules would approve what they refuse. The other 323s are checked.
     */
    @Test
    void eenOnleesbareSpecificatieWijstDe323Af() throws IOException {
        Path set = genereer(400, 3000);
        Path map = set.resolve("declaraties");
        Path csv;
        try (Stream<Path> s = Files.list(map)) {
            csv = s.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        List<String> regels = new java.util.ArrayList<>(Files.readAllLines(csv));
        regels.set(1, regels.get(1).replace(";AFSPRAAK;", ";").replaceFirst("^AFSPRAAK;", "BEZOEK;"));
        Files.write(csv, regels);
        Path uit = tmp.resolve("uit");
        Cli.Resultaat c = Cli.voer("declaraties", "controleer", map.toString(), "--toewijzingen",
                set.resolve("toewijzingen").toString(), "--uit", uit.toString());
        assertThat(c.exit()).isEqualTo(2);
        String naam = csv.getFileName().toString().replace(".csv", ".xml");
        assertThat(c.err()).contains(naam + ": afgewezen, niet verwerkt: leveringsspecificatie " + csv.getFileName()
                + ": regel 2, kolom soort: AFSPRAAK of AFWEZIGHEID, niet 'BEZOEK' (WAARDE)");
        assertThat(uit.resolve(naam.replace(".xml", "-325.xml"))).doesNotExist();
        assertThat(c.out()).contains("1 afgewezen");
    }

    @Test
    void allesGoedgekeurdIsExitcode0() throws Exception {
        Path set = genereer(20, 60);
        // one prestatie of 1 unit on the first allocation of the first 301, at the rulebook's tariff: nothing to reject
        Path eerste;
        try (Stream<Path> s = Files.list(set.resolve("toewijzingen"))) {
            eerste = s.sorted().findFirst().orElseThrow();
        }
        var t301 = (nl.indiceer.berichten.Toewijzingsbericht) nl.indiceer.berichten.xml.Berichtlezer.lees(Files.readAllBytes(eerste));
        var t = t301.producten().get(0);
        java.time.LocalDate begin = t.ingangsdatum();
        var p = new nl.indiceer.berichten.declaratie.GedeclareerdePrestatie(t301.client().bsn(), "X1", null, t.toewijzingNummer(),
                t.product().categorie(), t.product().code(), begin, begin.withDayOfMonth(begin.lengthOfMonth()), 1,
                t.omvang().eenheid(), 1000L, 1000, "D", 0);
        var kop = new nl.indiceer.berichten.declaratie.Declaratiekop(Berichtsoort.van(t301.soort().wet(), "323"),
                t301.header().ontvanger(), t301.header().afzender(), "X1", begin.plusMonths(1), t301.header().xsdVersie(), "X1",
                begin, begin.withDayOfMonth(begin.lengthOfMonth()), begin.plusMonths(1), 1000, "D");
        Path bestand = tmp.resolve("een.xml");
        try (var uitStroom = Files.newOutputStream(bestand)) {
            nl.indiceer.berichten.declaratie.Declaratieschrijver.schrijf(kop, List.of(p), uitStroom);
        }
        Path uit = tmp.resolve("uit");
        Cli.Resultaat c = Cli.voer("declaraties", "controleer", bestand.toString(), "--toewijzingen",
                set.resolve("toewijzingen").toString(), "--uit", uit.toString());
        assertThat(c.exit()).as(c.out() + c.err()).isZero();
        assertThat(c.out()).contains("1 prestaties: 1 goedgekeurd, 0 afgekeurd");
        assertThat(Files.readString(uit.resolve("een-325.xml"))).contains(">8001<");
        assertThat(Files.readString(uit.resolve("rapport.txt"))).contains("regel ").contains("X1").contains(": goedgekeurd");
    }

    @Test
    void ongeldigeInvoerIsExitcode2() {
        Cli.Resultaat c = Cli.voer("declaraties", "controleer", tmp.resolve("bestaat-niet").toString(), "--toewijzingen",
                tmp.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("bestaat niet");
        assertThat(Cli.voer("declaraties", "controleer", tmp.toString()).exit()).isEqualTo(2);
        assertThat(Cli.voer("declaraties", "genereer", "--toewijzingen", "0", "--prestaties", "5", tmp.resolve("x").toString())
                .exit()).isEqualTo(2);
    }
}
