package nl.indiceer.normenkader;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.JsonVelden;
import nl.indiceer.aanvraag.Lijstlimiet;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.normenkader.Taakinvoer.Afwijking;
import nl.indiceer.normenkader.Taakinvoer.Capaciteit;
import nl.indiceer.normenkader.Taakinvoer.Factorkeuze;
import nl.indiceer.normenkader.Taakinvoer.Gekozenfrequentie;

/**
 * Reads taken.json (docs/normenkader-formaat.md). Checks the shape: every problem with its JSON path,
 * e.g. {@code taken[1].afwijking.motivering: ontbreekt}. Whether a task or factor exists in the normenkader
 * is checked by the {@link Normcalculator}.
 */
public final class TakenLezer {

    /** Far above any real normering; checked while reading (docs/aanvraag-formaat.md, "Grenzen"). */
    public static final int MAXIMAAL_TAKEN = 500;
    public static final int MAXIMAAL_FACTOREN = 50;
    public static final int MAXIMAAL_CAPACITEIT = 20;
    private static final List<Lijstlimiet> LIMIETEN = List.of(
            new Lijstlimiet("taken", MAXIMAAL_TAKEN, "taken in één normering"),
            new Lijstlimiet("taken[].factoren", MAXIMAAL_FACTOREN, "factoren per taak"),
            new Lijstlimiet("taken[].capaciteit", MAXIMAAL_CAPACITEIT, "capaciteiten per taak"));

    private final List<Invoerfout> fouten = new ArrayList<>();

    private TakenLezer() {
    }

    /** @throws OngeldigeAanvraagException with one {@link Invoerfout} per problem */
    public static Normeringsverzoek lees(String json) {
        JsonNode root = JsonVelden.leesObject(json, "taken.json", LIMIETEN);
        TakenLezer lezer = new TakenLezer();
        Normeringsverzoek verzoek = lezer.verzoek(new JsonVelden(root, "", lezer.fouten));
        if (!lezer.fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(lezer.fouten);
        }
        return verzoek;
    }

    private Normeringsverzoek verzoek(JsonVelden v) {
        String normenkader = v.tekst("normenkader", true);
        LocalDate peildatum = v.datum("peildatum", true);
        String regio = v.tekst("regio", false);
        BigDecimal wekenPerMaand = null;
        String bron = null;
        JsonVelden w = v.object("weken_per_maand", false);
        if (w != null) {
            wekenPerMaand = w.positief("waarde", true);
            if (wekenPerMaand != null && !WekenPerMaand.aannemelijk(wekenPerMaand)) {
                w.fout("waarde", "BUITEN_BEREIK", "weken per maand moet tussen " + WekenPerMaand.tekst(WekenPerMaand.MINIMUM)
                        + " en " + WekenPerMaand.tekst(WekenPerMaand.MAXIMUM) + " liggen (52/12 is ongeveer 4,33; sommige "
                        + "regio's rekenen 4,5), niet " + WekenPerMaand.tekst(wekenPerMaand));
                wekenPerMaand = null;
            }
            bron = w.tekst("bron", true);
            w.controleerOnbekendeVelden();
        }
        List<Taakinvoer> taken = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (JsonVelden t : v.lijst("taken")) {
            Taakinvoer taak = taak(t);
            if (taak.taak() != null) {
                Integer eerder = gezien.putIfAbsent(taak.taak(), taken.size());
                if (eerder != null) {
                    t.fout("taak", "DUBBELE_TAAK", "taak '" + taak.taak() + "' staat er al in (taken[" + eerder
                            + "]); noem elke taak één keer");
                }
            }
            taken.add(taak);
        }
        if (taken.isEmpty()) {
            v.fout("taken", "VERPLICHT", "noem minstens één taak");
        }
        v.controleerOnbekendeVelden();
        return new Normeringsverzoek(normenkader, peildatum, regio, wekenPerMaand, bron, taken);
    }

