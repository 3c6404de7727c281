package nl.indiceer.cli;

import java.util.List;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Aard;
import nl.indiceer.regeling.Consultduur;
import nl.indiceer.regeling.Duur;
import nl.indiceer.regeling.GedeeldeRegels;
import nl.indiceer.regeling.GezamenlijkeDuur;
import nl.indiceer.regeling.Periodelimiet;
import nl.indiceer.regeling.Periodevoorwaarde;
import nl.indiceer.regeling.Verhouding;
import nl.indiceer.regeling.Grenzen;
import nl.indiceer.regeling.Indicatiewijze;
import nl.indiceer.regeling.Leeftijd;
import nl.indiceer.regeling.Limiet;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.regeling.Variant;
import nl.indiceer.regeling.VastVolume;
import nl.indiceer.volume.Getal;

/** One product of a rulebook as the consultant reads it: unit, periods, tariffs, limits, duration, age, notes. */
final class ProductTekst {

    private static final String INSPRONG = "    ";

    private ProductTekst() {
    }

    static String schrijf(Product p) {
        StringBuilder s = new StringBuilder();
        s.append(p.code()).append("  ").append(p.naam()).append("\n");
        Indicatiewijze wijze = p.indicatiewijze();
        List<String> gemeenten = p.bijzondereRegels().gemeenten();
        regel(s, "eenheid " + wijze.eenheid().enkelvoud() + ", " + wijze.bekostiging().name().toLowerCase() + ", perioden: "
                + String.join(", ", wijze.perioden().stream().map(Periode::omschrijving).toList())
                + (gemeenten.isEmpty() ? "" : "; alleen " + String.join(", ", gemeenten)));
        for (Tarief t : p.tarifering().tarieven()) {
            regel(s, "tarief " + t.financiering().name() + " per " + t.eenheid().enkelvoud()
                    + (t.aanbiedertype() == null ? "" : " (" + t.aanbiedertype() + ")") + ": " + Getal.euro(t.bedrag())
                    + (t.onduidelijk() == null ? "" : "  [onduidelijk]"));
        }
        p.tarifering().financieringNietToegestaan().forEach(u -> regel(s, "niet als " + u.vorm().omschrijving()));
        var pgb = wijze.pgbBekostiging();
        if (pgb != null) {
            regel(s, "pgb: PxQ per " + pgb.eenheid().enkelvoud() + (pgb.tariefVan() == null ? ""
                    : ", tegen het pgb-tarief van " + pgb.tariefVan() + " (het maximum van de productfamilie)") + bron(pgb.bron())
                    + (pgb.onduidelijk() == null ? "" : "\n" + INSPRONG + "  onduidelijk: " + pgb.onduidelijk()));
        }
        Grenzen grenzen = p.grenzen();
        VastVolume vast = grenzen.vastVolume();
        if (vast != null) {
            regel(s, "vast volume: " + Getal.nl(vast.volume()) + " " + vast.eenheid().woord(true) + " "
                    + vast.per().omschrijving());
        }
        limieten(s, "", grenzen.limieten());
        Consultduur consult = grenzen.consult();
        if (consult != null) {
            regel(s, "per consult:" + (consult.minimaal() == null ? "" : " minimaal " + Getal.nl(consult.minimaal()))
                    + (consult.maximaal() == null ? "" : " maximaal " + Getal.nl(consult.maximaal())) + " "
                    + consult.eenheid().woord(true) + bron(consult.bron()) + aard(consult.aard())
                    + (consult.onduidelijk() == null ? "" : "  [onduidelijk]"));
        }
        duur(s, "", grenzen.duur());
        Leeftijd leeftijd = grenzen.leeftijd();
        if (leeftijd != null) {
            regel(s, "leeftijd" + (leeftijd.vanaf() == null ? "" : " vanaf " + leeftijd.vanaf())
                    + (leeftijd.tot() == null ? "" : " tot " + leeftijd.tot()) + " jaar");
            s.append(TijdsverloopTekst.uitzonderingen(leeftijd));
        }
        for (Variant v : grenzen.varianten()) {
            regel(s, "variant " + v.naam() + (v.omschrijving() == null ? "" : ": " + v.omschrijving()));
            limieten(s, "  ", v.limieten());
            duur(s, "  ", v.duur());
        }
        if (p.herkomst().onduidelijk() != null) {
            regel(s, "onduidelijk: " + p.herkomst().onduidelijk());
        }
        return s.toString();
    }

