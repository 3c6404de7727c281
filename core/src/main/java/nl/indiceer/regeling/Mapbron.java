package nl.indiceer.regeling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A folder of YAML files: {@code <map>/<regio>/<versie>.yaml} for rulebooks, {@code <map>/<id>.yaml}
 * for normenkaders. Rules (docs/regeling-formaat.md, "Map en bestanden"):
 * <ul>
 *   <li>symbolic links are followed, for the folder itself, a region folder and a file (a loop is a problem);</li>
 *   <li>a file ending in {@code .yaml} or {@code .yml}, in any case ({@code .YAML}), is read; other files
 *       and names starting with '.' (e.g. {@code .git}) are ignored;</li>
 *   <li>a YAML file more than one folder deep is refused, not skipped;</li>
 *   <li>two folders or files whose names differ only in case are refused (they are the same on Windows and macOS);</li>
 *   <li>a file may hold at most {@link YamlObject#MAXIMALE_BESTANDSGROOTTE} bytes; at most
 *       {@link #MAXIMAAL_AANTAL_BESTANDEN} YAML files and {@link #MAXIMAAL_AANTAL_ITEMS} entries are looked at.</li>
 * </ul>
 */
public final class Mapbron implements Regelbron {

    /** At most this many YAML files in one source. */
    public static final int MAXIMAAL_AANTAL_BESTANDEN = 1_000;
    /** At most this many files and folders are looked at (so a wrong folder such as / fails fast). */
    public static final int MAXIMAAL_AANTAL_ITEMS = 10_000;

    private final Path map;

    public Mapbron(Path map) {
        this.map = map;
    }

    public Path map() {
        return map;
    }

    @Override
    public String omschrijving() {
        return map.toString();
    }

    @Override
    public String plaats(Bronbestand bestand) {
        return map.resolve(bestand.naam()).toString();
    }

    @Override
    public List<Bronbestand> bestanden() {
        if (!Files.isDirectory(map)) {
            throw fout(map.toString(), "(map)", "bestaat niet of is geen map");
        }
        List<Probleem> problemen = new ArrayList<>();
        List<Path> gevonden = zoek(problemen);
        List<Bronbestand> uit = new ArrayList<>();
        if (problemen.isEmpty()) {
            controleerHoofdletters(gevonden, problemen);
        }
        if (problemen.isEmpty()) {
            for (Path relatief : gevonden) {
                Bronbestand b = lees(relatief, problemen);
                if (b != null) {
                    uit.add(b);
                }
            }
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeRegelingException(problemen);
        }
        uit.sort(Comparator.comparing(Bronbestand::naam));
        return List.copyOf(uit);
    }

    static boolean isYaml(String naam) {
        String klein = naam.toLowerCase(Locale.ROOT);
        return klein.endsWith(".yaml") || klein.endsWith(".yml");
    }

    /** The YAML files below the folder, relative to it. */
    private List<Path> zoek(List<Probleem> problemen) {
        List<Path> gevonden = new ArrayList<>();
        int[] items = {0};
        try {
            Files.walkFileTree(map, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(map) && verborgen(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return teller() ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFile(Path bestand, BasicFileAttributes attrs) {
                    if (!teller()) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (verborgen(bestand) || !isYaml(bestand.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path relatief = map.relativize(bestand);
                    if (attrs.isSymbolicLink()) {
                        problemen.add(new Probleem(bestand.toString(), 0, "(bestand)",
                                "is een symbolische link naar een bestand dat niet bestaat of niet gelezen kan worden"));
                    } else if (!attrs.isRegularFile()) {
                        problemen.add(new Probleem(bestand.toString(), 0, "(bestand)", "is geen gewoon bestand"));
                    } else if (relatief.getNameCount() > 2) {
                        problemen.add(new Probleem(bestand.toString(), 0, "(bestand)", "staat te diep: een bestand staat in "
                                + map + " zelf of in een map daaronder (<regio>/" + relatief.getFileName() + "), niet dieper"));
                    } else if (gevonden.size() >= MAXIMAAL_AANTAL_BESTANDEN) {
                        problemen.add(new Probleem(map.toString(), 0, "(map)", "bevat meer dan "
                                + MAXIMAAL_AANTAL_BESTANDEN + " YAML-bestanden"));
                        return FileVisitResult.TERMINATE;
                    } else {
                        gevonden.add(relatief);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path bestand, IOException e) {
                    String wat = e instanceof FileSystemLoopException
                            ? "symbolische link vormt een kring (verwijst naar een map erboven)"
                            : "kan niet gelezen worden: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage());
                    problemen.add(new Probleem(bestand.toString(), 0, "(map)", wat));
                    return FileVisitResult.CONTINUE;
                }

                private boolean teller() {
                    if (++items[0] > MAXIMAAL_AANTAL_ITEMS) {
                        problemen.add(new Probleem(map.toString(), 0, "(map)", "bevat meer dan " + MAXIMAAL_AANTAL_ITEMS
                                + " bestanden en mappen; is dit de goede map?"));
                        return false;
                    }
                    return true;
                }
            });
        } catch (IOException | RuntimeException e) {
            problemen.add(new Probleem(map.toString(), 0, "(map)", "kan niet doorlopen worden: " + e.getMessage()));
        }
        return gevonden;
    }

    private static boolean verborgen(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** Names that differ only in case are one and the same on Windows and macOS: refuse them on every system. */
    private void controleerHoofdletters(List<Path> gevonden, List<Probleem> problemen) {
        Map<String, String> mappen = new HashMap<>();
        Map<String, String> bestanden = new HashMap<>();
        for (Path relatief : gevonden) {
            String naam = naam(relatief);
            int slash = naam.lastIndexOf('/');
            if (slash > 0) {
                String mapnaam = naam.substring(0, slash);
                String eerder = mappen.putIfAbsent(mapnaam.toLowerCase(Locale.ROOT), mapnaam);
                if (eerder != null && !eerder.equals(mapnaam)) {
                    problemen.add(new Probleem(map.resolve(mapnaam).toString(), 0, "(map)", "verschilt alleen in "
                            + "hoofdletters van map '" + eerder + "'; geef elke regio één map"));
                    mappen.put(mapnaam.toLowerCase(Locale.ROOT), mapnaam); // report each clash once
                    continue;
                }
            }
            String eerder = bestanden.putIfAbsent(naam.toLowerCase(Locale.ROOT), naam);
            if (eerder != null && !eerder.equals(naam)) {
                problemen.add(new Probleem(map.resolve(naam).toString(), 0, "(bestand)", "verschilt alleen in "
                        + "hoofdletters van '" + eerder + "'"));
            }
        }
    }

    private static String naam(Path relatief) {
        StringBuilder s = new StringBuilder();
        for (Path deel : relatief) {
            s.append(s.length() == 0 ? "" : "/").append(deel);
        }
        return s.toString();
    }

    private Bronbestand lees(Path relatief, List<Probleem> problemen) {
        Path pad = map.resolve(relatief);
        try (InputStream in = Files.newInputStream(pad)) {
            byte[] inhoud = in.readNBytes(YamlObject.MAXIMALE_BESTANDSGROOTTE + 1);
            if (inhoud.length > YamlObject.MAXIMALE_BESTANDSGROOTTE) {
                problemen.add(new Probleem(pad.toString(), 0, "(bestand)", "is te groot: een bestand mag ten hoogste "
                        + YamlObject.MAXIMALE_BESTANDSGROOTTE + " bytes zijn"));
                return null;
            }
            return new Bronbestand(naam(relatief), inhoud);
        } catch (IOException e) {
            problemen.add(new Probleem(pad.toString(), 0, "(bestand)", "kan niet gelezen worden: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
            return null;
        }
    }

    private static OngeldigeRegelingException fout(String waar, String veld, String melding) {
        return new OngeldigeRegelingException(List.of(new Probleem(waar, 0, veld, melding)));
    }
}
