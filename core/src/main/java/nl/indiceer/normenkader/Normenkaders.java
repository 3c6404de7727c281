package nl.indiceer.normenkader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.regeling.Bronbestand;
import nl.indiceer.regeling.Mapbron;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regelbron;

/**
 * All normenkaders in a folder ({@code normenkaders/*.yaml}, also one level of subfolders), by id.
 * Several files may hold versions of one id; their validity may not overlap.
 */
public final class Normenkaders {

    private final Map<String, List<Normenkader>> perId;

    /** Every list and the map are copies that refuse changes: loaded normenkaders can be shared between threads. */
    private Normenkaders(Map<String, List<Normenkader>> perId) {
        Map<String, List<Normenkader>> kopie = new LinkedHashMap<>();
        perId.forEach((id, versies) -> kopie.put(id, List.copyOf(versies)));
        this.perId = Collections.unmodifiableMap(kopie);
    }

    /** Loads every file of the folder (see {@link Mapbron}); throws with every problem of every file. */
    public static Normenkaders laad(Path map) {
        return laad(new Mapbron(map));
    }

    /** Loads every file of the source; throws {@link OngeldigNormenkaderException} with every problem of every file. */
    public static Normenkaders laad(Regelbron bron) {
        List<Bronbestand> bestanden;
        try {
            bestanden = bron.bestanden();
        } catch (OngeldigeRegelingException e) {
            throw new OngeldigNormenkaderException(e.problemen());
        }
        List<Probleem> problemen = new ArrayList<>();
        List<Normenkader> kaders = new ArrayList<>();
        for (Bronbestand bestand : bestanden) {
            try {
                kaders.add(NormenkaderLezer.lees(bron.plaats(bestand), bestand.inhoud()));
            } catch (OngeldigNormenkaderException e) {
                problemen.addAll(e.problemen());
            }
        }
        if (kaders.isEmpty() && problemen.isEmpty()) {
            problemen.add(new Probleem(bron.omschrijving(), 0, "(map)", "bevat geen normenkaders (*.yaml)"));
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
            versies.sort(Comparator.comparing(k -> k.geldigheid().vanaf()));
            for (int i = 1; i < versies.size(); i++) {
                Normenkader vorige = versies.get(i - 1);
                Normenkader deze = versies.get(i);
                Geldigheid v = vorige.geldigheid();
                if (v.tot() == null || !v.tot().isBefore(deze.geldigheid().vanaf())) {
                    problemen.add(new Probleem(deze.identiteit().bestand(), 1, "geldig_vanaf", "geldigheid overlapt met "
                            + vorige.identiteit().bestand() + " (" + v.vanaf() + " t/m "
                            + (v.tot() == null ? "open" : v.tot()) + ")"));
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
