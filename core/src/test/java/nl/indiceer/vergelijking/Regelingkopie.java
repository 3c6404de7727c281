package nl.indiceer.vergelijking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.indiceer.Repo;

/** A copy of the shipped rulebooks in a test's own folder, to change as a policy officer would; the originals stay. */
final class Regelingkopie {

    private Regelingkopie() {
    }

    static Path van(Path doel) throws IOException {
        Path bron = Repo.root().resolve("regelingen");
        try (Stream<Path> alle = Files.walk(bron)) {
            for (Path p : alle.toList()) {
                Path naar = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(naar);
                } else {
                    Files.copy(p, naar);
                }
            }
        }
        return doel;
    }

    /** Replaces text that occurs exactly once, so that a test cannot silently change nothing or too much. */
    static void vervang(Path bestand, String oud, String nieuw) throws IOException {
        String tekst = Files.readString(bestand);
        assertThat(tekst.split(java.util.regex.Pattern.quote(oud), -1)).as("'%s' precies één keer in %s", oud, bestand)
                .hasSize(2);
        Files.writeString(bestand, tekst.replace(oud, nieuw));
    }

    /**
     * A new tariff year for Ridderkerk from 1 March 2025: the version in force ends the day before, and a copy of
     * it with the tariffs of persoonlijke verzorging (ZIN) raised, per hour from 58,80 to 60,60 and per minute from
     * 0,98 to 1,01, starts that day.
     */
    static void nieuwTariefjaarRidderkerk(Path regelingen) throws IOException {
        Path oud = regelingen.resolve("ridderkerk/2025-01-01.yaml");
        Path nieuw = regelingen.resolve("ridderkerk/2025-03-01.yaml");
        Files.copy(oud, nieuw);
        vervang(oud, "geldig_vanaf: 2025-01-01\n", "geldig_vanaf: 2025-01-01\ngeldig_tot: 2025-02-28\n");
        vervang(nieuw, "geldig_vanaf: 2025-01-01\n", "geldig_vanaf: 2025-03-01\n");
        vervang(nieuw, "{financiering: ZIN, eenheid: uur, bedrag: 58.80, bron: \"004:306\"}",
                "{financiering: ZIN, eenheid: uur, bedrag: 60.60, bron: \"004:306\"}");
        vervang(nieuw, "{financiering: ZIN, eenheid: minuut, bedrag: 0.98, bron: \"004:306\"}",
                "{financiering: ZIN, eenheid: minuut, bedrag: 1.01, bron: \"004:306\"}");
    }

    /** Flevoland's guideline for Behandeling individueel category A (45F31) moved from 96 hours to another number. */
    static void richtlijnFlevoland(Path regelingen, int uren) throws IOException {
        String regels = "            eenheid: uur\n            aard: richtlijn\n            aard_bron: \"002:1155, 533-541\"\n";
        vervang(regelingen.resolve("flevoland/2025-01-01.yaml"), "            maximaal: 96\n" + regels,
                "            maximaal: " + uren + "\n" + regels);
    }

    /** Noord-Limburg's stapelingsmatrix: gezinshuis with logeren becomes possible (it was not, 001:4354-4358). */
    static void gezinshuisMetLogerenMogelijk(Path regelingen) throws IOException {
        vervang(regelingen.resolve("noord-limburg/2023-01-01.yaml"),
                "      b: \"Logeren\"\n      oordeel: niet_mogelijk\n      toelichting: \"De gezinshuisaanbieder",
                "      b: \"Logeren\"\n      oordeel: mogelijk\n      toelichting: \"De gezinshuisaanbieder");
    }

    static void zonderRegio(Path regelingen, String regio) throws IOException {
        try (Stream<Path> alle = Files.walk(regelingen.resolve(regio))) {
            for (Path p : alle.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
