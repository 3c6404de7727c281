package nl.indiceer.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.regeling.Regelingen;

/** The repository's folders and letters of the worked examples, as the tests need them. */
final class Brieven {

    static final Path ROOT = Path.of(System.getProperty("indiceer.root", "..")).toAbsolutePath().normalize();
    static final Path BRIEVEN = ROOT.resolve("brieven");
    private static Regelingen regelingen;
    private static Briefmaker maker;

    private Brieven() {
    }

    static synchronized Regelingen regelingen() {
        if (regelingen == null) {
            regelingen = Regelingen.laad(ROOT.resolve("regelingen"));
        }
        return regelingen;
    }

    static synchronized Briefmaker maker() {
        if (maker == null) {
            maker = new Briefmaker(Briefsjablonen.laad(BRIEVEN));
        }
        return maker;
    }

    static Aanvraag aanvraag(String voorbeeld) {
        try {
            return AanvraagLezer.lees(Files.readString(ROOT.resolve("docs/voorbeelden").resolve(voorbeeld)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Uitkomst uitkomst(Aanvraag a) {
        return new Indicatiemotor(regelingen()).bereken(a);
    }

    /** The first decision on an example request, every line granted. */
    static Beschikkingsbrief toegekend(String voorbeeld, String gemeentecode) {
        Aanvraag a = aanvraag(voorbeeld);
        Uitkomst u = uitkomst(a);
        return brief(a, u, Besluitregel.allesToegekend(u), Beschikkingsoort.EERSTE, null, gemeentecode);
    }

    static Beschikkingsbrief brief(Aanvraag a, Uitkomst u, List<Regelbesluit> besluiten, Beschikkingsoort soort,
                                   String vorig, String gemeentecode) {
        return new Beschikkingsbrief("2026-000123", java.time.LocalDate.of(2026, 2, 20), soort, vorig, gemeentecode,
                new Geadresseerde("A. Jansen", List.of("Dorpsstraat 12", "1234 AB Ergens")), u,
                Besluitregel.van(a, u, regelingen(), besluiten, Map.of()));
    }

    /** A copy of the shipped template folder to break in a test. */
    static Path kopie(Path doel) {
        try (Stream<Path> alle = Files.walk(BRIEVEN)) {
            for (Path p : alle.toList()) {
                Path naar = doel.resolve(BRIEVEN.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(naar);
                } else {
                    Files.copy(p, naar);
                }
            }
            return doel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
