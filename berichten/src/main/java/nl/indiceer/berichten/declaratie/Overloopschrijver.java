package nl.indiceer.berichten.declaratie;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text kept in memory up to a limit and beyond it in a temporary file: a part that is known only in pieces but must be
 * written after something that comes later (the rejected prestaties of a 325 after its totals; the report of a 323
 * once the 323 turned out readable to its end). Most answers are small; a temporary
 * file for each of them cost more than the whole check of its prestaties (issue 11: 1 500 325s, two extra file
 * creations and a read-back each, about 3 s of a 10 s run). A huge one still keeps memory bounded.
 */
public final class Overloopschrijver extends Writer {

    /** Characters kept in memory before the text moves to a file (16 MB of heap at most). */
    static final int GRENS = 8 * 1024 * 1024;

    private final Path map;
    private final String voorvoegsel;
    private final int grens;
    private StringBuilder geheugen = new StringBuilder();
    private Path bestand;
    private Writer schijf;

    /**
     * @param map         where a temporary file goes when the text outgrows memory
     * @param voorvoegsel the start of that file's name
     */
    public Overloopschrijver(Path map, String voorvoegsel) {
        this(map, voorvoegsel, GRENS);
    }

    Overloopschrijver(Path map, String voorvoegsel, int grens) {
        this.map = map;
        this.voorvoegsel = voorvoegsel;
        this.grens = grens;
    }

    @Override
    public void write(char[] tekens, int van, int lengte) throws IOException {
        if (schijf != null) {
            schijf.write(tekens, van, lengte);
        } else {
            geheugen.append(tekens, van, lengte);
            loopOverWanneerNodig();
        }
    }

    @Override
    public void write(String tekst, int van, int lengte) throws IOException {
        if (schijf != null) {
            schijf.write(tekst, van, lengte);
        } else {
            geheugen.append(tekst, van, van + lengte);
            loopOverWanneerNodig();
        }
    }

    @Override
    public void write(int teken) throws IOException {
        if (schijf != null) {
            schijf.write(teken);
        } else {
            geheugen.append((char) teken);
            loopOverWanneerNodig();
        }
    }

    private void loopOverWanneerNodig() throws IOException {
        if (geheugen.length() > grens) {
            bestand = Files.createTempFile(map, voorvoegsel, ".deel");
            schijf = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8);
            schijf.append(geheugen);
            geheugen = null;
        }
    }

    /** Whether the text has moved to a temporary file. */
    boolean opSchijf() {
        return schijf != null;
    }

    /** Writes all text so far to {@code uit}. */
    public void kopieerNaar(Writer uit) throws IOException {
        if (schijf == null) {
            uit.append(geheugen);
            return;
        }
        schijf.flush();
        try (Reader in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            in.transferTo(uit);
        }
    }

    @Override
    public void flush() throws IOException {
        if (schijf != null) {
            schijf.flush();
        }
    }

    /** Closes and removes the temporary file, if there is one; the text is gone. */
    @Override
    public void close() throws IOException {
        geheugen = null;
        if (schijf != null) {
            try {
                schijf.close();
            } finally {
                Files.deleteIfExists(bestand);
                schijf = null;
            }
        }
    }
}
