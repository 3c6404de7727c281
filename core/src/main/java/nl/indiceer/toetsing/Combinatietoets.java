package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Oordeel;
import nl.indiceer.regeling.Paar;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Vereiste;
import nl.indiceer.regeling.Voetnoot;

/**
 * Checks every pair of products that would run at the same time: the lines of the request among
 * themselves and each line against the client's running allocations. Uses the rulebook's verdicts
 * (stapelingsmatrix), its required companions, and iStandaarden OP259 (same product, same provider,
 * overlapping period) and OP043 (pgb and zin for one product at once).
 */
public final class Combinatietoets {

    /** Something that runs in a period: a request line or a running allocation. */
    private record Inzet(Betrokkene naam, String product, String aanbieder, Financiering financiering, LocalDate begin,
                         LocalDate eind, Integer regel, String lopendeId, String hardheidsclausule) {

        boolean overlapt(Inzet ander) {
            return !begin.isAfter(ander.eind) && !eind.isBefore(ander.begin);
        }
    }

    /** The verdict on every pair that runs at the same time, and the findings that follow from them. */
    public record Resultaat(List<Combinatieoordeel> oordelen, List<Bevinding> bevindingen) {
        public Resultaat {
            oordelen = List.copyOf(oordelen);
            bevindingen = List.copyOf(bevindingen);
        }
    }

    private final Regeling regeling;
    private final Combinaties combinaties;
    private Aanvraag aanvraag;
    // collected while walking the pairs of one request; the object lives for one call of toets
    private final List<Bevinding> bevindingen = new ArrayList<>();
    private final List<Combinatieoordeel> oordelen = new ArrayList<>();

    private Combinatietoets(Regeling regeling) {
        this.regeling = regeling;
        this.combinaties = regeling.combinaties();
    }

    public static Resultaat toets(Aanvraag aanvraag, Regeling regeling) {
        Combinatietoets t = new Combinatietoets(regeling);
        t.toets(aanvraag);
        return new Resultaat(t.oordelen, t.bevindingen);
    }

