package nl.indiceer.berekening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Gezinslid;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.getal.Breuk;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.kosten.Kostenberekening;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Bekostigingsregel;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Constanten;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.regeling.Variant;
import nl.indiceer.regeling.VastVolume;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Combinatieoordeel;
import nl.indiceer.toetsing.Combinatietoets;
import nl.indiceer.toetsing.Onduidelijkheden;
import nl.indiceer.toetsing.Producttoetsen;
import nl.indiceer.toetsing.Regelcontext;
import nl.indiceer.toetsing.Volumetoetsen;
import nl.indiceer.toetsing.Wijzigingstoetsen;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Omrekening;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeopbouw;

/**
 * The indication engine: turns a request into volumes, costs, a rekensom and findings, using the
 * rulebook version in force on the request's peildatum. Pure computation: no I/O after the rulebooks
 * are loaded.
 */
public final class Indicatiemotor {

    private final Regelingen regelingen;

    public Indicatiemotor(Regelingen regelingen) {
        this.regelingen = regelingen;
    }

    /**
     * @throws OngeldigeAanvraagException when the request does not fit the rulebook (unknown region,
     *         product, variant, municipality, or posten in a unit the product is not indicated in)
     */
    public Uitkomst bereken(Aanvraag aanvraag) {
        Regeling regeling = regeling(aanvraag);
        controleer(aanvraag, regeling);
        Constanten k = regeling.constanten();
        BigDecimal wekenPerJaar = waarde(k.wekenPerJaar(), Constanten.STANDAARD_WEKEN_PER_JAAR);
        BigDecimal wekenPerMaand = waarde(k.wekenPerMaand(), wekenPerJaar.divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL64));
        BigDecimal minutenPerDagdeel = waarde(k.minutenPerDagdeel(), Constanten.STANDAARD_MINUTEN_PER_DAGDEEL);

