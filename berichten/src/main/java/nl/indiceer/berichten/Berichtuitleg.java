package nl.indiceer.berichten;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What a message means, in Dutch, line by line: for a person checking a message (indiceer bericht lees). */
public final class Berichtuitleg {

    private static final Properties CODES = codes();

    private Berichtuitleg() {
    }

    private static Properties codes() {
        Properties p = new Properties();
        try (var in = Berichtuitleg.class.getResourceAsStream("codelijsten.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The code with its meaning: "04 (herbeoordeling: verlenging)", or the code alone when the list does not have it. */
    static String code(String lijst, String code) {
        String betekenis = code == null ? null : CODES.getProperty(lijst + "." + code);
        return betekenis == null ? String.valueOf(code) : code + " (" + betekenis + ")";
    }

    private static String omvang(Omvang o) {
        if (o == null) {
            return "geen omvang";
        }
        String eenheid = CODES.getProperty("eenheid." + o.eenheid(), "eenheid " + o.eenheid());
        String frequentie = CODES.getProperty("frequentie." + o.frequentie(), "frequentie " + o.frequentie());
        return o.volume() + " " + eenheid + " " + frequentie;
    }

    private static String product(Product p) {
        return p == null ? "zonder product" : "product " + (p.code() == null ? "categorie " + p.categorie() : p.code());
    }

    /** Without the code list WJ001: the retourcodes of a 325 are given without their meaning. */
    public static List<String> regels(Bericht b) {
        return regels(b, Codelijst.LEEG);
    }

    /** @param wj001 the retourcodes' list, read from the configured iStandaarden folder; {@link Codelijst#LEEG} when none */
    public static List<String> regels(Bericht b, Codelijst wj001) {
        List<String> r = new ArrayList<>();
        Header h = b.header();
        r.add(b.soort() + " (BerichtCode " + b.soort().berichtcode() + "): " + b.soort().omschrijving() + ", " + b.soort().wet().naam()
                + ", release 3.2");
        boolean vanGemeente = b.soort().richting() == Berichtsoort.Richting.GEMEENTE_NAAR_AANBIEDER;
        r.add("Van " + (vanGemeente ? "gemeente " : "aanbieder (AGB) ") + h.afzender() + " aan "
                + (vanGemeente ? "aanbieder (AGB) " : "gemeente ") + h.ontvanger() + ", bericht " + h.identificatie() + " van "
                + h.dagtekening());
        if (b instanceof Toewijzingsbericht t) {
            r.add("Cliënt: BSN " + t.client().bsn() + ", " + t.client().naam().leesbaar() + ", geboren "
                    + t.client().geboortedatum().datum());
            for (ToegewezenProduct p : t.producten()) {
                r.add("Toewijzing " + p.toewijzingNummer() + ": " + product(p.product()) + ", " + omvang(p.omvang())
                        + (p.budget() == null ? "" : ", budget " + p.budget() + " euro") + ", van " + p.ingangsdatum()
                        + (p.einddatum() == null ? "" : " tot en met " + p.einddatum())
                        + (p.redenWijziging() == null ? "" : "; gewijzigd: " + code("redenwijziging", p.redenWijziging()))
                        + "; toegewezen op " + p.toewijzingsdatum() + " " + p.toewijzingstijd());
            }
        } else if (b instanceof Startbericht s) {
            r.add("Cliënt: BSN " + s.client().bsn() + ", " + s.client().naam().leesbaar());
            for (StartProduct p : s.producten()) {
                r.add("Gestart: toewijzing " + p.toewijzingNummer() + ", " + product(p.product()) + ", begonnen op "
                        + p.begindatum() + " (" + code("status", p.statusAanlevering()) + ")");
            }
        } else if (b instanceof Stopbericht s) {
            r.add("Cliënt: BSN " + s.client().bsn() + ", " + s.client().naam().leesbaar());
            for (StopProduct p : s.producten()) {
                r.add("Gestopt: toewijzing " + p.toewijzingNummer() + ", " + product(p.product()) + ", geleverd van "
                        + p.begindatum() + " tot en met " + p.einddatum() + "; reden " + code("redenbeeindiging",
                        p.redenBeeindiging()) + " (" + code("status", p.statusAanlevering()) + ")");
            }
        } else if (b instanceof Toewijzingsverzoek v) {
            r.add("Cliënt: BSN " + v.client().bsn() + ", " + v.client().naam().leesbaar());
            for (AangevraagdProduct p : v.producten()) {
                r.add("Gevraagd: " + product(p.product()) + ", " + omvang(p.omvang()) + ", van " + p.toewijzingIngangsdatum()
                        + (p.toewijzingEinddatum() == null ? "" : " tot en met " + p.toewijzingEinddatum())
                        + "; verwezen door type " + p.verwijzer().type() + (p.verwijzer().naam() == null ? "" : " ("
                        + p.verwijzer().naam() + ")") + "; referentie " + p.referentieAanbieder());
            }
        } else if (b instanceof Wijzigingsverzoek v) {
            r.add("Cliënt: BSN " + v.bsn() + "; reden " + code("redenverzoek", v.redenVerzoek()) + "; referentie "
                    + v.referentieAanbieder());
            v.ongewijzigd().forEach(n -> r.add("Blijft: toewijzing " + n));
            for (TeWijzigenProduct p : v.teWijzigen()) {
                r.add("Wijzigen: toewijzing " + p.toewijzingNummer() + " vanaf " + p.gewensteIngangsdatum()
                        + (p.einddatum() == null ? "" : " tot en met " + p.einddatum())
                        + (p.omvang() == null ? "" : ", " + omvang(p.omvang())));
            }
            for (NieuwProduct p : v.nieuw()) {
                r.add("Nieuw: " + product(p.product()) + " vanaf " + p.gewensteIngangsdatum()
                        + (p.einddatum() == null ? "" : " tot en met " + p.einddatum())
                        + (p.omvang() == null ? "" : ", " + omvang(p.omvang())));
            }
        } else if (b instanceof Antwoordbericht a) {
            r.add("Antwoord op verzoek " + a.referentieAanbieder() + ": " + code("verzoekantwoord", a.verzoekAntwoord())
                    + (a.redenAfwijzingVerzoek() == null ? "" : "; reden " + code("redenafwijzing", a.redenAfwijzingVerzoek()))
                    + (a.woonplaatsbeginselGemeente() == null ? "" : "; woonplaatsbeginsel: gemeente "
                    + a.woonplaatsbeginselGemeente()));
        } else if (b instanceof Declaratieantwoordbericht d) {
            declaratieantwoord(d, wj001, r);
        }
        return r;
    }

    private static void declaratieantwoord(Declaratieantwoordbericht d, Codelijst wj001, List<String> r) {
        r.add("Antwoord op declaratie (323) " + d.declaratieIdentificatie() + " van " + d.declaratieDagtekening()
                + "; bericht als geheel: " + Retouruitleg.codes(d.retourcodes(), wj001));
        Declaratieantwoordbericht.Antwoord a = d.antwoord();
        if (a == null) {
            r.add("Het bericht bevat geen antwoord op de declaratie.");
        } else {
            r.add("Declaratie " + a.declaratieNummer() + ": ingediend " + bedrag(a.totaalIngediend()) + ", toegekend "
                    + bedrag(a.totaalToegekend()) + "; " + Retouruitleg.codes(a.retourcodes(), wj001));
            int afgewezen = d.prestaties().size();
            r.add(afgewezen == 0 ? "Geen prestatie afgewezen." : afgewezen + (afgewezen == 1 ? " prestatie" : " prestaties")
                    + " afgewezen (goedgekeurde prestaties staan niet in een 325):");
            for (Declaratieantwoordbericht.Client c : a.clienten()) {
                for (Declaratieantwoordbericht.Prestatie p : c.prestaties()) {
                    r.add("Afgewezen: cliënt BSN " + c.bsn() + ", toewijzing " + p.toewijzingNummer() + ", product "
                            + p.productCode() + ", " + p.begindatum() + " tot en met " + p.einddatum() + ", "
                            + p.geleverdVolume() + " " + CODES.getProperty("eenheid." + p.eenheid(), "eenheid " + p.eenheid())
                            + ", " + bedrag(p.ingediendBedrag()) + ", referentie " + p.referentieNummer() + ": "
                            + Retouruitleg.codes(p.retourcodes(), wj001));
                }
            }
        }
        if (wj001.isLeeg()) {
            r.add(Retouruitleg.ZONDER_LIJST);
        }
    }

    /** Eurocents as "580,00 euro", with "credit" when it is a credit. */
    static String bedrag(Declaratieantwoordbericht.Bedrag b) {
        return java.math.BigDecimal.valueOf(b.eurocent(), 2).toPlainString().replace('.', ',') + " euro"
                + (b.isCredit() ? " credit" : "");
    }
}
