package nl.indiceer.regeling;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All rulebooks of all regions, loaded from a folder with one subfolder per region. Picks the version
 * in force on a date. Versions of one region may not overlap.
 */
public final class Regelingen {

    private final Map<String, List<Regeling>> perRegio;

    private Regelingen(Map<String, List<Regeling>> perRegio) {
        this.perRegio = perRegio;
    }

    /** Loads every {@code <regio>/*.yaml} below the folder (see {@link Mapbron}); throws with every problem of every file. */
    public static Regelingen laad(Path map) {
        return laad(new Mapbron(map));
    }

    /**
     * Loads every file of the source. A file named {@code <regio>/<...>.yaml} must hold that region's
     * rulebook; versions of one region may not overlap; two regions may not differ only in case.
     * Throws {@link OngeldigeRegelingException} with every problem of every file.
     */
    public static Regelingen laad(Regelbron bron) {
        List<Probleem> problemen = new ArrayList<>();
        Map<String, List<Regeling>> perRegio = new LinkedHashMap<>();
        Map<String, String> regioKlein = new HashMap<>();
        List<Bronbestand> tariefbestanden = new ArrayList<>();
        java.util.Set<Regeling> opvolgers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Bronbestand bestand : bron.bestanden()) {
            String plaats = bron.plaats(bestand);
            if (TariefbladLezer.isTariefbestand(bestand)) {
                tariefbestanden.add(bestand); // read once every rulebook is known: a tariff list belongs to one
                continue;
            }
            try {
                Regeling r = RegelingLezer.lees(plaats, bestand.inhoud());
                String mapnaam = bestand.map();
                if (!mapnaam.isEmpty() && !mapnaam.equals(r.regio())) {
                    problemen.add(new Probleem(plaats, 1, "regio",
                            "'" + r.regio() + "' hoort in map '" + r.regio() + "', niet in '" + mapnaam + "'"));
                    continue;
                }
                String eerder = regioKlein.putIfAbsent(r.regio().toLowerCase(Locale.ROOT), r.regio());
                if (eerder != null && !eerder.equals(r.regio())) {
                    problemen.add(new Probleem(plaats, 1, "regio", "'" + r.regio() + "' verschilt alleen in hoofdletters "
                            + "van regio '" + eerder + "'; een regio heeft één naam"));
                    continue;
                }
                perRegio.computeIfAbsent(r.regio(), k -> new ArrayList<>()).add(r);
                if (bron.opvolger(bestand)) {
                    opvolgers.add(r);
                }
            } catch (OngeldigeRegelingException e) {
                problemen.addAll(e.problemen());
            }
        }
        for (List<Regeling> versies : perRegio.values()) {
            versies.sort(Comparator.comparing(Regeling::geldigVanaf));
            for (int i = 1; i < versies.size(); i++) {
                Regeling vorige = versies.get(i - 1);
                Regeling deze = versies.get(i);
                boolean overlapt = vorige.geldigTot() == null || !vorige.geldigTot().isBefore(deze.geldigVanaf());
                if (overlapt && (opvolgers.contains(vorige) || opvolgers.contains(deze))
                        && vorige.geldigVanaf().isBefore(deze.geldigVanaf())) {
                    // a version put in force from a date ends the one before it (or is ended by the next one)
                    Regeling ingekort = vorige.totEnMet(deze.geldigVanaf().minusDays(1));
                    if (opvolgers.remove(vorige)) {
                        opvolgers.add(ingekort);
                    }
                    versies.set(i - 1, ingekort);
                } else if (overlapt) {
                    problemen.add(new Probleem(deze.bestand(), 1, "geldig_vanaf", "geldigheid overlapt met "
                            + vorige.bestand() + " (" + vorige.geldigVanaf() + " t/m "
                            + (vorige.geldigTot() == null ? "open" : vorige.geldigTot()) + ")"));
                }
            }
        }
        Map<Regeling, List<Tariefblad>> bladen = tariefbladen(bron, tariefbestanden, perRegio, problemen);
        perRegio.replaceAll((regio, versies) -> versies.stream()
                .map(r -> r.metTariefbladen(bladen.getOrDefault(r, List.of()))).collect(java.util.stream.Collectors.toList()));
        if (perRegio.isEmpty() && problemen.isEmpty()) {
            problemen.add(new Probleem(bron.omschrijving(), 0, "(map)", "bevat geen regelingen (*.yaml)"));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeRegelingException(problemen);
        }
        Map<String, List<Regeling>> vast = new LinkedHashMap<>();
        perRegio.forEach((regio, versies) -> vast.put(regio, List.copyOf(versies)));
        return new Regelingen(Collections.unmodifiableMap(vast));
    }

    /**
     * Reads the dated tariff lists ({@code <regio>/tarieven-*.yaml}) against the rulebook versions of their region and
     * checks that the lists of one region do not overlap.
     */
    private static Map<Regeling, List<Tariefblad>> tariefbladen(Regelbron bron, List<Bronbestand> bestanden,
                                                                Map<String, List<Regeling>> perRegio, List<Probleem> problemen) {
        Map<Regeling, List<Tariefblad>> perVersie = new java.util.IdentityHashMap<>();
        Map<String, List<Tariefblad>> perRegioBladen = new HashMap<>();
        for (Bronbestand b : bestanden) {
            TariefbladLezer.Gelezen g = TariefbladLezer.lees(bron.plaats(b), b,
                    perRegio.getOrDefault(b.map(), List.of()), problemen);
            if (g != null) {
                perVersie.computeIfAbsent(g.regeling(), k -> new ArrayList<>()).add(g.blad());
                perRegioBladen.computeIfAbsent(g.regeling().regio(), k -> new ArrayList<>()).add(g.blad());
            }
        }
        for (List<Tariefblad> lijst : perRegioBladen.values()) {
            lijst.sort(Comparator.comparing(Tariefblad::geldigVanaf));
            for (int i = 1; i < lijst.size(); i++) {
                Tariefblad vorige = lijst.get(i - 1);
                Tariefblad deze = lijst.get(i);
                if (vorige.geldigTot() == null || !vorige.geldigTot().isBefore(deze.geldigVanaf())) {
                    problemen.add(new Probleem(deze.bestand(), 1, "geldig_vanaf", "geldigheid overlapt met "
                            + vorige.bestand() + " (" + vorige.geldigVanaf() + " t/m "
                            + (vorige.geldigTot() == null ? "open" : vorige.geldigTot()) + "); geef dat bestand een "
                            + "geldig_tot voor " + deze.geldigVanaf()));
                }
            }
        }
        perVersie.values().forEach(l -> l.sort(Comparator.comparing(Tariefblad::geldigVanaf)));
        return perVersie;
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
        return perRegio.getOrDefault(bekend == null ? regio : bekend, List.of());
    }
}
