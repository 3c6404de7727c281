package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.getal.Breuk;
import nl.indiceer.normenkader.Taakinvoer.Afwijking;
import nl.indiceer.normenkader.Taakinvoer.Capaciteit;
import nl.indiceer.normenkader.Taakinvoer.Factorkeuze;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.volume.Getal;

/**
 * The normenkader calculator: per task the norm time for the chosen rhythm (per occurrence × frequency,
 * or per period), plus or minus the additive factors, times the multipliers, less what the client's own
 * strength, network, gebruikelijke hulp or voorliggende voorzieningen take over, plus the consultant's
 * motivated deviation. In formula, per week:
 * <pre>
 *   ((basis + Σ optellingen) × Π vermenigvuldigingen × (1 − Σ capaciteitsdelen) − Σ capaciteitstijd + afwijking)
 * </pre>
 * Every term is converted to minutes per week exactly (week ÷ 1, twee weken ÷ 2, maand ÷ weken per maand,
 * jaar ÷ weken per jaar); per month = per week × weken per maand. Both are rounded up once, at the end,
 * per task; totals are the sums of the rounded tasks. Pure computation, no I/O.
 */
public final class Normcalculator {

    private final Normenkaders normenkaders;
    private final Regelingen regelingen;

    /** @param regelingen may be null: then a request with a "regio" is refused */
    public Normcalculator(Normenkaders normenkaders, Regelingen regelingen) {
        this.normenkaders = normenkaders;
        this.regelingen = regelingen;
    }