    private static void limieten(StringBuilder s, String extra, List<Limiet> limieten) {
        for (Limiet l : limieten) {
            regel(s, extra + "maximaal " + Getal.nl(l.maximaal()) + " " + l.eenheid().woord(true) + " " + l.per().omschrijving()
                    + aard(l.aard()) + onduidelijk(l.onduidelijk(), extra));
        }
    }

    private static void duur(StringBuilder s, String extra, Duur d) {
        if (d == null) {
            return;
        }
        StringBuilder t = new StringBuilder(extra + "duur:");
        if (d.maximaalMaanden() != null) {
            t.append(" maximaal ").append(Getal.nl(d.maximaalMaanden())).append(" maanden");
        }
        if (d.maximaalDagen() != null) {
            t.append(" maximaal ").append(d.maximaalDagen()).append(" dagen");
        }
        if (d.gemiddeldMaanden() != null) {
            t.append(" gemiddeld ").append(Getal.nl(d.gemiddeldMaanden())).append(" maanden");
        }
        if (d.maximaalMaanden() != null || d.maximaalDagen() != null) {
            t.append(aard(d.aard())).append(onduidelijk(d.onduidelijk(), extra));
        }
        regel(s, t.toString());
    }

    /**
     * The rules over time and over several products (periodelimieten, verhoudingen, gezamenlijke_duur), each with
     * its source; empty when the rulebook has none.
     */
    static String gedeeld(GedeeldeRegels g) {
        StringBuilder s = new StringBuilder();
        if (g.isLeeg()) {
            return "";
        }
        s.append("Regels over tijd en over meer producten samen\n");
        for (Periodelimiet l : g.periodelimieten()) {
            regel(s, "maximaal " + Getal.nl(l.maximaal()) + " " + (l.consulten() ? "consulten" : l.eenheid().woord(true))
                    + " per " + l.maanden() + " maanden" + (l.producten().size() > 1 ? " samen" : "") + ": "
                    + String.join(", ", l.producten()) + bron(l.bron()) + aard(l.aard())
                    + (l.onduidelijk() == null ? "" : "  [onduidelijk]"));
        }
        for (Verhouding v : g.verhoudingen()) {
            StringBuilder t = new StringBuilder("maximaal " + Getal.nl(v.maximaal()) + " van " + String.join(", ", v.producten())
                    + " per eenheid van " + String.join(", ", v.per()));
            if (!v.omrekening().isEmpty()) {
                t.append("; omrekening:");
                for (Verhouding.Afrondingsrij r : v.omrekening()) {
                    t.append(" t/m ").append(Getal.nl(r.totEnMetUren())).append(" uur +").append(Getal.nl(r.aantal())).append(";");
                }
                t.setLength(t.length() - 1);
            }
            regel(s, t + bron(v.bron()) + aard(v.aard()) + (v.onduidelijk() == null ? "" : "  [onduidelijk]"));
        }
        for (GezamenlijkeDuur d : g.gezamenlijkeDuur()) {
            regel(s, "samen maximaal " + Getal.nl(d.maximaalMaanden()) + " maanden" + (d.totInzet() ? " (tot het einde van de hulp zelf)" : "")
                    + ": " + String.join(", ", d.producten()) + bron(d.bron()) + aard(d.aard())
                    + (d.onduidelijk() == null ? "" : "  [onduidelijk]"));
        }
        return s.toString();
    }

