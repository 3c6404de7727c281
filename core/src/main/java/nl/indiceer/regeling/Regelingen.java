package nl.indiceer.regeling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * All rulebooks of all regions, loaded from a folder with one subfolder per region. Picks the version
 * in force on a date. Versions of one region may not overlap.
 */
public final class Regelingen {

    private final Map<String, List<Regeling>> perRegio;

    private Regelingen(Map<String, List<Regeling>> perRegio) {
        this.perRegio = perRegio;
    }

    /** Loads every {@code <regio>/*.yaml} below the folder; throws with every problem of every file. */
    public static Regelingen laad(Path map) {
        List<Probleem> problemen = new ArrayList<>();
        Map<String, List<Regeling>> perRegio = new LinkedHashMap<>();
        if (!Files.isDirectory(map)) {
            throw new OngeldigeRegelingException(List.of(new Probleem(map.toString(), 0, "(map)", "bestaat niet of is geen map")));
        }
        for (Path bestand : yamlBestanden(map)) {
            try {
                Regeling r = RegelingLezer.lees(bestand);
                String mapnaam = bestand.getParent().getFileName().toString();
                if (!bestand.getParent().equals(map) && !mapnaam.equals(r.regio())) {
                    problemen.add(new Probleem(bestand.toString(), 1, "regio",
                            "'" + r.regio() + "' hoort in map '" + r.regio() + "', niet in '" + mapnaam + "'"));
                    continue;
                }
                perRegio.computeIfAbsent(r.regio(), k -> new ArrayList<>()).add(r);
            } catch (OngeldigeRegelingException e) {
                problemen.addAll(e.problemen());
            }
        }
        for (List<Regeling> versies : perRegio.values()) {
            versies.sort(Comparator.comparing(Regeling::geldigVanaf));
            for (int i = 1; i < versies.size(); i++) {
                Regeling vorige = versies.get(i - 1);
                Regeling deze = versies.get(i);
                if (vorige.geldigTot() == null || !vorige.geldigTot().isBefore(deze.geldigVanaf())) {
                    problemen.add(new Probleem(deze.bestand(), 1, "geldig_vanaf", "geldigheid overlapt met "
                            + vorige.bestand() + " (" + vorige.geldigVanaf() + " t/m "
                            + (vorige.geldigTot() == null ? "open" : vorige.geldigTot()) + ")"));
                }
            }
        }
        if (perRegio.isEmpty() && problemen.isEmpty()) {
            problemen.add(new Probleem(map.toString(), 0, "(map)", "bevat geen regelingen (*.yaml)"));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeRegelingException(problemen);
        }
        return new Regelingen(perRegio);
    }

    private static List<Path> yamlBestanden(Path map) {
        try (Stream<Path> s = Files.walk(map, 2)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new OngeldigeRegelingException(List.of(new Probleem(map.toString(), 0, "(map)", e.getMessage())));
        }
    }

    /** The region's folder name for a name as a user types it ("Noord-Limburg"), or null when unknown. */
    public String regio(String naam) {
        if (naam == null) {
            return null;
        }
        for (String r : perRegio.keySet()) {
            if (r.equalsIgnoreCase(naam.trim())) {
                return r;
            }
        }
        return null;
    }

    /** The version of a region's rulebook in force on the date, or null. Region names are not case-sensitive. */
    public Regeling voor(String regio, LocalDate peildatum) {
        String bekend = regio(regio);
        for (Regeling r : perRegio.getOrDefault(bekend == null ? regio : bekend, List.of())) {
            if (r.geldigOp(peildatum)) {
                return r;
            }
        }
        return null;
    }

    public List<String> regios() {
        return List.copyOf(perRegio.keySet());
    }

    public List<Regeling> versies(String regio) {
        String bekend = regio(regio);
        return List.copyOf(perRegio.getOrDefault(bekend == null ? regio : bekend, List.of()));
    }
}