    /**
     * Picks the normenkader version in force on the peildatum and the weeks per month (explicit, else the
     * region's rulebook, else 52/12), then computes.
     *
     * @throws OngeldigeAanvraagException one {@link Invoerfout} per problem, each naming its JSON path
     */
    public Normering bereken(Normeringsverzoek verzoek) {
        List<Invoerfout> fouten = new ArrayList<>();
        Normenkader kader = null;
        if (!normenkaders.ids().contains(verzoek.normenkader())) {
            fouten.add(new Invoerfout("normenkader", "ONBEKEND_NORMENKADER", "onbekend normenkader '"
                    + verzoek.normenkader() + "'; kies uit " + String.join(", ", normenkaders.ids())));
        } else {
            kader = normenkaders.voor(verzoek.normenkader(), verzoek.peildatum());
            if (kader == null) {
                fouten.add(new Invoerfout("peildatum", "GEEN_NORMENKADER_OP_PEILDATUM", "normenkader '"
                        + verzoek.normenkader() + "' geldt niet op " + verzoek.peildatum() + "; wel: " + String.join(", ",
                        normenkaders.versies(verzoek.normenkader()).stream().map(k -> k.geldigheid().vanaf() + " t/m "
                                + (k.geldigheid().tot() == null ? "heden" : k.geldigheid().tot())).toList())));
            }
        }
        Regeling regeling = null;
        if (verzoek.regio() != null) {
            if (regelingen == null) {
                fouten.add(new Invoerfout("regio", "GEEN_REGELINGEN", "er zijn geen regelingen geladen om weken per maand "
                        + "van regio '" + verzoek.regio() + "' uit te halen"));
            } else if (regelingen.regio(verzoek.regio()) == null) {
                fouten.add(new Invoerfout("regio", "ONBEKENDE_REGIO", "onbekende regio '" + verzoek.regio() + "'; kies uit "
                        + String.join(", ", regelingen.regios())));
            } else {
                regeling = regelingen.voor(verzoek.regio(), verzoek.peildatum());
                if (regeling == null) {
                    fouten.add(new Invoerfout("peildatum", "GEEN_REGELING_OP_PEILDATUM", "geen regeling van "
                            + verzoek.regio() + " geldig op " + verzoek.peildatum()));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(fouten);
        }
        List<Bevinding> extra = new ArrayList<>();
        WekenPerMaand wpm;
        if (verzoek.wekenPerMaand() != null) {
            wpm = WekenPerMaand.opgegeven(verzoek.wekenPerMaand(), verzoek.wekenPerMaandBron());
            if (regeling != null) {
                WekenPerMaand regio = WekenPerMaand.uitRegeling(regeling);
                if (regio.waarde().vergelijk(wpm.waarde()) != 0) {
                    extra.add(Bevinding.van(Bevindingcode.WEKEN_PER_MAAND_WIJKT_AF, null, null, "wekenPerMaand", wpm.tekst(),
                            "wekenPerMaandRegeling", regio.tekst(), "regio", regeling.regio()));
                }
            }
        } else if (regeling != null) {
            wpm = WekenPerMaand.uitRegeling(regeling);
        } else {
            wpm = WekenPerMaand.standaard();
        }
        Normering n = bereken(kader, wpm, verzoek.peildatum(), verzoek.taken());
        if (extra.isEmpty()) {
            return n;
        }
        List<Bevinding> bevindingen = new ArrayList<>(n.bevindingen());
        bevindingen.addAll(extra);
        return new Normering(n.normenkader(), n.peildatum(), n.wekenPerMaand(), n.taken(), n.totaalPerWeek(),
                n.totaalPerMaand(), bevindingen);
    }

    /**
     * Computes the tasks with a given normenkader and weeks per month.
     *
     * @throws OngeldigeAanvraagException for an unknown task, rhythm or factor, a missing or not allowed
     *         frequency, a norm value the normenkader does not have, or a negative outcome
     */
    public static Normering bereken(Normenkader kader, WekenPerMaand wpm, LocalDate peildatum, List<Taakinvoer> taken) {
        List<Invoerfout> fouten = new ArrayList<>();
        List<Taakuitkomst> uitkomsten = new ArrayList<>();
        boolean jaarnorm = false;
        for (int i = 0; i < taken.size(); i++) {
            Taakberekening b = new Taakberekening(kader, wpm, i, taken.get(i), fouten);
            Taakuitkomst u = b.bereken();
            if (u != null) {
                uitkomsten.add(u);
                jaarnorm |= b.jaarnorm;
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(fouten);
        }
        BigDecimal week = BigDecimal.ZERO;
        BigDecimal maand = BigDecimal.ZERO;
        for (Taakuitkomst u : uitkomsten) {
            week = week.add(u.minuten().perWeek());
            maand = maand.add(u.minuten().perMaand());
        }
        return new Normering(kader, peildatum, wpm, uitkomsten, week, maand, bevindingen(kader, wpm, jaarnorm));
    }

    private static List<Bevinding> bevindingen(Normenkader kader, WekenPerMaand wpm, boolean jaarnorm) {
        List<Bevinding> uit = new ArrayList<>();
        Bron bron = kader.herkomst().bron();
        String status = kader.status().tekst();
        switch (kader.status()) {
            case VOORBEELD -> uit.add(Bevinding.van(Bevindingcode.NORMENKADER_VOORBEELD, bron, null, "status", status));
            case ONVOLLEDIG -> uit.add(Bevinding.van(Bevindingcode.NORMENKADER_ONVOLLEDIG, bron, null, "status", status,
                    "ontbreekt", kader.ontbreekt()));
            case VASTGESTELD -> {
                if (kader.ontbreekt() != null) {
                    uit.add(Bevinding.van(Bevindingcode.NORMENKADER_ONTBREEKT, bron, null, "ontbreekt", kader.ontbreekt()));
                }
            }
            default -> throw new IllegalStateException();
        }
        if (kader.herkomst().onduidelijk() != null) {
            uit.add(Bevinding.van(Bevindingcode.NORM_ONDUIDELIJK, bron, null, "onduidelijk", kader.herkomst().onduidelijk()));
        }
        uit.add(wpm.bevinding());
        BigDecimal wekenPerJaar = kader.wekenPerJaar().waarde();
        if (jaarnorm && wpm.waarde().maal(BigDecimal.valueOf(12)).vergelijk(Breuk.van(wekenPerJaar)) != 0) {
            uit.add(Bevinding.van(Bevindingcode.WEKEN_PER_MAAND_JAAR, null, null, "wekenPerMaand", wpm.tekst(),
                    "wekenInJaar", Taakberekening.getal(wpm.waarde().maal(BigDecimal.valueOf(12))),
                    "wekenPerJaar", wekenPerJaar));
        }
        return uit;
    }

    /** The computation of one task; collects input errors with their JSON paths. */
    private static final class Taakberekening {

        private final Normenkader kader;
        private final WekenPerMaand wpm;
        private final int index;
        private final String pad;
        private final Taakinvoer in;
        private final List<Invoerfout> fouten;
        private final int foutenVooraf;
        private final List<Bevinding> bevindingen = new ArrayList<>();
        private final Set<Bron> bronnen = new LinkedHashSet<>();
        private boolean jaarnorm;

        /** An additive term: its text as the source writes it, and its exact minutes in its own period. */
        private record Term(String tekst, String label, int teken, Breuk minuten, Normperiode periode, boolean inUren,
                            boolean perKeer) {
        }

        /** A multiplier with its label. */
        private record Vermenigvuldiging(BigDecimal factor, String label) {
        }

        Taakberekening(Normenkader kader, WekenPerMaand wpm, int index, Taakinvoer in, List<Invoerfout> fouten) {
            this.kader = kader;
            this.wpm = wpm;
            this.index = index;
            this.pad = "taken[" + index + "]";
            this.in = in;
            this.fouten = fouten;
            this.foutenVooraf = fouten.size();
        }

        private void fout(String veld, String code, String melding) {
            fouten.add(new Invoerfout(pad + "." + veld, code, melding));
        }

        Taakuitkomst bereken() {
            Taak taak = kader.taak(in.taak());
            if (taak == null) {
                fout("taak", "ONBEKENDE_TAAK", "onbekende taak '" + in.taak() + "' in normenkader " + kader.id()
                        + "; kies uit " + String.join(", ", kader.taken().stream().map(Taak::code).toList()));
                return null;
            }
            herkomst(taak.naam(), taak.herkomst());
            List<Term> termen = new ArrayList<>();
            Norm norm = basis(taak, termen);
            List<Vermenigvuldiging> vermenigvuldigingen = new ArrayList<>();
            List<String> factorteksten = new ArrayList<>();
            factoren(taak, norm, termen, vermenigvuldigingen, factorteksten);
            BigDecimal deelTotaal = BigDecimal.ZERO;
            for (Capaciteit c : in.capaciteit()) {
                if (c.deel() != null) {
                    deelTotaal = deelTotaal.add(c.deel());
                }
            }
            if (deelTotaal.compareTo(BigDecimal.ONE) > 0) {
                fout("capaciteit", "TE_VEEL_CAPACITEIT", "de delen die anderen overnemen zijn samen " + Getal.nl(deelTotaal)
                        + ", meer dan de hele taak (1)");
            }
            if (fouten.size() > foutenVooraf) {
                return null;
            }
            // The additive part: basis and factors, each converted to minutes per week.
            StringBuilder som = new StringBuilder();
            Breuk week = optellen(termen, som);
            for (Vermenigvuldiging v : vermenigvuldigingen) {
                week = week.maal(v.factor());
                som.append(" × ").append(Getal.nl(v.factor())).append(" (").append(v.label()).append(") = ")
                        .append(minuten(week)).append(" per week");
            }
            if (deelTotaal.signum() > 0) {
                week = week.maal(BigDecimal.ONE.subtract(deelTotaal));
                StringBuilder delen = new StringBuilder("1");
                List<String> wie = new ArrayList<>();
                for (Capaciteit c : in.capaciteit()) {
                    if (c.deel() != null) {
                        delen.append(" − ").append(Getal.nl(c.deel()));
                        wie.add(c.soort().omschrijving() + ": " + binnenHaakjes(c.toelichting()));
                    }
                }
                som.append(" × (").append(delen).append(") (").append(String.join("; ", wie)).append(") = ")
                        .append(minuten(week)).append(" per week");
            }
            for (Capaciteit c : in.capaciteit()) {
                if (c.tijd() != null) {
                    Breuk min = naarWeek(Breuk.van(c.tijd().minuten()), c.per());
                    week = week.min(min);
                    som.append(" − ").append(c.tijd().tekst()).append(" ").append(c.per().omschrijving()).append(" (")
                            .append(c.soort().omschrijving()).append(": ").append(binnenHaakjes(c.toelichting()))
                            .append(c.per() == Normperiode.WEEK ? "" : "; " + omrekening(c.per(), min)).append(") = ")
                            .append(minuten(week)).append(" per week");
                }
            }
            Afwijking a = in.afwijking();
            if (a != null) {
                Breuk min = naarWeek(Breuk.van(a.tijd().minuten()), a.per());
                week = week.plus(min);
                som.append(a.tijd().waarde().signum() < 0 ? " − " : " + ").append(a.tijd().tekst(true)).append(" ")
                        .append(a.per().omschrijving()).append(" (afwijking van de consulent: ").append(binnenHaakjes(a.motivering()))
                        .append(a.per() == Normperiode.WEEK ? "" : "; " + omrekening(a.per(), min)).append(") = ")
                        .append(minuten(week)).append(" per week");
                bevindingen.add(Bevinding.van(Bevindingcode.AFWIJKING, null, null,
                        "tijd", (a.tijd().waarde().signum() < 0 ? "" : "+") + a.tijd().tekst(), "per", a.per().omschrijving(),
                        "motivering", a.motivering()));
            }
            if (week.signum() < 0) {
                fout(a != null ? "afwijking" : "capaciteit", "NEGATIEVE_UITKOMST", "de uitkomst voor '" + taak.naam()
                        + "' is negatief (" + minuten(week) + " per week); wat anderen overnemen en de afwijking kunnen "
                        + "samen niet meer zijn dan de normtijd");
                return null;
            }
            if (week.signum() == 0) {
                bevindingen.add(Bevinding.van(Bevindingcode.TAAK_NUL, null, null, "taak", taak.naam()));
            }
            Breuk maand = week.maal(wpm.waarde());
            BigDecimal perWeek = week.omhoog();
            BigDecimal perMaand = maand.omhoog();
            som.append(". Per week: ").append(week.isGeheel() ? Getal.nl(perWeek) + " minuten"
                    : minuten(week) + ", naar boven afgerond " + Getal.nl(perWeek) + " minuten");
            som.append(". Per maand: ").append(getal(week)).append(" × ").append(wpm.tekst())
                    .append(" weken = ").append(maand.isGeheel() ? Getal.nl(perMaand) + " minuten"
                            : minuten(maand) + ", naar boven afgerond " + Getal.nl(perMaand) + " minuten").append(".");
            return new Taakuitkomst(index, taak, in, norm == null ? null : norm.ritme(),
                    new Taakminuten(week, maand, perWeek, perMaand), som.toString(), factorteksten, List.copyOf(bronnen),
                    bevindingen);
        }

        /** The norm time (or reference point) as the first term; null norm when a reference point is used. */
        private Norm basis(Taak taak, List<Term> termen) {
            if (in.referentie()) {
                if (in.ritme() != null) {
                    fout("ritme", "RITME_PAST_NIET", "een ritme hoort bij een normtijd, niet bij \"basis\": \"referentie\"");
                }
                if (taak.referenties().isEmpty()) {
                    fout("basis", "GEEN_REFERENTIE", "'" + taak.naam() + "' heeft in normenkader " + kader.id()
                            + " geen referentiepunt");
                    return null;
                }
                Referentie r = taak.referenties().get(0);
                bron(r.bron());
                termen.add(new Term(r.tijd().tekst() + " " + r.per().omschrijving(), "referentiepunt, geen normtijd", 1,
                        Breuk.van(r.tijd().minuten()), r.per(), r.tijd().inUren(), false));
                bevindingen.add(Bevinding.van(Bevindingcode.NORM_REFERENTIEPUNT, r.bron(), null, "taak", taak.naam(),
                        "toelichting", r.toelichting()));
                if (in.frequentie() != null) {
                    fout("frequentie", "FREQUENTIE_PAST_NIET", "alleen bij een normtijd per keer");
                }
                return null;
            }
            if (taak.normen().isEmpty()) {
                fout("taak", "NORMTIJD_ONTBREEKT", "normenkader " + kader.id() + " geeft geen normtijd voor '" + taak.naam()
                        + "': " + taak.ontbreekt() + referentieHint(taak));
                return null;
            }
            Norm norm;
            if (in.ritme() != null) {
                norm = taak.norm(in.ritme());
                if (norm == null) {
                    fout("ritme", "ONBEKEND_RITME", "'" + taak.naam() + "' heeft geen norm voor ritme '" + in.ritme().naam()
                            + "'; kies uit " + String.join(", ", taak.normen().stream().map(Norm::ritmeTekst).toList()));
                    return null;
                }
            } else {
                norm = taak.normen().get(0);
            }
            if (norm.tijd() == null) {
                List<String> wel = taak.normen().stream().filter(x -> x.tijd() != null).map(Norm::ritmeTekst).toList();
                fout(in.ritme() != null ? "ritme" : "taak", "NORMTIJD_ONTBREEKT", "de normtijd van '" + taak.naam()
                        + "' (ritme " + norm.ritmeTekst() + ") ontbreekt in normenkader " + kader.id() + ": " + norm.ontbreekt()
                        + (wel.isEmpty() ? "" : " Wel beschikbaar: ritme " + String.join(", ", wel) + ".") + referentieHint(taak));
                return null;
            }
            herkomst(taak.naam(), norm.herkomst());
            if (norm.voorwaarde() != null) {
                bevindingen.add(Bevinding.van(Bevindingcode.NORM_VOORWAARDE, norm.herkomst().bron(), null,
                        "voorwaarde", norm.voorwaarde()));
            }
            String label = norm.ritme() == null ? null : "levering " + norm.ritme().omschrijving();
            if (norm.perKeer()) {
                Taakinvoer.Gekozenfrequentie f = frequentie(norm);
                String toegestaan = String.join(", ", norm.frequenties().stream().map(Frequentie::tekst).toList());
                if (f == null) {
                    fout("frequentie", "VERPLICHT", "de normtijd van '" + taak.naam() + "' is per keer: geef de frequentie, "
                            + "bijv. {\"keer\": 1, \"per\": \"week\"}; toegestaan: " + toegestaan);
                    return norm;
                }
                if (norm.frequenties().stream().noneMatch(x -> x.staatToe(f.keer(), f.per()))) {
                    fout("frequentie", "FREQUENTIE_NIET_TOEGESTAAN", Getal.nl(f.keer()) + " keer " + f.per().omschrijving()
                            + " is voor '" + taak.naam() + "' niet toegestaan; toegestaan: " + toegestaan);
                    return norm;
                }
                termen.add(new Term(norm.tijd().tekst() + " per keer × " + Getal.nl(f.keer()) + " keer " + f.per().omschrijving(),
                        label, 1, Breuk.van(norm.tijd().minuten().multiply(f.keer())), f.per(), false, true));
            } else {
                if (in.frequentie() != null) {
                    fout("frequentie", "FREQUENTIE_PAST_NIET", "alleen bij een normtijd per keer; de normtijd van '"
                            + taak.naam() + "' is " + norm.per().omschrijving());
                }
                termen.add(new Term(norm.tijd().tekst() + " " + norm.per().omschrijving(), label, 1,
                        Breuk.van(norm.tijd().minuten()), norm.per(), norm.tijd().inUren(), false));
            }
            return norm;
        }

        /** The chosen frequency; when the norm allows exactly one fixed frequency, that one. */
        private Taakinvoer.Gekozenfrequentie frequentie(Norm norm) {
            if (in.frequentie() != null) {
                return in.frequentie();
            }
            if (norm != null && norm.perKeer() && norm.frequenties().size() == 1 && norm.frequenties().get(0).keer() != null) {
                Frequentie enige = norm.frequenties().get(0);
                return new Taakinvoer.Gekozenfrequentie(enige.keer(), enige.per());
            }
            return null;
        }

        private static String referentieHint(Taak taak) {
            if (taak.referenties().isEmpty()) {
                return " Laad het normenkader dat uw gemeente heeft vastgesteld, of wijk met motivering af van een ander "
                        + "normenkader.";
            }
            Referentie r = taak.referenties().get(0);
            return " Er is wel een referentiepunt (" + r.tijd().tekst() + " " + r.per().omschrijving() + ", "
                    + (r.bron() == null ? "" : r.bron().kort()) + "); gebruik dat alleen bewust met \"basis\": \"referentie\", "
                    + "of laad het normenkader dat uw gemeente heeft vastgesteld.";
        }

        private void factoren(Taak taak, Norm norm, List<Term> termen, List<Vermenigvuldiging> vermenigvuldigingen,
                              List<String> teksten) {
            Map<String, String> keuzegroepen = new HashMap<>();
            Set<String> gebruikt = new LinkedHashSet<>();
            for (int j = 0; j < in.factoren().size(); j++) {
                Factorkeuze k = in.factoren().get(j);
                String fp = "factoren[" + j + "]";
                Factor f = kader.factor(taak, k.factor());
                if (f == null) {
                    List<String> codes = kader.factoren(taak).stream().map(Factor::code).toList();
                    fout(fp + ".factor", "ONBEKENDE_FACTOR", "onbekende factor '" + k.factor() + "' voor taak '" + taak.code()
                            + "' in normenkader " + kader.id() + "; kies uit "
                            + (codes.isEmpty() ? "(deze taak heeft geen factoren)" : String.join(", ", codes)));
                    continue;
                }
                if (!gebruikt.add(f.code())) {
                    fout(fp + ".factor", "DUBBELE_FACTOR", "factor '" + f.code() + "' staat er twee keer in");
                    continue;
                }
                if (f.keuzegroep() != null) {
                    String ander = keuzegroepen.putIfAbsent(f.keuzegroep(), f.code());
                    if (ander != null) {
                        fout(fp + ".factor", "FACTOREN_SLUITEN_ELKAAR_UIT", "factor '" + f.code() + "' en factor '" + ander
                                + "' sluiten elkaar uit (keuzegroep " + f.keuzegroep() + "); kies er één");
                        continue;
                    }
                }
                if (f.werking() == Factor.Werking.ONTBREEKT) {
                    fout(fp + ".factor", "FACTOR_ONTBREEKT", "de waarde van factor '" + f.naam() + "' ontbreekt in normenkader "
                            + kader.id() + ": " + f.ontbreekt());
                    continue;
                }
                if (k.waarde() != null && f.werking() != Factor.Werking.TABEL) {
                    fout(fp + ".waarde", "WAARDE_PAST_NIET", "alleen bij een factor met een tabel; '" + f.code() + "' heeft er geen");
                }
                Integer maximaalAantal = f.optelling() == null ? null : f.optelling().maximaalAantal();
                if (k.aantal() != null && maximaalAantal == null) {
                    fout(fp + ".aantal", "AANTAL_PAST_NIET", "factor '" + f.code() + "' telt niet per stuk; laat 'aantal' weg");
                } else if (k.aantal() != null && k.aantal().compareTo(BigDecimal.valueOf(maximaalAantal)) > 0) {
                    fout(fp + ".aantal", "AANTAL_TE_GROOT", "ten hoogste " + maximaalAantal + " voor factor '" + f.code() + "'");
                }
                herkomst(f.naam(), f.herkomst());
                BigDecimal aantal = k.aantal() == null ? BigDecimal.ONE : k.aantal();
                switch (f.werking()) {
                    case OPTELLING -> {
                        Term t = factorterm(fp, f, f.naam(), f.optelling().tijd(), f.optelling().per(), aantal, norm);
                        if (t != null) {
                            termen.add(t);
                            teksten.add(f.naam() + " (" + (t.teken() < 0 ? "−" : "+") + t.tekst() + ")");
                        }
                    }
                    case VERMENIGVULDIGING -> {
                        vermenigvuldigingen.add(new Vermenigvuldiging(f.vermenigvuldiging(), f.naam()));
                        teksten.add(f.naam() + " (× " + Getal.nl(f.vermenigvuldiging()) + ")");
                    }
                    case TABEL -> {
                        if (k.waarde() == null) {
                            fout(fp + ".waarde", "VERPLICHT", "factor '" + f.code() + "' is een tabel (" + f.tabel().vraag()
                                    + "): geef 'waarde', een van " + tabelwaarden(f));
                            continue;
                        }
                        Tabelrij rij = f.tabel().rij(k.waarde());
                        if (rij == null) {
                            fout(fp + ".waarde", "ONBEKENDE_WAARDE", "'" + k.waarde() + "' staat niet in de tabel van factor '"
                                    + f.code() + "' (" + f.tabel().vraag() + "); kies uit " + tabelwaarden(f));
                            continue;
                        }
                        String label = f.naam() + ": " + rij.waarde();
                        if (rij.vermenigvuldiging() != null) {
                            vermenigvuldigingen.add(new Vermenigvuldiging(rij.vermenigvuldiging(), label));
                            teksten.add(label + " (× " + Getal.nl(rij.vermenigvuldiging()) + ")");
                        } else {
                            Term t = factorterm(fp, f, label, rij.tijd(), rij.per(), BigDecimal.ONE, norm);
                            if (t != null) {
                                termen.add(t);
                                teksten.add(label + " (" + (t.teken() < 0 ? "−" : "+") + t.tekst() + ")");
                            }
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }

        private static String tabelwaarden(Factor f) {
            return String.join(", ", f.tabel().rijen().stream().map(r -> "'" + r.waarde() + "'").toList());
        }

        /** Extra time of a factor: per period, or per occurrence × the chosen frequency. */
        private Term factorterm(String fp, Factor f, String label, Tijd tijd, Normperiode per, BigDecimal aantal, Norm norm) {
            String keer = aantal.compareTo(BigDecimal.ONE) == 0 ? "" : Getal.nl(aantal) + " × ";
            Breuk minuten = Breuk.van(tijd.minuten().abs().multiply(aantal));
            int teken = tijd.waarde().signum();
            if (per == Normperiode.KEER) {
                Taakinvoer.Gekozenfrequentie fr = frequentie(norm);
                if (norm == null || !norm.perKeer() || fr == null) {
                    fout(fp + ".factor", "FACTOR_PER_KEER", "factor '" + f.code() + "' geldt per keer; dat past alleen bij een "
                            + "normtijd per keer met een frequentie");
                    return null;
                }
                return new Term(keer + tijd.tekst(true) + " per keer × " + Getal.nl(fr.keer()) + " keer "
                        + fr.per().omschrijving(), label, teken, minuten.maal(fr.keer()), fr.per(), false, true);
            }
            return new Term(keer + tijd.tekst(true) + " " + per.omschrijving(), label, teken, minuten, per, tijd.inUren(), false);
        }

        /**
         * Sums the terms to minutes per week and writes that part of the rekensom: in the terms' own period
         * when they share one ("108 uur per jaar − 23 uur per jaar = 85 uur per jaar = 5.100 minuten per jaar
         * ÷ 52 weken = 98,08 minuten per week"), else each term converted to a week.
         */
        private Breuk optellen(List<Term> termen, StringBuilder som) {
            Normperiode eerste = termen.get(0).periode();
            boolean eenPeriode = termen.stream().allMatch(t -> t.periode() == eerste);
            Breuk week = Breuk.NUL;
            Breuk inPeriode = Breuk.NUL;
            for (int i = 0; i < termen.size(); i++) {
                Term t = termen.get(i);
                jaarnorm |= t.periode() == Normperiode.JAAR;
                Breuk getekend = t.teken() < 0 ? t.minuten().negatief() : t.minuten();
                inPeriode = inPeriode.plus(getekend);
                Breuk alsWeek = naarWeek(getekend, t.periode());
                week = week.plus(alsWeek);
                som.append(i == 0 ? (in.referentie() ? "Referentiepunt " : "Normtijd ") : t.teken() < 0 ? " − " : " + ")
                        .append(t.tekst());
                List<String> haakjes = new ArrayList<>();
                if (t.label() != null) {
                    haakjes.add(t.label());
                }
                if (!eenPeriode && t.periode() != Normperiode.WEEK) {
                    haakjes.add(omrekening(t.periode(), t.minuten()));
                }
                if (!haakjes.isEmpty()) {
                    som.append(" (").append(String.join("; ", haakjes)).append(")");
                }
            }
            if (!eenPeriode) {
                som.append(" = ").append(minuten(week)).append(" per week");
                return week;
            }
            boolean allesUren = termen.stream().allMatch(Term::inUren);
            boolean perKeer = termen.get(0).perKeer();
            if (allesUren && termen.size() > 1) {
                som.append(" = ").append(getal(inPeriode.gedeeldDoor(BigDecimal.valueOf(60)))).append(" uur ")
                        .append(eerste.omschrijving());
            }
            if (allesUren || perKeer || termen.size() > 1) {
                som.append(" = ").append(minuten(inPeriode)).append(" ").append(eerste.omschrijving());
            }
            if (eerste != Normperiode.WEEK) {
                som.append(" ÷ ").append(deler(eerste)).append(" = ").append(minuten(week)).append(" per week");
            }
            return week;
        }

        private Breuk naarWeek(Breuk minuten, Normperiode periode) {
            return switch (periode) {
                case WEEK -> minuten;
                case TWEE_WEKEN -> minuten.gedeeldDoor(BigDecimal.valueOf(2));
                case MAAND -> minuten.gedeeldDoor(wpm.waarde());
                case JAAR -> minuten.gedeeldDoor(kader.wekenPerJaar().waarde());
                case KEER -> throw new IllegalStateException("per keer wordt eerst met de frequentie vermenigvuldigd");
            };
        }

        private String deler(Normperiode periode) {
            return switch (periode) {
                case TWEE_WEKEN -> "2";
                case MAAND -> wpm.tekst() + " weken";
                case JAAR -> Getal.nl(kader.wekenPerJaar().waarde()) + " weken";
                default -> "1";
            };
        }

        /** "÷ 52 weken = 24,62 minuten per week". */
        private String omrekening(Normperiode periode, Breuk minuten) {
            if (periode == Normperiode.JAAR) {
                jaarnorm = true;
            }
            return "÷ " + deler(periode) + " = " + minuten(naarWeek(minuten, periode)) + " per week";
        }

        private void bron(Bron b) {
            if (b != null) {
                bronnen.add(b);
            }
        }

        /** Records the source of a part used, and what its source leaves unclear. */
        private void herkomst(String wat, Herkomst h) {
            bron(h.bron());
            if (h.onduidelijk() != null) {
                bevindingen.add(Bevinding.van(Bevindingcode.NORM_ONDUIDELIJK, h.bron(), null, "wat", wat,
                        "onduidelijk", h.onduidelijk()));
            }
        }

        /** "128,08 minuten" (display only; the exact value is kept). */
        private static String minuten(Breuk b) {
            return getal(b) + (b.vergelijk(Breuk.EEN) == 0 ? " minuut" : " minuten");
        }

        /**
         * Two decimals, or more where two would make a value that is not whole look whole
         * (194,9985 is not shown as 195, so "naar boven afgerond 195" stays readable).
         */
        private static String getal(Breuk b) {
            if (b.isGeheel()) {
                return Getal.nl(b.decimaal(0));
            }
            BigDecimal d = b.decimaal(2);
            for (int decimalen = 4; decimalen <= 8 && d.stripTrailingZeros().scale() <= 0; decimalen += 2) {
                d = b.decimaal(decimalen);
            }
            return Getal.nl(d, 8);
        }

        /** A motivation or note inside parentheses, without its closing full stop. */
        private static String binnenHaakjes(String tekst) {
            return tekst.endsWith(".") ? tekst.substring(0, tekst.length() - 1) : tekst;
        }
    }
}