    private Taakinvoer taak(JsonVelden t) {
        String taak = t.tekst("taak", true);
        Normperiode ritme = t.keuze("ritme", false, Normperiode::periodeVanNaam, Normperiode.PERIODEN);
        String basis = t.keuze("basis", false, b -> b.equals("norm") || b.equals("referentie") ? b : null,
                "norm, referentie");
        Gekozenfrequentie frequentie = null;
        JsonVelden f = t.object("frequentie", false);
        if (f != null) {
            BigDecimal keer = f.positief("keer", true);
            Normperiode per = f.keuze("per", true, Normperiode::periodeVanNaam, Normperiode.PERIODEN);
            f.controleerOnbekendeVelden();
            if (keer != null && per != null) {
                frequentie = new Gekozenfrequentie(keer, per);
            }
        }
        List<Factorkeuze> factoren = new ArrayList<>();
        for (JsonVelden k : t.lijst("factoren")) {
            String factor = k.tekst("factor", true);
            String waarde = k.tekst("waarde", false);
            BigDecimal aantal = k.positief("aantal", false);
            if (aantal != null && aantal.stripTrailingZeros().scale() > 0) {
                k.fout("aantal", "GEEN_AANTAL", "moet een geheel getal zijn");
            }
            k.controleerOnbekendeVelden();
            factoren.add(new Factorkeuze(factor, waarde, aantal));
        }
        List<Capaciteit> capaciteit = new ArrayList<>();
        for (JsonVelden c : t.lijst("capaciteit")) {
            Factorsoort soort = c.keuze("soort", true, Factorsoort::capaciteitVanNaam, Factorsoort.CAPACITEIT);
            BigDecimal deel = c.positief("deel", false);
            if (deel != null && deel.compareTo(BigDecimal.ONE) > 0) {
                c.fout("deel", "TE_GROOT", "is een deel van de taak: groter dan 0 en ten hoogste 1 (0.5 = de helft)");
            }
            Tijd tijd = tijd(c, false, false);
            Normperiode per = c.keuze("per", tijd != null, Normperiode::periodeVanNaam, Normperiode.PERIODEN);
            if (deel == null && tijd == null) {
                c.fout("deel", "VERPLICHT", "geef 'deel' (0 tot 1) of 'minuten'/'uren' met 'per'");
            } else if (deel != null && tijd != null) {
                c.fout("deel", "DUBBEL", "geef 'deel' of 'minuten'/'uren', niet beide");
            }
            String toelichting = c.tekst("toelichting", false);
            if (toelichting == null) {
                c.fout("toelichting", "VERPLICHT", "ontbreekt: leg uit wie wat overneemt (eigen kracht, netwerk, "
                        + "gebruikelijke hulp of voorliggende voorziening)");
            }
            c.controleerOnbekendeVelden();
            capaciteit.add(new Capaciteit(soort, deel, tijd, per, toelichting));
        }
        Afwijking afwijking = null;
        JsonVelden a = t.object("afwijking", false);
        if (a != null) {
            Tijd tijd = tijd(a, true, true);
            Normperiode per = a.keuze("per", true, Normperiode::periodeVanNaam, Normperiode.PERIODEN);
            String motivering = a.tekst("motivering", false);
            if (motivering == null) {
                a.fout("motivering", "MOTIVERING_ONTBREEKT", "ontbreekt: een afwijking van de norm mag alleen met een "
                        + "motivering (waarom deze cliënt meer of minder tijd nodig heeft)");
            }
            a.controleerOnbekendeVelden();
            afwijking = new Afwijking(tijd, per, motivering);
        }
        String toelichting = t.tekst("toelichting", false);
        t.controleerOnbekendeVelden();
        return new Taakinvoer(taak, ritme, "referentie".equals(basis), frequentie, factoren, capaciteit, afwijking,
                toelichting);
    }

    /** Exactly one of {@code minuten} or {@code uren}; a deviation may be negative, never 0. */
    private static Tijd tijd(JsonVelden o, boolean verplicht, boolean magNegatief) {
        boolean minuten = o.heeft("minuten");
        boolean uren = o.heeft("uren");
        if (minuten && uren) {
            o.fout("uren", "DUBBELE_DUUR", "geef minuten of uren, niet beide");
            return null;
        }
        if (!minuten && !uren) {
            if (verplicht) {
                o.fout("minuten", "VERPLICHT", "ontbreekt: geef 'minuten' of 'uren'");
            }
            return null;
        }
        String veld = minuten ? "minuten" : "uren";
        BigDecimal w = magNegatief ? o.getal(veld, true) : o.positief(veld, true);
        if (w == null) {
            return null;
        }
        if (w.signum() == 0) {
            o.fout(veld, "NUL", "mag niet 0 zijn; laat de afwijking weg als er geen is");
            return null;
        }
        return minuten ? Tijd.minuten(w) : Tijd.uren(w);
    }
}