    private void toets(Aanvraag aanvraag) {
        this.aanvraag = aanvraag;
        List<Inzet> regels = new ArrayList<>();
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel r = aanvraag.producten().get(i);
            regels.add(new Inzet(new Betrokkene(i, null, naam(r.product())), r.product(),
                    r.productkeuze().aanbieder(), r.financiering(), r.begindatum(), r.einddatum(), i, null,
                    r.onderbouwing().hardheidsclausule()));
        }
        List<Inzet> lopend = new ArrayList<>();
        for (LopendeToewijzing t : aanvraag.lopendeToewijzingen()) {
            lopend.add(new Inzet(new Betrokkene(null, t.id(), naam(t.product())), t.product(), t.aanbieder(), t.financiering(), t.begindatum(), t.einddatum(), null, t.id(), null));
        }
        for (int i = 0; i < regels.size(); i++) {
            Inzet a = regels.get(i);
            Productregel r = aanvraag.producten().get(i);
            Set<String> vervangen = new HashSet<>();
            if (r.soort() instanceof Regelsoort.Vervolg vervolg) {
                vervangen.add(vervolg.toewijzing());
            }
            vervangen.addAll(r.pauzeert()); // paused while this line runs: Pauzetoets checks them
            for (int j = i + 1; j < regels.size(); j++) {
                if (a.overlapt(regels.get(j))) {
                    paar(a, regels.get(j));
                }
            }
            for (Inzet t : lopend) {
                if (a.overlapt(t) && (t.lopendeId() == null || !vervangen.contains(t.lopendeId()))) {
                    paar(a, t);
                }
            }
            vereist(a, regels, lopend);
        }
    }

    private String naam(String code) {
        Product p = regeling.product(code);
        return p == null ? code : p.naam();
    }

    /** Findings go to line a and name line b as well, so that both lines are asked for a motivering. */
    private void paar(Inzet a, Inzet b) {
        // an agreement under the hardheidsclausule may be written on either line of the pair
        String hardheidsclausule = a.hardheidsclausule() != null && !a.hardheidsclausule().isBlank()
                ? a.hardheidsclausule() : b.hardheidsclausule();
        for (Bevinding x : beoordeel(a, b, a.regel(), hardheidsclausule)) {
            bevindingen.add(x.ookVoor(b.regel()));
        }
    }

    private List<Bevinding> beoordeel(Inzet a, Inzet b, Integer regel, String hardheidsclausule) {
        List<Bevinding> uit = new ArrayList<>();
        if (a.product().equals(b.product())) {
            uit.addAll(zelfdeProduct(a, b, regel));
        }
        Paar paar = combinaties.paar(a.product(), b.product());
        Oordeel oordeel = paar != null ? paar.oordeel() : a.product().equals(b.product()) ? null : combinaties.standaard();
        if (oordeel == null) {
            return uit;
        }
        Voetnoot voetnoot = paar == null ? null : combinaties.voetnoot(paar.voetnoot());
        String toelichting = toelichting(paar, voetnoot);
        var bron = paar != null ? paar.bron() : combinaties.bron();
        oordelen.add(new Combinatieoordeel(a.naam(), b.naam(), oordeel, toelichting, bron));
        switch (oordeel) {
            case MOGELIJK -> { }
            case VOORWAARDELIJK -> {
                Bevinding voorwaardelijk = paar != null && paar.nietOpDezelfdeDag()
                        ? Bevinding.van(Bevindingcode.NIET_OP_DEZELFDE_DAG, bron, regel, "a", a.naam(), "b", b.naam(),
                                "van", later(a.begin(), b.begin()), "tot", eerder(a.eind(), b.eind()), "toelichting", toelichting)
                        : Bevinding.van(Bevindingcode.STAPELING_VOORWAARDELIJK, bron, regel,
                        "a", a.naam(), "b", b.naam(), "toelichting", toelichting);
                if (paar == null) {
                    uit.add(voorwaardelijk);
                } else {
                    // providers and confirmed facts the rulebook states as data (footnotes 2, 4, 7, 8, 9, 13)
                    uit.addAll(Stapelingsvoorwaardetoets.toets(paar, new Stapelingsvoorwaardetoets.Kant(a.naam(), a.aanbieder()),
                            new Stapelingsvoorwaardetoets.Kant(b.naam(), b.aanbieder()), regel, hardheidsclausule, toelichting,
                            aanvraag, combinaties, voorwaardelijk));
                }
            }
            case ONBEKEND -> uit.add(Bevinding.van(Bevindingcode.STAPELING_ONBEKEND, bron, regel,
                    "a", a.naam(), "b", b.naam(), "toelichting", toelichting));
            case NIET_MOGELIJK -> {
                Boolean feit = paar == null || paar.tenzij() == null ? Boolean.FALSE : aanvraag.feit(paar.tenzij());
                if (Boolean.TRUE.equals(feit)) {
                    uit.add(uitzondering(paar.tenzij(), bron, regel, a.naam(), b.naam()));
                } else {
                    uit.add(nietMogelijk(a, b, toelichting, bron, regel, hardheidsclausule));
                    if (feit == null) {
                        uit.add(feitOnbekend(paar.tenzij(), bron, regel, a.naam(), b.naam()));
                    }
                }
            }
        }
        if (paar != null) {
            uit.addAll(Onduidelijkheden.van(paar.onduidelijk(), paar.bron(), regel));
        }
        return uit;
    }

    private Bevinding uitzondering(String feit, nl.indiceer.regeling.Bron bron, Integer regel, Object a, Object b) {
        return Bevinding.van(Bevindingcode.UITZONDERING_OPGEGEVEN, bron, regel, "a", a, "b", b,
                "vraag", combinaties.tijdregels().feit(feit).vraag(), "feit", feit);
    }

    private Bevinding feitOnbekend(String feit, nl.indiceer.regeling.Bron bron, Integer regel, Object a, Object b) {
        return Bevinding.van(Bevindingcode.FEIT_ONBEKEND, bron, regel, "a", a, "b", b,
                "vraag", combinaties.tijdregels().feit(feit).vraag(), "feit", feit);
    }

    private static LocalDate later(LocalDate x, LocalDate y) {
        return x.isAfter(y) ? x : y;
    }

    private static LocalDate eerder(LocalDate x, LocalDate y) {
        return x.isBefore(y) ? x : y;
    }

    private Bevinding nietMogelijk(Inzet a, Inzet b, String toelichting, nl.indiceer.regeling.Bron bron, Integer regel,
                                   String hardheidsclausule) {
        var clausule = combinaties.hardheidsclausule();
        if (clausule != null && hardheidsclausule != null && !hardheidsclausule.isBlank()) {
            return Bevinding.van(Bevindingcode.STAPELING_HARDHEIDSCLAUSULE, clausule.bron(), regel,
                    "a", a.naam(), "b", b.naam(), "afspraak", hardheidsclausule, "toelichting", toelichting);
        }
        return Bevinding.van(Bevindingcode.STAPELING_NIET_MOGELIJK, bron, regel, "a", a.naam(), "b", b.naam(),
                "toelichting", toelichting, "clausule", clausule == null ? null : clausule.tekst());
    }

    private static String toelichting(Paar paar, Voetnoot voetnoot) {
        StringBuilder s = new StringBuilder();
        if (voetnoot != null) {
            s.append(" Voetnoot ").append(voetnoot.nummer()).append(": ").append(voetnoot.tekst());
        }
        if (paar != null && paar.toelichting() != null) {
            s.append(" ").append(paar.toelichting());
        }
        return s.toString();
    }

    private static List<Bevinding> zelfdeProduct(Inzet a, Inzet b, Integer regel) {
        if (a.financiering() != null && b.financiering() != null && a.financiering().isPgb() != b.financiering().isPgb()) {
            return List.of(Bevinding.van(Bevindingcode.OP043_PGB_EN_ZIN, null, regel, "a", a.naam(), "b", b.naam()));
        }
        if (a.aanbieder() != null && b.aanbieder() != null) {
            return a.aanbieder().equalsIgnoreCase(b.aanbieder())
                    ? List.of(Bevinding.van(Bevindingcode.OP259_GESTAPELDE_TOEWIJZING, null, regel, "a", a.naam(),
                            "b", b.naam(), "aanbieder", a.aanbieder()))
                    : List.of();
        }
        if (a.financiering() == null || !a.financiering().isPgb()) {
            return List.of(Bevinding.van(Bevindingcode.OP259_AANBIEDER_ONBEKEND, null, regel, "a", a.naam(), "b", b.naam()));
        }
        return List.of();
    }

    /**
     * A required companion must run alongside the whole period: missing entirely is a FOUT, covering only
     * part of the period a WAARSCHUWING naming the days without it.
     */
    private void vereist(Inzet a, List<Inzet> regels, List<Inzet> lopend) {
        for (Vereiste v : combinaties.vereisten()) {
            if (!bevat(v.producten(), a.product())) {
                continue;
            }
            List<LocalDate[]> stukken = new ArrayList<>();
            List<Betrokkene> alleenLopend = new ArrayList<>();
            boolean inAanvraag = false;
            boolean bijStart = false;
            for (List<Inzet> lijst : List.of(regels, lopend)) {
                for (Inzet ander : lijst) {
                    if (ander != a && a.overlapt(ander) && bevat(v.met(), ander.product())) {
                        LocalDate van = ander.begin().isAfter(a.begin()) ? ander.begin() : a.begin();
                        LocalDate tot = ander.eind().isBefore(a.eind()) ? ander.eind() : a.eind();
                        stukken.add(new LocalDate[] {van, tot});
                        inAanvraag |= ander.regel() != null;
                        bijStart |= !ander.begin().isAfter(a.begin());
                        if (ander.regel() == null) {
                            alleenLopend.add(ander.naam());
                        }
                    }
                }
            }
            long gedekt = gedekteDagen(stukken);
            long dagen = java.time.temporal.ChronoUnit.DAYS.between(a.begin(), a.eind()) + 1;
            List<String> namen = new ArrayList<>();
            for (String m : v.met()) {
                namen.add(combinaties.codes(m).size() == 1 ? naam(m) : m);
            }
            Boolean feit = v.tenzij() == null ? Boolean.FALSE : aanvraag.feit(v.tenzij());
            if (gedekt == 0 && Boolean.TRUE.equals(feit)) {
                bevindingen.add(uitzondering(v.tenzij(), v.bron(), a.regel(), a.naam(), null));
            } else if (gedekt == 0) {
                bevindingen.add(Bevinding.van(Bevindingcode.VEREISTE_COMBINATIE_ONTBREEKT, v.bron(), a.regel(),
                        "a", a.naam(), "met", namen));
                if (feit == null) {
                    bevindingen.add(feitOnbekend(v.tenzij(), v.bron(), a.regel(), a.naam(), null));
                }
                bevindingen.addAll(Onduidelijkheden.van(v.onduidelijk(), v.bron(), a.regel()));
            } else if (v.bijStart() && !bijStart) {
                bevindingen.add(Bevinding.van(Bevindingcode.VEREISTE_COMBINATIE_NIET_BIJ_START, v.bron(), a.regel(),
                        "a", a.naam(), "begindatum", a.begin(), "met", namen));
                bevindingen.addAll(Onduidelijkheden.van(v.onduidelijk(), v.bron(), a.regel()));
            } else if (gedekt < dagen) {
                bevindingen.add(Bevinding.van(Bevindingcode.VEREISTE_COMBINATIE_DEELS, v.bron(), a.regel(),
                        "a", a.naam(), "met", namen, "gedekt", gedekt, "dagen", dagen));
                bevindingen.addAll(Onduidelijkheden.van(v.onduidelijk(), v.bron(), a.regel()));
            }
            if (v.inAanvraag() && gedekt > 0 && !inAanvraag && a.regel() != null) {
                bevindingen.add(Bevinding.van(Bevindingcode.VEREISTE_COMBINATIE_NIET_IN_AANVRAAG, v.bron(), a.regel(),
                        "a", a.naam(), "met", namen, "lopend", alleenLopend));
                bevindingen.addAll(Onduidelijkheden.van(v.onduidelijk(), v.bron(), a.regel()));
            }
        }
    }

    /** Days covered by the union of (inclusive) periods. */
    static long gedekteDagen(List<LocalDate[]> stukken) {
        stukken.sort(java.util.Comparator.comparing((LocalDate[] p) -> p[0]));
        long dagen = 0;
        LocalDate tot = null;
        for (LocalDate[] p : stukken) {
            LocalDate van = tot != null && !p[0].isAfter(tot) ? tot.plusDays(1) : p[0];
            if (!van.isAfter(p[1])) {
                dagen += java.time.temporal.ChronoUnit.DAYS.between(van, p[1]) + 1;
            }
            tot = tot == null || p[1].isAfter(tot) ? p[1] : tot;
        }
        return dagen;
    }

    private boolean bevat(List<String> namen, String code) {
        return combinaties.bevat(namen, code);
    }
}
