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
 */
@Service
public class Declaratiemap {

    /** What happened to one file: the declaration it became (null when left in the folder) and why it was left. */
    public record Uitkomst(String bestand, Declaratie declaratie, String overgeslagen) {
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
        try {
            byte[] inhoud;
            try (InputStream in = Files.newInputStream(p)) {
                inhoud = in.readNBytes(grootte.maximum() + 1);
            }
            if (inhoud.length > grootte.maximum()) {
                verplaats(p, "te-groot");
                return new Uitkomst(naam, null, "te-groot");
            }
            DeclaratieDienst.Ontvangst o;
            try {
                o = dienst.ontvangUitMap(wie, inhoud, naam);
            } catch (Probleem e) {
                return new Uitkomst(naam, null, "gemeente");
            }
            if (o == null) {
                return new Uitkomst(naam, null, "andere-gemeente");
            }
            verplaats(p, "verwerkt");
            return new Uitkomst(naam, o.declaratie(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void verplaats(Path p, String naar) throws IOException {
        Path doelmap = map.resolve(naar);
        Files.createDirectories(doelmap);
        Path doel = doelmap.resolve(p.getFileName());
        for (int i = 2; Files.exists(doel); i++) {
            doel = doelmap.resolve(p.getFileName() + "." + i);
        }
        Files.move(p, doel, StandardCopyOption.ATOMIC_MOVE);
    }
}
