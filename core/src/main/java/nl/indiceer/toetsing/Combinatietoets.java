package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Ernst;
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
    private record Inzet(String naam, String product, String aanbieder, Financiering financiering, LocalDate begin,
                         LocalDate eind, Integer regel, String lopendeId, String hardheidsclausule) {

        boolean overlapt(Inzet ander) {
            return !begin.isAfter(ander.eind) && !eind.isBefore(ander.begin);
        }
    }

    private final Regeling regeling;
    private final Combinaties combinaties;
    private final List<Bevinding> bevindingen;
    private final List<Combinatieoordeel> oordelen;

    private Combinatietoets(Regeling regeling, List<Bevinding> bevindingen, List<Combinatieoordeel> oordelen) {
        this.regeling = regeling;
        this.combinaties = regeling.combinaties();
        this.bevindingen = bevindingen;
        this.oordelen = oordelen;
    }

    public static void toets(Aanvraag aanvraag, Regeling regeling, List<Bevinding> bevindingen,
                             List<Combinatieoordeel> oordelen) {
        new Combinatietoets(regeling, bevindingen, oordelen).toets(aanvraag);
    }

    private void toets(Aanvraag aanvraag) {
        List<Inzet> regels = new ArrayList<>();
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel r = aanvraag.producten().get(i);
            regels.add(new Inzet("regel " + (i + 1) + " (" + naam(r.product()) + ")", r.product(), r.aanbieder(),
                    r.financiering(), r.begindatum(), r.einddatum(), i, null, r.hardheidsclausule()));
        }
        List<Inzet> lopend = new ArrayList<>();
        for (LopendeToewijzing t : aanvraag.lopendeToewijzingen()) {
            lopend.add(new Inzet("lopende toewijzing " + (t.id() == null ? "" : t.id() + " ") + "(" + naam(t.product()) + ")",
                    t.product(), t.aanbieder(), t.financiering(), t.begindatum(), t.einddatum(), null, t.id(), null));
        }
        for (int i = 0; i < regels.size(); i++) {
            Inzet a = regels.get(i);
            Productregel r = aanvraag.producten().get(i);
            Set<String> vervangen = new HashSet<>();
            for (String id : new String[] {r.verlengt(), r.overgangVan(), r.terugvalNa()}) {
                if (id != null) {
                    vervangen.add(id);
                }
            }
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
        Integer regel = a.regel();
        Integer ook = b.regel();
        // an agreement under the hardheidsclausule may be written on either line of the pair
        String hardheidsclausule = a.hardheidsclausule() != null && !a.hardheidsclausule().isBlank()
                ? a.hardheidsclausule() : b.hardheidsclausule();
        int eerste = bevindingen.size();
        beoordeel(a, b, regel, hardheidsclausule);
        if (ook != null) {
            for (int k = eerste; k < bevindingen.size(); k++) {
                Bevinding x = bevindingen.get(k);
                bevindingen.set(k, new Bevinding(x.code(), x.ernst(), x.tekst(), x.bron(), x.regel(), ook));
            }
        }
    }

    private void beoordeel(Inzet a, Inzet b, Integer regel, String hardheidsclausule) {
        if (a.product().equals(b.product())) {
            zelfdeProduct(a, b, regel);
        }
        Paar paar = combinaties.paar(a.product(), b.product());
        Oordeel oordeel = paar != null ? paar.oordeel() : a.product().equals(b.product()) ? null : combinaties.standaard();
        if (oordeel == null) {
            return;
        }
        Voetnoot voetnoot = paar == null ? null : combinaties.voetnoot(paar.voetnoot());
        String toelichting = toelichting(paar, voetnoot);
        var bron = paar != null ? paar.bron() : combinaties.bron();
        oordelen.add(new Combinatieoordeel(a.naam(), b.naam(), oordeel, toelichting, bron));
        String wie = a.naam() + " met " + b.naam();
        switch (oordeel) {
            case MOGELIJK -> { }
            case VOORWAARDELIJK -> bevindingen.add(new Bevinding("STAPELING_VOORWAARDELIJK", Ernst.WAARSCHUWING,
                    wie + " kan alleen onder voorwaarden." + toelichting, bron, regel));
            case ONBEKEND -> bevindingen.add(new Bevinding("STAPELING_ONBEKEND", Ernst.WAARSCHUWING,
                    wie + ": de regeling geeft geen oordeel over deze combinatie (bijvoorbeeld omdat de kleur van de "
                            + "stapelingsmatrix in de bron verloren is). Controleer het originele document." + toelichting,
                    bron, regel));
            case NIET_MOGELIJK -> nietMogelijk(wie, toelichting, bron, regel, hardheidsclausule);
        }
        if (paar != null) {
            Onduidelijkheden.meld(paar.onduidelijk(), paar.bron(), regel, bevindingen);
        }
    }

    private void nietMogelijk(String wie, String toelichting, nl.indiceer.regeling.Bron bron, Integer regel,
                              String hardheidsclausule) {
        var clausule = combinaties.hardheidsclausule();
        if (clausule != null && hardheidsclausule != null && !hardheidsclausule.isBlank()) {
            bevindingen.add(new Bevinding("STAPELING_HARDHEIDSCLAUSULE", Ernst.WAARSCHUWING, wie
                    + " is in principe niet mogelijk; toegestaan met een beroep op de hardheidsclausule: "
                    + hardheidsclausule + toelichting, clausule.bron(), regel));
            return;
        }
        String uitzondering = clausule == null ? "" : " In uitzonderlijke situaties kan de hardheidsclausule worden "
                + "toegepast: " + clausule.tekst() + " (vul 'hardheidsclausule' met de gemaakte afspraak).";
        bevindingen.add(new Bevinding("STAPELING_NIET_MOGELIJK", Ernst.FOUT, wie + " is niet mogelijk."
                + toelichting + uitzondering, bron, regel));
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

    private void zelfdeProduct(Inzet a, Inzet b, Integer regel) {
        if (a.financiering() != null && b.financiering() != null && a.financiering().isPgb() != b.financiering().isPgb()) {
            bevindingen.add(new Bevinding("OP043_PGB_EN_ZIN", Ernst.FOUT, a.naam() + " en " + b.naam()
                    + ": voor hetzelfde product mag niet tegelijk een pgb en zorg in natura bestaan (iStandaarden OP043).",
                    null, regel));
            return;
        }
        if (a.aanbieder() != null && b.aanbieder() != null) {
            if (a.aanbieder().equalsIgnoreCase(b.aanbieder())) {
                bevindingen.add(new Bevinding("OP259_GESTAPELDE_TOEWIJZING", Ernst.FOUT, a.naam() + " en " + b.naam()
                        + ": hetzelfde product bij dezelfde aanbieder (" + a.aanbieder()
                        + ") voor een overlappende periode is niet toegestaan (iStandaarden OP259).", null, regel));
            }
        } else if (a.financiering() == null || !a.financiering().isPgb()) {
            bevindingen.add(new Bevinding("OP259_AANBIEDER_ONBEKEND", Ernst.WAARSCHUWING, a.naam() + " en " + b.naam()
                    + ": hetzelfde product voor een overlappende periode; bij dezelfde aanbieder is dat niet toegestaan "
                    + "(iStandaarden OP259). Vul de aanbieder in.", null, regel));
        }
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
            for (List<Inzet> lijst : List.of(regels, lopend)) {
                for (Inzet ander : lijst) {
                    if (ander != a && a.overlapt(ander) && bevat(v.met(), ander.product())) {
                        LocalDate van = ander.begin().isAfter(a.begin()) ? ander.begin() : a.begin();
                        LocalDate tot = ander.eind().isBefore(a.eind()) ? ander.eind() : a.eind();
                        stukken.add(new LocalDate[] {van, tot});
                    }
                }
            }
            long gedekt = gedekteDagen(stukken);
            long dagen = java.time.temporal.ChronoUnit.DAYS.between(a.begin(), a.eind()) + 1;
            List<String> namen = new ArrayList<>();
            for (String m : v.met()) {
                namen.add(combinaties.codes(m).size() == 1 ? naam(m) : m);
            }
            if (gedekt == 0) {
                bevindingen.add(new Bevinding("VEREISTE_COMBINATIE_ONTBREEKT", Ernst.FOUT, a.naam()
                        + " kan alleen samen met " + String.join(" of ", namen)
                        + " in dezelfde periode; die staat niet in de aanvraag of de lopende toewijzingen.", v.bron(), a.regel()));
                Onduidelijkheden.meld(v.onduidelijk(), v.bron(), a.regel(), bevindingen);
            } else if (gedekt < dagen) {
                bevindingen.add(new Bevinding("VEREISTE_COMBINATIE_DEELS", Ernst.WAARSCHUWING, a.naam()
                        + " kan alleen samen met " + String.join(" of ", namen) + "; die loopt maar " + gedekt
                        + " van de " + dagen + " dagen mee. Stem de perioden af.",
                        v.bron(), a.regel()));
                Onduidelijkheden.meld(v.onduidelijk(), v.bron(), a.regel(), bevindingen);
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
        for (String n : namen) {
            if (combinaties.codes(n).contains(code)) {
                return true;
            }
        }
        return false;
    }
}