    /**
     * The combination rules about facts and time: declared facts, exceptions (tenzij), not on the same day,
     * companions in the same request or at the start, orders in time, pauses and scaling down; empty when none.
     */
    static String tijdregels(nl.indiceer.regeling.Combinaties c) {
        nl.indiceer.regeling.Tijdregels t = c.tijdregels();
        StringBuilder s = new StringBuilder();
        for (nl.indiceer.regeling.Feit f : t.feiten()) {
            regel(s, "feit " + f.naam() + (f.soort() == nl.indiceer.regeling.Feitsoort.GETAL ? " (een getal)" : "") + ": "
                    + f.vraag() + bron(f.bron()));
        }
        for (nl.indiceer.regeling.Paar p : c.paren()) {
            if (p.tenzij() != null || p.nietOpDezelfdeDag()) {
                regel(s, p.a() + " + " + p.b() + ": " + (p.nietOpDezelfdeDag() ? "samen mogelijk, niet op dezelfde dag"
                        : "niet mogelijk, tenzij " + p.tenzij()) + bron(p.bron()) + onduidelijk(p.onduidelijk()));
            }
        }
        for (nl.indiceer.regeling.Paar p : c.paren()) {
            if (!p.voorwaarden().isLeeg()) {
                regel(s, p.a() + " + " + p.b() + ": " + stapelingsvoorwaarden(p.voorwaarden()) + bron(p.bron())
                        + onduidelijk(p.onduidelijk()));
            }
        }
        for (nl.indiceer.regeling.Vereiste v : c.vereisten()) {
            if (v.tenzij() != null || v.inAanvraag() || v.bijStart()) {
                regel(s, String.join(", ", v.producten()) + " alleen met " + String.join(" of ", v.met())
                        + (v.bijStart() ? " (in elk geval bij de start)" : "") + (v.inAanvraag() ? " (in dezelfde beschikking)" : "")
                        + (v.tenzij() == null ? "" : ", tenzij " + v.tenzij()) + bron(v.bron()) + onduidelijk(v.onduidelijk()));
            }
        }
        for (nl.indiceer.regeling.Volgorde v : t.volgorden()) {
            regel(s, String.join(", ", v.eerst()) + " moet al lopen voordat " + String.join(" of ", v.dan()) + " begint"
                    + bron(v.bron()) + onduidelijk(v.onduidelijk()));
        }
        for (nl.indiceer.regeling.Pauze p : t.pauzes()) {
            regel(s, "tijdens " + String.join(", ", p.producten()) + " staat alle andere hulp op pauze" + bron(p.bron())
                    + onduidelijk(p.onduidelijk()));
        }
        for (nl.indiceer.regeling.Afschaling a : t.afschalingen()) {
            regel(s, "afschalen van " + String.join(", ", a.van()) + " naar " + String.join(" of ", a.naar()) + ": samen "
                    + (a.minimaalMaanden() == null ? "" : "minimaal " + Getal.nl(a.minimaalMaanden()))
                    + (a.minimaalMaanden() != null && a.maximaalMaanden() != null ? " en " : "")
                    + (a.maximaalMaanden() == null ? "" : "maximaal " + Getal.nl(a.maximaalMaanden())) + " maanden"
                    + bron(a.bron()) + onduidelijk(a.onduidelijk()));
        }
        return s.isEmpty() ? "" : "Combinaties: feiten, uitzonderingen en volgorde in de tijd\n" + s;
    }

    /**
     * What a product needs of the client (vereiste_feiten: IQ above 141, a behandelplan, work from 16), with when it
     * applies, its source and what is unclear; empty when none.
     */
    static String feitvereisten(nl.indiceer.regeling.Combinaties c) {
        StringBuilder s = new StringBuilder();
        for (nl.indiceer.regeling.Feitvereiste v : c.feitvereisten()) {
            nl.indiceer.regeling.Feit f = c.tijdregels().feit(v.feit());
            String vraag = f == null ? v.feit() : f.vraag();
            regel(s, String.join(", ", v.producten()) + " alleen als "
                    + (v.groterDan() == null ? "ja op '" + vraag + "'" : "'" + vraag + "' meer dan " + Getal.nl(v.groterDan()))
                    + " (feit " + v.feit() + ")"
                    + (v.vanafLeeftijd() == null ? "" : ", vanaf " + v.vanafLeeftijd() + " jaar")
                    + (v.als() == null ? "" : ", als ja op '" + c.tijdregels().feit(v.als()).vraag() + "' (feit " + v.als() + ")")
                    + "; onbekend: de tool vraagt erom" + bron(v.bron()) + onduidelijk(v.onduidelijk()));
        }
        return s.isEmpty() ? "" : "Wat de cliënt moet hebben of zijn\n" + s;
    }

