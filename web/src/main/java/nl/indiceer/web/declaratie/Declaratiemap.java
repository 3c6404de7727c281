package nl.indiceer.web.declaratie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "Ophalen uit de map": the installation's folder of received 323s ({@code indiceer.declaraties.map}; none by default).
 * Every {@code *.xml} in it, in name order, is received as if uploaded, and then moved into {@code verwerkt/} beside it,
 * so a second pick-up never takes it in twice (the file's name is kept with the declaration). A file for a municipality
 * the user does not work for is left for a colleague who does; one that cannot be read while the user works for more
 * municipalities is left too (it names no municipality to store it under). A file over the size limit is moved aside
 * unread into {@code te-groot/}.
 *
 * <p>A {@code <name>.csv} beside {@code <name>.xml} is that 323's leveringsspecificatie (docs/leveringsspecificatie.md),
 * under the same rules as on upload: one that cannot be read, or is over the size limit, refuses the 323 with the
 * reader's line and column and stores nothing; both files stay in the folder, so the provider's corrected CSV is taken
 * at the next pick-up. Once the 323 is received the CSV moves into {@code verwerkt/} with it.
 */
@Service
public class Declaratiemap {

    /** What happened to one file: the declaration it became (null when left in the folder) and why it was left. */
    public record Uitkomst(String bestand, Declaratie declaratie, String overgeslagen, String melding) {
        public Uitkomst(String bestand, Declaratie declaratie, String overgeslagen) {
            this(bestand, declaratie, overgeslagen, null);
        }
    }

    /** At most this many files per pick-up: each is a transaction of its own, and the page waits for them. */
    static final int PER_KEER = 100;

    private final Path map;
    private final DeclaratieDienst dienst;
    private final Declaratiegrootte grootte;

    public Declaratiemap(@Value("${indiceer.declaraties.map:}") String map, DeclaratieDienst dienst, Declaratiegrootte grootte) {
        this.map = map == null || map.isBlank() ? null : Path.of(map);
        this.dienst = dienst;
        this.grootte = grootte;
    }

    public boolean isIngesteld() {
        return map != null;
    }

    public List<Uitkomst> haalOp(Medewerker wie) {
        if (map == null) {
            throw new Probleem(org.springframework.http.HttpStatus.CONFLICT, "MAP_NIET_INGESTELD", "Geen map ingesteld",
                    "er is geen map voor declaraties ingesteld (indiceer.declaraties.map)");
        }
        List<Path> bestanden = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(map, "*.xml")) {
            for (Path p : s) {
                if (Files.isRegularFile(p)) {
                    bestanden.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bestanden.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Uitkomst> uit = new ArrayList<>();
        for (Path p : bestanden.subList(0, Math.min(PER_KEER, bestanden.size()))) {
            uit.add(neemIn(wie, p));
        }
        return uit;
    }

    private Uitkomst neemIn(Medewerker wie, Path p) {
        String naam = p.getFileName().toString();
        Path csv = p.resolveSibling(naam.substring(0, naam.length() - ".xml".length()) + ".csv");
        try {
            byte[] inhoud = leesBegrensd(p);
            if (inhoud.length > grootte.maximum()) {
                verplaats(p, null, "te-groot");
                return new Uitkomst(naam, null, "te-groot");
            }
            byte[] specificatie = null;
            if (Files.isRegularFile(csv)) {
                specificatie = leesBegrensd(csv);
                if (specificatie.length > grootte.maximum()) {
                    return new Uitkomst(naam, null, "specificatie-te-groot");
                }
            }
            DeclaratieDienst.Ontvangst o;
            try {
                o = dienst.ontvangUitMap(wie, inhoud, naam, specificatie);
            } catch (DeclaratieDienst.OngeldigeSpecificatie e) {
                return new Uitkomst(naam, null, "specificatie", e.getMessage());
            } catch (Probleem e) {
                return new Uitkomst(naam, null, "gemeente");
            }
            if (o == null) {
                return new Uitkomst(naam, null, "andere-gemeente");
            }
            verplaats(p, specificatie == null ? null : csv, "verwerkt");
            return new Uitkomst(naam, o.declaratie(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most one byte over the limit: a larger file is refused without being read whole. */
    private byte[] leesBegrensd(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(grootte.maximum() + 1);
        }
    }

    /** Moves the 323 (and its CSV, when given) under one free name, so the pair stays recognisable in {@code naar/}. */
    private void verplaats(Path p, Path csv, String naar) throws IOException {
        Path doelmap = map.resolve(naar);
        Files.createDirectories(doelmap);
        String achter = "";
        for (int i = 2; Files.exists(doelmap.resolve(p.getFileName() + achter))
                || csv != null && Files.exists(doelmap.resolve(csv.getFileName() + achter)); i++) {
            achter = "." + i;
        }
        Files.move(p, doelmap.resolve(p.getFileName() + achter), StandardCopyOption.ATOMIC_MOVE);
        if (csv != null) {
            Files.move(csv, doelmap.resolve(csv.getFileName() + achter), StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