        List<Regelcontext> contexten = new ArrayList<>();
        List<Regeluitkomst> regels = new ArrayList<>();
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel regel = aanvraag.producten().get(i);
            Product product = regeling.product(regel.product());
            Variant variant = regel.variant() == null ? null : product.variant(regel.variant());
            Geldigheidsduur duur = Geldigheidsduur.van(regel.begindatum(), regel.einddatum(), wekenPerJaar);
            Volumeopbouw opbouw = opbouw(aanvraag, regeling, regel, product, variant, minutenPerDagdeel);
            Bekostigingsregel inkoop = bekostigingsregel(aanvraag, regeling, product);
            Bekostiging bekostiging = inkoop == null || regel.financiering().isPgb()
                    ? product.bekostigingVoor(regel.financiering()) : inkoop.vorm();
            List<Bevinding> bevindingen = new ArrayList<>();
            if (inkoop != null && !regel.financiering().isPgb()) {
                Onduidelijkheden.meld(inkoop.onduidelijk(), inkoop.bron(), i, bevindingen);
            }
            Toewijzingsvolume volume = null;
            Rekensom rekensom;
            if (bekostiging == Bekostiging.PXQ && !opbouw.isLeeg()) {
                Omrekening omrekening = Omrekening.van(k);
                Breuk exact = opbouw.voor(regel.periode(), omrekening.wekenPerMaand(), duur);
                volume = Toewijzingsvolume.bepaal(exact, product.eenheidVoor(regel.financiering()), regel.eenheid(), minutenPerDagdeel,
                        regel.periode(), duur);
                rekensom = Rekensom.van(opbouw, regel.periode(), omrekening, duur, volume);
                volumebevindingen(regeling, product, regel, opbouw, volume, wekenPerMaand, i, bevindingen);
            } else if (bekostiging != Bekostiging.PXQ) {
                rekensom = Rekensom.bedrag(product.naam(), bekostiging, duur);
            } else {
                rekensom = Rekensom.zonderPosten(duur);
            }
            Regelcontext c = new Regelcontext(aanvraag, regeling, i, regel, product, variant, duur, opbouw, volume,
                    wekenPerMaand, minutenPerDagdeel);
            contexten.add(c);
            toets(c, bevindingen);
            Kosten kosten = kosten(c, bekostiging, bevindingen);
            regels.add(new Regeluitkomst(i, product.code(), product.naam(), regel.variant(), regel.financiering(),
                    regel.begindatum(), regel.einddatum(), regel.periode(), bekostiging, duur, volume, rekensom, kosten,
                    toewijzingen(aanvraag, c, kosten, bevindingen), bevindingen));
        }
        List<Bevinding> overkoepelend = new ArrayList<>();
        List<Combinatieoordeel> oordelen = new ArrayList<>();
        Combinatietoets.toets(aanvraag, regeling, overkoepelend, oordelen);
        overgangen(aanvraag, contexten, overkoepelend);
        if (aanvraag.gemeente() == null && !regeling.gemeenten().isEmpty()) {
            overkoepelend.add(new Bevinding("GEMEENTE_ONTBREEKT", Ernst.INFO, "Vul de gemeente in om te toetsen of zij het "
                    + "product inkoopt en hoe (pxq, traject of plek).", regeling.bron(), null));
        }
        Onduidelijkheden.meld(regeling.onduidelijk(), regeling.bron(), null, overkoepelend);
        motiveringen(aanvraag, regels, overkoepelend);
        Gemeente gemeente = aanvraag.gemeente() == null ? null : regeling.gemeente(aanvraag.gemeente());
        return new Uitkomst(regeling.regio(), regeling.naam(), regeling.bestand(), regeling.geldigVanaf(),
                aanvraag.peildatum(), gemeente == null ? aanvraag.gemeente() : gemeente.naam(), aanvraag.client(), regels,
                oordelen, overkoepelend);
    }

    /** What the consultant must know about how the volume was converted and rounded. */
    private static void volumebevindingen(Regeling regeling, Product product, Productregel regel, Volumeopbouw opbouw,
                                          Toewijzingsvolume volume, BigDecimal wekenPerMaand, int i, List<Bevinding> bevindingen) {
        if (regeling.constanten().wekenPerMaand() == null && rekentTussenWeekEnMaand(opbouw, regel.periode())) {
            bevindingen.add(new Bevinding("WEKEN_PER_MAAND_NIET_IN_REGELING", Ernst.WAARSCHUWING, "De regeling noemt "
                    + "niet hoeveel weken een maand telt; omgerekend met weken per jaar ÷ 12 = "
                    + Getal.nl(wekenPerMaand) + " weken. Controleer dit met het beleid van de regio.", regeling.bron(), i));
        }
        if (volume.afgerond()) {
            boolean grof = volume.eenheid() != Eenheid.MINUUT;
            String advies = !grof ? "" : volume.eenheid().isTijd()
                    ? " Toewijzen in minuten voorkomt dat meer wordt toegewezen dan de opbouw geeft."
                    : " Kies een langere periode (per maand of totaal) om niet meer toe te wijzen dan de opbouw geeft.";
            bevindingen.add(new Bevinding("AFGEROND_NAAR_BOVEN", grof ? Ernst.WAARSCHUWING : Ernst.INFO,
                    "Het volume is naar boven afgerond op " + volume.tekst() + "; er wordt nooit naar beneden afgerond."
                            + advies, null, i));
        }
        Eenheid eigen = product.eenheidVoor(regel.financiering());
        if (eigen == Eenheid.DAGDEEL && volume.eenheid() == Eenheid.MINUUT) {
            bevindingen.add(new Bevinding("NIET_IN_PRODUCTEENHEID", Ernst.WAARSCHUWING, product.naam()
                    + " wordt geïndiceerd in " + eigen.woord(true) + "; " + (regel.eenheid() != null
                    ? "op verzoek toegewezen in minuten." : "de opbouw geeft geen heel aantal " + eigen.woord(true)
                    + " " + regel.periode().omschrijving() + ", dus toegewezen in minuten."), product.bron(), i));
        }
    }

    private Regeling regeling(Aanvraag aanvraag) {
        String regio = regelingen.regio(aanvraag.regio());
        if (regio == null) {
            throw new OngeldigeAanvraagException(List.of(new Invoerfout("regio", "ONBEKENDE_REGIO", "onbekende regio '"
                    + aanvraag.regio() + "'; kies uit " + String.join(", ", regelingen.regios()))));
        }
        Regeling regeling = regelingen.voor(regio, aanvraag.peildatum());
        if (regeling == null) {
            List<String> versies = regelingen.versies(regio).stream()
                    .map(r -> r.geldigVanaf() + " t/m " + (r.geldigTot() == null ? "heden" : r.geldigTot())).toList();
            throw new OngeldigeAanvraagException(List.of(new Invoerfout("peildatum", "GEEN_REGELING_OP_PEILDATUM",
                    "geen regeling van " + regio + " geldig op " + aanvraag.peildatum() + "; wel: "
                            + String.join(", ", versies))));
        }
        return regeling;
    }

    /** What the JSON reader cannot know: names that must exist in this rulebook. */
    private static void controleer(Aanvraag aanvraag, Regeling regeling) {
        List<Invoerfout> fouten = new ArrayList<>();
        if (aanvraag.gemeente() != null && !regeling.gemeenten().isEmpty() && regeling.gemeente(aanvraag.gemeente()) == null) {
            fouten.add(new Invoerfout("gemeente", "ONBEKENDE_GEMEENTE", "'" + aanvraag.gemeente() + "' hoort niet bij regio "
                    + regeling.regio() + "; kies uit " + String.join(", ", regeling.gemeenten().stream().map(Gemeente::naam).toList())));
        }
        for (int i = 0; i < aanvraag.lopendeToewijzingen().size(); i++) {
            LopendeToewijzing t = aanvraag.lopendeToewijzingen().get(i);
            if (regeling.product(t.product()) == null) {
                fouten.add(new Invoerfout("lopende_toewijzingen[" + i + "].product", "ONBEKEND_PRODUCT",
                        "onbekend product '" + t.product() + "' in de regeling van " + regeling.regio()));
            }
        }
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel r = aanvraag.producten().get(i);
            String pad = "producten[" + i + "]";
            if (r.einddatum().isBefore(r.begindatum())) {
                fouten.add(new Invoerfout(pad + ".einddatum", "EINDE_VOOR_BEGIN", "ligt voor de begindatum (" + r.begindatum() + ")"));
                continue;
            }
            Product p = regeling.product(r.product());
            if (p == null) {
                fouten.add(new Invoerfout(pad + ".product", "ONBEKEND_PRODUCT", "onbekend product '" + r.product()
                        + "' in de regeling van " + regeling.regio() + " (" + regeling.geldigVanaf() + ")" + suggestie(regeling, r.product())));
                continue;
            }
            if (aanvraag.client() != null && aanvraag.client().geboortedatum() != null
                    && aanvraag.client().geboortedatum().isAfter(r.begindatum())) {
                fouten.add(new Invoerfout("client.geboortedatum", "GEBOORTE_NA_START", "ligt na de begindatum van "
                        + pad + " (" + r.begindatum() + ")"));
            }
            if (r.variant() != null && p.variant(r.variant()) == null) {
                fouten.add(new Invoerfout(pad + ".variant", "ONBEKENDE_VARIANT", "'" + r.variant() + "' is geen variant van "
                        + p.naam() + (p.varianten().isEmpty() ? "; het product heeft geen varianten"
                        : "; kies uit " + String.join(", ", p.varianten().stream().map(Variant::naam).toList()))));
            }
            for (String[] verwijzing : new String[][] {{"verlengt", r.verlengt()}, {"overgang_van", r.overgangVan()},
                    {"terugval_na", r.terugvalNa()}}) {
                if (verwijzing[1] != null && aanvraag.lopende(verwijzing[1]) == null) {
                    fouten.add(new Invoerfout(pad + "." + verwijzing[0], "ONBEKENDE_TOEWIJZING", "geen lopende toewijzing met id '"
                            + verwijzing[1] + "'"));
                }
            }
            Eenheid eenheid = p.eenheidVoor(r.financiering());
            Eenheid basis = Volumeopbouw.basisVan(eenheid);
            Geldigheidsduur duur = Geldigheidsduur.van(r.begindatum(), r.einddatum(),
                    waarde(regeling.constanten().wekenPerJaar(), Constanten.STANDAARD_WEKEN_PER_JAAR));
            for (int j = 0; j < r.posten().size(); j++) {
                Post post = r.posten().get(j);
                if (post.isFase()) {
                    boolean inWeken = post.per() == Periode.WEEK;
                    BigDecimal beschikbaar = (inWeken ? duur.weken() : duur.maanden()).setScale(0, java.math.RoundingMode.CEILING);
                    if (post.fase().compareTo(beschikbaar) > 0) {
                        fouten.add(new Invoerfout(pad + ".posten[" + j + "]." + (inWeken ? "weken" : "maanden"), "FASE_TE_LANG",
                                Getal.nl(post.fase()) + (inWeken ? " weken" : " maanden") + " is langer dan de geldigheidsduur ("
                                        + Getal.nl(inWeken ? duur.weken() : duur.maanden()) + (inWeken ? " weken)" : " maanden)")));
                    }
                }
                boolean past = Volumeopbouw.past(basis, post.eenheid());
                if (eenheid == Eenheid.TRAJECT || !past) {
                    fouten.add(new Invoerfout(pad + ".posten[" + j + "]." + veldnaam(post.eenheid()), "EENHEID_PAST_NIET",
                            p.naam() + " wordt geïndiceerd in " + eenheid.woord(true)
                                    + (eenheid == Eenheid.TRAJECT ? " en heeft geen posten" : "; geef de duur in die eenheid")));
                }
            }
            boolean heeftVolume = !r.posten().isEmpty() || p.vastVolume() != null
                    || (r.variant() != null && p.variant(r.variant()) != null && p.variant(r.variant()).vastVolume() != null)
                    || eenheid == Eenheid.TRAJECT || r.verlengt() != null
                    || (r.terugvalNa() != null && regeling.terugval() != null);
            if (!heeftVolume) {
                fouten.add(new Invoerfout(pad + ".posten", "VERPLICHT", "bouw het volume op met minstens één post; "
                        + p.naam() + " heeft geen vast volume"));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(fouten);
        }
    }

    /** "; bedoelt u '54L03'?" when the code differs only in capitals; otherwise a pointer to the list. */
    private static String suggestie(Regeling regeling, String code) {
        for (Product p : regeling.producten()) {
            if (p.code().equalsIgnoreCase(code)) {
                return "; bedoelt u '" + p.code() + "'?";
            }
        }
        return "; zie 'indiceer regeling toon " + regeling.regio() + "'";
    }

    private static String veldnaam(Eenheid e) {
        return switch (e) {
            case MINUUT -> "minuten";
            case UUR -> "uren";
            case DAGDEEL -> "dagdelen";
            case ETMAAL -> "etmalen";
            default -> "stuks";
        };
    }

    private static Volumeopbouw opbouw(Aanvraag aanvraag, Regeling regeling, Productregel regel, Product product,
                                       Variant variant, BigDecimal minutenPerDagdeel) {
        Eenheid eenheid = product.eenheidVoor(regel.financiering());
        Volumeopbouw opbouw = new Volumeopbouw(eenheid, minutenPerDagdeel);
        if (eenheid == Eenheid.TRAJECT) {
            return opbouw;
        }
        if (!regel.posten().isEmpty()) {
            regel.posten().forEach(opbouw::voegToe);
            return opbouw;
        }
        VastVolume vast = variant != null && variant.vastVolume() != null ? variant.vastVolume() : product.vastVolume();
        if (vast != null) {
            opbouw.voegVastToe(vast.volume(), vast.eenheid(), vast.per(), "afgesproken volume");
        } else if (regel.verlengt() != null) {
            LopendeToewijzing oud = aanvraag.lopende(regel.verlengt());
            if (oud.volume() != null && opbouw.past(oud.eenheid())) {
                opbouw.voegVastToe(oud.volume(), oud.eenheid(), oud.periode(), "volume van toewijzing " + oud.id() + ", zonder extra minuten");
            }
        } else if (regel.terugvalNa() != null && regeling.terugval() != null && opbouw.past(regeling.terugval().eenheid())) {
            opbouw.voegVastToe(regeling.terugval().volume(), regeling.terugval().eenheid(), Periode.TOTAAL, "terugvalregeling");
        }
        return opbouw;
    }

    /** The municipality's own way of buying this product (Venlo: plekken, 001:1715-1748), or null for the product's default. */
    private static Bekostigingsregel bekostigingsregel(Aanvraag aanvraag, Regeling regeling, Product product) {
        if (aanvraag.gemeente() == null) {
            return null;
        }
        Gemeente g = regeling.gemeente(aanvraag.gemeente());
        if (g != null) {
            for (Bekostigingsregel b : g.bekostiging()) {
                for (String naam : b.producten()) {
                    if (regeling.combinaties().codes(naam).contains(product.code())) {
                        return b;
                    }
                }
            }
        }
        return null;
    }

    private static void toets(Regelcontext c, List<Bevinding> uit) {
        Producttoetsen.periode(c, uit);
        Producttoetsen.inkoop(c, uit);
        Producttoetsen.financiering(c, uit);
        Producttoetsen.duur(c, uit);
        Producttoetsen.leeftijd(c, uit);
        Volumetoetsen.onmogelijk(c, uit);
        Volumetoetsen.limieten(c, uit);
        if (c.regel().begindatum().isBefore(c.regeling().geldigVanaf())) {
            uit.add(new Bevinding("START_VOOR_REGELING", Ernst.WAARSCHUWING, "De toewijzing begint op " + c.regel().begindatum()
                    + ", voor de regeling die hier is toegepast (geldig vanaf " + c.regeling().geldigVanaf()
                    + "). Voor de periode daarvoor kan een andere regeling gelden.", c.regeling().bron(), c.index()));
        }
        Volumetoetsen.maandVijfKeerWeek(c, uit);
        Volumetoetsen.vastVolume(c, uit);
        Producttoetsen.voorwaardenEnOnduidelijkheden(c, uit);
        Productregel r = c.regel();
        if (r.verlengt() != null) {
            Wijzigingstoetsen.verlenging(c, c.aanvraag().lopende(r.verlengt()), uit);
        }
        if (r.terugvalNa() != null) {
            Wijzigingstoetsen.terugval(c, c.aanvraag().lopende(r.terugvalNa()), uit);
        }
        Constante wpm = c.regeling().constanten().wekenPerMaand();
        if (wpm != null && c.volume() != null && rekentTussenWeekEnMaand(c.opbouw(), r.periode())) {
            Onduidelijkheden.meld(wpm.onduidelijk(), wpm.bron(), c.index(), uit);
        }
    }

    /**
     * The provider type whose tariff applies: the request's, else the rulebook's default for the financing
     * form (001:1457-1462), else regulier; an assumed type is always said, since it changes the price.
     */
    private static String aanbiedertype(Regelcontext c, List<Bevinding> uit) {
        Productregel r = c.regel();
        if (r.aanbiedertype() != null || !c.product().heeftTarievenPerAanbiedertype()) {
            return r.aanbiedertype();
        }
        var standaard = c.regeling().standaardAanbiedertype(r.financiering());
        if (standaard != null) {
            uit.add(new Bevinding("AANBIEDERTYPE_AANGENOMEN", Ernst.INFO, "Het tarief van een " + standaard.aanbieder()
                    + "-aanbieder is gebruikt: dat is bij " + r.financiering().omschrijving() + " het uitgangspunt. Vul "
                    + "'aanbiedertype' in als de aanbieder aantoonbaar anders is.", standaard.bron(), c.index()));
            return standaard.aanbieder();
        }
        uit.add(new Bevinding("AANBIEDERTYPE_AANGENOMEN", Ernst.WAARSCHUWING, "Het tarief hangt af van de aanbieder "
                + "(micro of regulier); gerekend is met het reguliere tarief. Vul 'aanbiedertype' in.", c.product().bron(),
                c.index()));
        return "regulier";
    }

    private static Kosten kosten(Regelcontext c, Bekostiging bekostiging, List<Bevinding> uit) {
        Productregel r = c.regel();
        Product p = c.product();
        String aanbiedertype = p.uitsluiting(r.financiering()) == null ? aanbiedertype(c, uit) : null;
        if (p.uitsluiting(r.financiering()) != null) {
            return Kosten.onbekend("Geen kosten: deze financieringsvorm is voor dit product niet toegestaan.");
        }
        if (bekostiging == Bekostiging.PXQ) {
            if (c.volume() == null) {
                return Kosten.onbekend("Geen kosten: er is geen volume.");
            }
            Kosten k = Kostenberekening.pxq(p, r.financiering(), aanbiedertype, c.volume(), c.minutenPerDagdeel(),
                    c.index(), uit);
            return k != null ? meldTarief(k, c, uit) : Kosten.onbekend("Geen kosten: er is geen tarief voor "
                    + r.financiering().omschrijving() + " per " + c.volume().eenheid().enkelvoud() + ".");
        }
        Tarief traject = p.tarief(r.financiering(), Eenheid.TRAJECT, aanbiedertype);
        if (traject == null) {
            return Kosten.onbekend("Geen kosten: er is geen trajectprijs voor " + r.financiering().omschrijving() + ".");
        }
        if (bekostiging == Bekostiging.TRAJECT) {
            return meldTarief(Kostenberekening.traject(traject), c, uit);
        }
        Constante looptijd = p.gemiddeldeLooptijdMaanden();
        if (looptijd == null) {
            uit.add(new Bevinding("PLEKPRIJS_ONBEKEND", Ernst.WAARSCHUWING, "Voor een plek is de gemiddelde looptijd van "
                    + p.naam() + " nodig; de regeling noemt die niet.", p.bron(), c.index()));
            return Kosten.onbekend("Geen kosten: gemiddelde looptijd onbekend.");
        }
        uit.add(new Bevinding("PLEKPRIJS_NAAR_RATO", Ernst.INFO, "De plek is geprijsd naar rato van de geïndiceerde looptijd: "
                + "trajectprijs ÷ gemiddelde looptijd × maanden. De eigen plekkentarieven zijn niet gepubliceerd.",
                looptijd.bron(), c.index()));
        Onduidelijkheden.meld(looptijd.onduidelijk(), looptijd.bron(), c.index(), uit);
        return meldTarief(Kostenberekening.plek(traject, looptijd.waarde(), c.duur().maanden()), c, uit);
    }

    private static Kosten meldTarief(Kosten k, Regelcontext c, List<Bevinding> uit) {
        if (k.tarief() != null) {
            Onduidelijkheden.meld(k.tarief().onduidelijk(), k.tarief().bron(), c.index(), uit);
        }
        return k;
    }

    /** Family products: the volume on the youngest involved child, a dummy for each other involved child. */
    private static List<Toewijzing> toewijzingen(Aanvraag aanvraag, Regelcontext c, Kosten kosten, List<Bevinding> uit) {
        Productregel r = c.regel();
        Product p = c.product();
        BigDecimal volume;
        Eenheid eenheid;
        if (c.volume() != null) {
            volume = c.volume().volume();
            eenheid = c.volume().eenheid();
        } else if (kosten.totaal() != null) {
            volume = kosten.totaal().movePointRight(2); // euro's are allocated in eurocent (IV042)
            eenheid = Eenheid.TRAJECT;
        } else {
            return List.of();
        }
        Periode periode = c.volume() != null ? r.periode() : Periode.TOTAAL;
        String client = aanvraag.client() != null && aanvraag.client().naam() != null ? aanvraag.client().naam() : "cliënt";
        if (p.gezinsproduct() == null) {
            return List.of(new Toewijzing(client, p.code(), volume, eenheid, periode, null));
        }
        if (r.gezin().isEmpty()) {
            uit.add(new Bevinding("GEZINSPRODUCT_KINDEREN_ONBEKEND", Ernst.INFO, p.naam() + " is een gezinsproduct: noem de "
                    + "direct betrokken kinderen (gezin) om te bepalen wie de toewijzing met minuten krijgt.",
                    p.gezinsproduct().bron(), c.index()));
            return List.of(new Toewijzing(client, p.code(), volume, eenheid, periode, null));
        }
        if (aanvraag.client() != null && aanvraag.client().naam() != null
                && r.gezin().stream().noneMatch(k -> k.naam().equalsIgnoreCase(aanvraag.client().naam()))) {
            uit.add(new Bevinding("GEZINSPRODUCT_CLIENT_NIET_IN_GEZIN", Ernst.WAARSCHUWING, "De cliënt ("
                    + aanvraag.client().naam() + ") staat niet bij de betrokken kinderen (gezin) en krijgt dus geen toewijzing. "
                    + "Voeg de cliënt toe als die direct betrokken is.", p.gezinsproduct().bron(), c.index()));
        }
        List<Gezinslid> kinderen = new ArrayList<>(r.gezin());
        kinderen.sort(Comparator.comparing(Gezinslid::geboortedatum).reversed());
        List<Toewijzing> lijst = new ArrayList<>();
        lijst.add(new Toewijzing(kinderen.get(0).naam(), p.code(), volume, eenheid, periode,
                "jongste direct betrokken kind: toewijzing met volume en tarief"));
        for (Gezinslid k : kinderen.subList(1, kinderen.size())) {
            lijst.add(new Toewijzing(k.naam(), p.gezinsproduct().dummyProduct(), BigDecimal.ONE, Eenheid.STUKS,
                    Periode.TOTAAL, "extra cliënt: dummytoewijzing zonder minuten, niet declarabel"));
        }
        return lijst;
    }

    private static void overgangen(Aanvraag aanvraag, List<Regelcontext> contexten, List<Bevinding> uit) {
        Map<String, List<Regelcontext>> perOud = new LinkedHashMap<>();
        for (Regelcontext c : contexten) {
            if (c.regel().overgangVan() != null) {
                perOud.computeIfAbsent(c.regel().overgangVan(), k -> new ArrayList<>()).add(c);
            }
        }
        perOud.forEach((id, regels) -> Wijzigingstoetsen.overgang(regels, aanvraag.lopende(id), uit));
    }

    /** A WAARSCHUWING needs a motivation; say so where the consultant gave none. */
    private static void motiveringen(Aanvraag aanvraag, List<Regeluitkomst> regels, List<Bevinding> overkoepelend) {
        for (Regeluitkomst r : regels) {
            boolean waarschuwing = r.bevindingen().stream().anyMatch(b -> b.ernst() == Ernst.WAARSCHUWING)
                    || overkoepelend.stream().anyMatch(b -> b.ernst() == Ernst.WAARSCHUWING && b.betreft(r.index()));
            if (waarschuwing && !aanvraag.producten().get(r.index()).heeftMotivering()) {
                r.bevindingen().add(new Bevinding("MOTIVERING_ONTBREEKT", Ernst.WAARSCHUWING, "Deze regel heeft waarschuwingen; "
                        + "leg de afweging vast in de motivering.", null, r.index()));
            }
        }
    }

    private static boolean rekentTussenWeekEnMaand(Volumeopbouw opbouw, Periode periode) {
        return (periode == Periode.MAAND && opbouw.perWeek().signum() != 0)
                || (periode == Periode.WEEK && opbouw.perMaand().signum() != 0);
    }

    private static BigDecimal waarde(Constante c, BigDecimal standaard) {
        return c == null ? standaard : c.waarde();
    }
}