    /** The rules of the referral route (who may deploy what, GI maatregel, medical referral term); empty when none. */
    static String verwijzing(nl.indiceer.regeling.Verwijsregels v) {
        if (v.isLeeg()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Verwijzing\n");
        for (nl.indiceer.regeling.Verwijsregels.AlleenDoor a : v.alleenDoor()) {
            regel(s, String.join(", ", a.producten()) + " alleen in te zetten door " + String.join(" of ", a.verwijzerNamen())
                    + (a.inAfstemming() ? " (of in nadrukkelijke afstemming daarmee)" : "") + bron(a.bron())
                    + onduidelijk(a.onduidelijk()));
        }
        if (v.maatregel() != null) {
            regel(s, "een bepaling van " + String.join(" of ", v.maatregel().verwijzerNamen())
                    + " eindigt uiterlijk op de einddatum van de maatregel" + bron(v.maatregel().bron())
                    + onduidelijk(v.maatregel().onduidelijk()));
        }
        if (v.intaketermijn() != null) {
            regel(s, "na een verwijzing door " + String.join(" of ", v.intaketermijn().verwijzerNamen()) + " start de hulp binnen "
                    + v.intaketermijn().maanden() + " maanden" + bron(v.intaketermijn().bron())
                    + onduidelijk(v.intaketermijn().onduidelijk()));
        }
        return s.toString();
    }

    /** "alleen bij twee verschillende aanbieders en als ja op feit x; verder niets te wegen" and the like. */
    static String stapelingsvoorwaarden(nl.indiceer.regeling.Stapelingsvoorwaarden v) {
        List<String> delen = new java.util.ArrayList<>();
        if (v.aanbieder() != null) {
            delen.add(switch (v.aanbieder()) {
                case VERSCHILLEND -> "alleen bij twee verschillende aanbieders";
                case IN_PRINCIPE_VERSCHILLEND -> "in principe bij twee verschillende aanbieders";
                case ZELFDE_TOEGESTAAN -> "ook bij dezelfde aanbieder";
            });
        }
        if (!v.alleenAls().isEmpty()) {
            delen.add("alleen als ja op " + String.join(" en ", v.alleenAls()));
        }
        return "voorwaardelijk, " + String.join(", ", delen)
                + (v.volledig() ? " (daarmee voldaan)" : " (en verder af te wegen)");
    }

    private static String onduidelijk(String o) {
        return o == null ? "" : "\n" + INSPRONG + "  onduidelijk: " + o;
    }

    /** What the rulebook attaches to a period (a warning for per week or totaal), with its severity and source. */
    static String periodevoorwaarden(List<Periodevoorwaarde> voorwaarden) {
        StringBuilder s = new StringBuilder();
        for (Periodevoorwaarde v : voorwaarden) {
            regel(s, v.periode().omschrijving() + ": " + v.ernst() + " — " + v.melding() + bron(v.bron()));
        }
        return s.isEmpty() ? "" : "Bij de periode\n" + s;
    }

    /**
     * Guideline or rule, with the line that decides it: " — richtlijn: afwijken met motivering (002:1155, 533-541)",
     * " — regel: blokkeert (004:894-898)"; a rulebook that does not state it: " — regel (niet vermeld)".
     */
    static String aard(Aard a) {
        if (!a.vermeld()) {
            return " — regel (niet vermeld of het een richtlijn is)";
        }
        return (a.richtlijn() ? " — richtlijn: afwijken met motivering" : " — regel: overschrijden is een fout")
                + " (" + a.bron().kort() + ")";
    }

    /** A limit's note on what is unclear, on its own line under it. */
    private static String onduidelijk(String o, String extra) {
        return o == null ? "" : "\n" + INSPRONG + extra + "  onduidelijk: " + o;
    }

    private static String bron(Bron b) {
        return b == null ? "" : " (bron " + b.kort() + ")";
    }

    private static void regel(StringBuilder s, String tekst) {
        s.append(INSPRONG).append(tekst).append("\n");
    }
}
