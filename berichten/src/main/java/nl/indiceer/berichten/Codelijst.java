package nl.indiceer.berichten;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An official code list read from the configured iStandaarden folder ({@code <map>/ijw/codelijsten/WJ001_Retourcode.md}):
 * code to its Dutch meaning, as the list's tables give them. Read at run time, never copied into Indiceer; a folder
 * without the list gives an empty list, and a code it does not hold has no meaning ({@link #betekenis} null), which the
 * caller shows as such.
 */
public final class Codelijst {

    /** Files of a few kilobytes; a larger one is not a code list. */
    private static final long MAXIMALE_GROOTTE = 1024 * 1024;
    private static final Pattern CODE = Pattern.compile("(?=.*[0-9])[0-9A-Z]{1,4}");

    public static final Codelijst LEEG = new Codelijst(Map.of());

    private final Map<String, String> betekenissen;

    private Codelijst(Map<String, String> betekenissen) {
        this.betekenissen = Collections.unmodifiableMap(betekenissen);
    }

    /**
     * The list whose file name starts with {@code id + "_"} in {@code <map>/<standaard>/codelijsten}.
     *
     * @param map       the iStandaarden folder; null: no list
     * @param standaard {@code ijw} or {@code iwmo}
     * @param id        e.g. WJ001
     */
    public static Codelijst uit(Path map, String standaard, String id) {
        if (map == null) {
            return LEEG;
        }
        Path lijsten = map.resolve(standaard).resolve("codelijsten");
        if (!Files.isDirectory(lijsten)) {
            return LEEG;
        }
        try (Stream<Path> bestanden = Files.list(lijsten)) {
            Path bestand = bestanden.filter(p -> p.getFileName().toString().startsWith(id + "_")).sorted().findFirst()
                    .orElse(null);
            if (bestand == null || !Files.isRegularFile(bestand) || Files.size(bestand) > MAXIMALE_GROOTTE) {
                return LEEG;
            }
            return lees(Files.readString(bestand, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return LEEG;
        }
    }

    /** The rows {@code | code | betekenis | ...} of every table in this text; the first meaning of a code counts. */
    static Codelijst lees(String markdown) {
        Map<String, String> uit = new LinkedHashMap<>();
        for (String regel : markdown.split("\\R")) {
            String r = regel.strip();
            if (!r.startsWith("|")) {
                continue;
            }
            String[] cellen = r.substring(1).split("\\|");
            if (cellen.length < 2) {
                continue;
            }
            String code = cellen[0].strip();
            String betekenis = cellen[1].strip();
            if (CODE.matcher(code).matches() && !betekenis.isEmpty()) {
                uit.putIfAbsent(code, betekenis);
            }
        }
        return new Codelijst(uit);
    }

    /** The meaning, or null when the list does not hold the code. */
    public String betekenis(String code) {
        return betekenissen.get(code);
    }

    public boolean isLeeg() {
        return betekenissen.isEmpty();
    }
}
