package nl.indiceer.normenkader;

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
import nl.indiceer.regeling.Probleem;

/**
 * All normenkaders in a folder ({@code normenkaders/*.yaml}, also one level of subfolders), by id.
 * Several files may hold versions of one id; their validity may not overlap.
 */
public final class Normenkaders {

    private final Map<String, List<Normenkader>> perId;

    private Normenkaders(Map<String, List<Normenkader>> perId) {
        this.perId = perId;
    }

    /** Loads every file; throws with every problem of every file. */
    public static Normenkaders laad(Path map) {
        if (!Files.isDirectory(map)) {
            throw new OngeldigNormenkaderException(List.of(new Probleem(map.toString(), 0, "(map)",
                    "bestaat niet of is geen map")));
        }
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(map, 2)) {
            bestanden = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new OngeldigNormenkaderException(List.of(new Probleem(map.toString(), 0, "(map)", e.getMessage())));
        }
        List<Probleem> problemen = new ArrayList<>();
        List<Normenkader> kaders = new ArrayList<>();
        for (Path bestand : bestanden) {
            try {
                kaders.add(NormenkaderLezer.lees(bestand));
            } catch (OngeldigNormenkaderException e) {
                problemen.addAll(e.problemen());
            }
        }
        if (kaders.isEmpty() && problemen.isEmpty()) {
            problemen.add(new Probleem(map.toString(), 0, "(map)", "bevat geen normenkaders (*.yaml)"));
        }
        Normenkaders uit = van(kaders, problemen);
        if (!problemen.isEmpty()) {
            throw new OngeldigNormenkaderException(problemen);
        }
        return uit;
    }

    /** From normenkaders already read (tests, or a municipality's own set); checks overlapping versions. */
    public static Normenkaders van(List<Normenkader> kaders) {
        List<Probleem> problemen = new ArrayList<>();
        Normenkaders uit = van(kaders, problemen);
        if (!problemen.isEmpty()) {
            throw new OngeldigNormenkaderException(problemen);
        }
        return uit;
    }

    private static Normenkaders van(List<Normenkader> kaders, List<Probleem> problemen) {
        Map<String, List<Normenkader>> perId = new LinkedHashMap<>();
        for (Normenkader k : kaders) {
            perId.computeIfAbsent(k.id(), x -> new ArrayList<>()).add(k);
        }
        for (List<Normenkader> versies : perId.values()) {
            versies.sort(Comparator.comparing(Normenkader::geldigVanaf));
            for (int i = 1; i < versies.size(); i++) {
                Normenkader vorige = versies.get(i - 1);
                Normenkader deze = versies.get(i);
                if (vorige.geldigTot() == null || !vorige.geldigTot().isBefore(deze.geldigVanaf())) {
                    problemen.add(new Probleem(deze.bestand(), 1, "geldig_vanaf", "geldigheid overlapt met "
                            + vorige.bestand() + " (" + vorige.geldigVanaf() + " t/m "
                            + (vorige.geldigTot() == null ? "open" : vorige.geldigTot()) + ")"));
                }
            }
        }
        return new Normenkaders(perId);
    }

    /** The version in force on the date, or null. */
    public Normenkader voor(String id, LocalDate peildatum) {
        for (Normenkader k : perId.getOrDefault(id, List.of())) {
            if (k.geldigOp(peildatum)) {
                return k;
            }
        }
        return null;
    }

    public List<String> ids() {
        return List.copyOf(perId.keySet());
    }

    public List<Normenkader> versies(String id) {
        return List.copyOf(perId.getOrDefault(id, List.of()));
    }
}
