package nl.indiceer.regeling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which products may be combined: pair verdicts (a stapelingsmatrix, symmetric), required companions,
 * footnotes and the hardheidsclausule. Pairs are expanded to product codes once, at load time, so the
 * engine looks a verdict up in a map.
 */
public final class Combinaties {

    private final Oordeel standaard;
    private final List<Groep> groepen;
    private final List<Voetnoot> voetnoten;
    private final Hardheidsclausule hardheidsclausule;
    private final List<Paar> paren;
    private final List<Vereiste> vereisten;
    private final Bron bron;
    private final Tijdregels tijdregels;
    private final List<Feitvereiste> feitvereisten;
    private final Map<String, Map<String, Paar>> perCode;
    private final Map<String, List<String>> groepLeden;
    /** The members of each group as a set, for {@link #bevat}: asked for every line and every rule of every request. */
    private final Map<String, java.util.Set<String>> groepSets;

    public Combinaties(Oordeel standaard, List<Groep> groepen, List<Voetnoot> voetnoten,
                       Hardheidsclausule hardheidsclausule, List<Paar> paren, List<Vereiste> vereisten, Bron bron) {
        this(standaard, groepen, voetnoten, hardheidsclausule, paren, vereisten, bron, Tijdregels.GEEN);
    }

    public Combinaties(Oordeel standaard, List<Groep> groepen, List<Voetnoot> voetnoten,
                       Hardheidsclausule hardheidsclausule, List<Paar> paren, List<Vereiste> vereisten, Bron bron,
                       Tijdregels tijdregels) {
        this(standaard, groepen, voetnoten, hardheidsclausule, paren, vereisten, bron, tijdregels, List.of());
    }

    public Combinaties(Oordeel standaard, List<Groep> groepen, List<Voetnoot> voetnoten,
                       Hardheidsclausule hardheidsclausule, List<Paar> paren, List<Vereiste> vereisten, Bron bron,
                       Tijdregels tijdregels, List<Feitvereiste> feitvereisten) {
        this.tijdregels = tijdregels;
        this.feitvereisten = List.copyOf(feitvereisten);
        this.standaard = standaard;
        this.groepen = List.copyOf(groepen);
        this.voetnoten = List.copyOf(voetnoten);
        this.hardheidsclausule = hardheidsclausule;
        this.paren = List.copyOf(paren);
        this.vereisten = List.copyOf(vereisten);
        this.bron = bron;
        Map<String, List<String>> leden = new HashMap<>();
        for (Groep g : this.groepen) {
            leden.put(g.naam(), g.producten());
        }
        this.groepLeden = java.util.Collections.unmodifiableMap(leden);
        Map<String, java.util.Set<String>> sets = new HashMap<>();
        leden.forEach((naam, producten) ->
                sets.put(naam, java.util.Collections.unmodifiableSet(new java.util.HashSet<>(producten))));
        this.groepSets = java.util.Collections.unmodifiableMap(sets);
        Map<String, Map<String, Paar>> paarPerCode = new HashMap<>();
        // A pair that names products directly is more specific than one that names groups, and wins;
        // among equally specific pairs the later one in the file wins.
        List<Paar> opVolgorde = new java.util.ArrayList<>(paren);
        opVolgorde.sort(java.util.Comparator.comparingInt(this::specifiekheid));
        for (Paar paar : opVolgorde) {
            for (String a : codes(paar.a())) {
                for (String b : codes(paar.b())) {
                    paarPerCode.computeIfAbsent(a, k -> new HashMap<>()).put(b, paar);
                    paarPerCode.computeIfAbsent(b, k -> new HashMap<>()).put(a, paar);
                }
            }
        }
        Map<String, Map<String, Paar>> vast = new HashMap<>();
        paarPerCode.forEach((code, perB) -> vast.put(code, java.util.Collections.unmodifiableMap(perB)));
        this.perCode = java.util.Collections.unmodifiableMap(vast);
    }

    private int specifiekheid(Paar paar) {
        int n = 0;
        for (String naam : new String[] {paar.a(), paar.b()}) {
            if (!groepLeden.containsKey(naam)) {
                n++;
            }
        }
        return n;
    }

    public static Combinaties geen() {
        return new Combinaties(Oordeel.MOGELIJK, List.of(), List.of(), null, List.of(), List.of(), null);
    }

    /** Product codes meant by a name: the members of a group, or the code itself. */
    public List<String> codes(String groepOfCode) {
        if (groepOfCode == null) {
            return List.of(); // only while a broken file is being read; its problem is reported
        }
        List<String> leden = groepLeden.get(groepOfCode);
        return leden != null ? leden : List.of(groepOfCode);
    }

    /** The explicit verdict on a pair of product codes, or null when the rulebook does not list the pair. */
    public Paar paar(String codeA, String codeB) {
        Map<String, Paar> m = perCode.get(codeA);
        return m == null ? null : m.get(codeB);
    }

    public Voetnoot voetnoot(Integer nummer) {
        if (nummer == null) {
            return null;
        }
        for (Voetnoot v : voetnoten) {
            if (v.nummer() == nummer) {
                return v;
            }
        }
        return null;
    }

    public Oordeel standaard() {
        return standaard;
    }

    public List<Groep> groepen() {
        return groepen;
    }

    public List<Voetnoot> voetnoten() {
        return voetnoten;
    }

    public Hardheidsclausule hardheidsclausule() {
        return hardheidsclausule;
    }

    public List<Paar> paren() {
        return paren;
    }

    public List<Vereiste> vereisten() {
        return vereisten;
    }

    public Bron bron() {
        return bron;
    }

    /** Declared facts, orders in time, pauses and scaling down. */
    public Tijdregels tijdregels() {
        return tijdregels;
    }

    /** Facts about the client that products require ({@code vereiste_feiten}: IQ, behandelplan, work at 16+). */
    public List<Feitvereiste> feitvereisten() {
        return feitvereisten;
    }

    /** True when {@code code} is one of the products or groups named. */
    public boolean bevat(List<String> namen, String code) {
        // the same as codes(n).contains(code) for each name, without a list per name and a walk through a group's members
        for (int i = 0; i < namen.size(); i++) {
            String n = namen.get(i);
            java.util.Set<String> leden = n == null ? null : groepSets.get(n);
            if (leden != null ? leden.contains(code) : n != null && n.equals(code)) {
                return true;
            }
        }
        return false;
    }
}
