package nl.indiceer.berekening;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.kosten.Kostenberekening;
import nl.indiceer.kosten.Tariefdelen;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.StandaardAanbiedertype;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.regeling.Tariefproduct;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Onduidelijkheden;
import nl.indiceer.toetsing.Regelcontext;

/**
 * Step 6: the price of a line: PxQ with the tariff of the allocated unit, a traject's full price, and
 * never a price the source does not publish (a plek at a municipality's own tariff has no amount).
 */
final class Prijsbepaling {

    /** The cost and what the consultant must know about how it was priced. */
    record Prijs(Kosten kosten, List<Bevinding> bevindingen) {
    }

    private Prijsbepaling() {
    }

    static Prijs bepaal(Regelcontext c, Bekostigingskeuze keuze) {
        Productregel r = c.regel();
        Product p = c.product();
        List<Bevinding> uit = new ArrayList<>();
        if (keuze.inkoop() != null) {
            uit.addAll(Onduidelijkheden.van(keuze.inkoop().onduidelijk(), keuze.inkoop().bron(), c.index()));
        }
        if (p.uitsluiting(r.financiering()) != null) {
            return new Prijs(Kosten.onbekend("Geen kosten: deze financieringsvorm is voor dit product niet toegestaan."), uit);
        }
        if (keuze.vorm() == Bekostiging.PLEK) {
            // 001:3884-3890: Venlo and Bergen pay plekken at tariffs of their own "in proportion" to the regional
            // ones, which the source does not publish; deriving one from the traject price would be a guess.
            uit.add(Bevinding.van(Bevindingcode.PLEKTARIEF_ONBEKEND, keuze.inkoop().bron(), c.index(),
                    "gemeente", c.regeling().gemeente(c.aanvraag().gemeente()).naam(), "product", p.naam()));
            return new Prijs(Kosten.onbekend("Geen kosten: het plektarief van de gemeente is niet gepubliceerd."), uit);
        }
        Aanbiederkeuze aanbieder = aanbiedertype(c);
        uit.addAll(aanbieder.bevindingen());
        String aanbiedertype = aanbieder.type();
        Kosten kosten;
        if (keuze.vorm() == Bekostiging.PXQ) {
            kosten = pxq(c, aanbiedertype);
            uit.addAll(omrekening(c, kosten));
        } else {
            // a traject is one amount on the allocation (001:2556-2558): the price in force on its begindatum
            Tarief traject = c.regeling().productOp(p.code(), r.begindatum()).tarief(r.financiering(), Eenheid.TRAJECT,
                    aanbiedertype);
            kosten = traject == null
                    ? Kosten.onbekend("Geen kosten: er is geen trajectprijs voor " + r.financiering().omschrijving() + ".")
                    : Kostenberekening.traject(traject);
            if (traject != null && !c.regeling().tariefwissels(p.code(), r.begindatum(), r.einddatum()).isEmpty()) {
                kosten = new Kosten(kosten.perPeriode(), kosten.totaal(), kosten.rekensom() + " (het tarief op de begindatum "
                        + r.begindatum() + ": een traject is één bedrag, ook als het tarief daarna wijzigt)", kosten.tarief());
            }
            LifeEventNaarRato.Uitkomst naarRato = LifeEventNaarRato.pas(c, kosten);
            kosten = naarRato.kosten();
            uit.addAll(naarRato.bevindingen());
        }
        if (kosten.tarief() != null) {
            uit.addAll(Onduidelijkheden.van(kosten.tarief().onduidelijk(), kosten.tarief().bron(), c.index()));
        }
        uit.addAll(Familietarief.onduidelijk(c));
        uit.addAll(Tariefbladbevindingen.van(c, kosten));
        return new Prijs(kosten, uit);
    }

    private static Kosten pxq(Regelcontext c, String aanbiedertype) {
        if (c.volume() == null) {
            return Kosten.onbekend("Geen kosten: er is geen volume.");
        }
        // the product whose tariffs apply (a pgb traject priced at its family's hourly maximum), at the tariffs in
        // force on each part of the line (a dated tariff file can change them within the line)
        Product tariefproduct = Tariefproduct.voor(c.regeling(), c.product(), c.regel().financiering());
        Kosten k = Tariefdelen.pxq(c.regeling(), tariefproduct.code(), c.regel().financiering(), aanbiedertype, c.volume(),
                c.regel().begindatum(), c.regel().einddatum(), c.minutenPerDagdeel(), c.constanten().wekenPerJaar());
        if (k == null) {
            return Kosten.onbekend("Geen kosten: er is geen tarief voor " + c.regel().financiering().omschrijving() + " per "
                    + c.volume().eenheid().enkelvoud() + (tariefproduct == c.product() ? "" : " bij " + tariefproduct.code()
                    + " " + tariefproduct.naam()) + ".");
        }
        return tariefproduct == c.product() ? k : Familietarief.genoemd(k, c.product(), tariefproduct);
    }

    /** A tariff of another unit than the allocation's is a conversion the consultant is told about. */
    private static List<Bevinding> omrekening(Regelcontext c, Kosten k) {
        if (k.tarief() == null || c.volume() == null) {
            return List.of();
        }
        Eenheid tarief = k.tarief().eenheid();
        if (tarief == Eenheid.DAGDEEL && c.volume().eenheid() == Eenheid.MINUUT) {
            return List.of(Bevinding.van(Bevindingcode.TARIEF_DAGDEEL_NAAR_MINUTEN, k.tarief().bron(), c.index(),
                    "minutenPerDagdeel", c.minutenPerDagdeel()));
        }
        if (tarief == Eenheid.MINUUT && c.volume().eenheid() == Eenheid.UUR) {
            return List.of(Bevinding.van(Bevindingcode.TARIEF_UIT_MINUTEN, k.tarief().bron(), c.index()));
        }
        return List.of();
    }

    /** The provider type whose tariff is used, and the finding that says it was assumed. */
    private record Aanbiederkeuze(String type, List<Bevinding> bevindingen) {
    }

    /**
     * The provider type whose tariff applies: the request's, else the rulebook's default for the financing
     * form (001:1457-1462), else regulier; an assumed type is always said, since it changes the price.
     */
    private static Aanbiederkeuze aanbiedertype(Regelcontext c) {
        Productregel r = c.regel();
        if (r.productkeuze().aanbiedertype() != null || !c.product().heeftTarievenPerAanbiedertype()) {
            return new Aanbiederkeuze(r.productkeuze().aanbiedertype(), List.of());
        }
        StandaardAanbiedertype standaard = c.regeling().standaardAanbiedertype(r.financiering());
        if (standaard != null) {
            return new Aanbiederkeuze(standaard.aanbieder(), List.of(Bevinding.van(Bevindingcode.AANBIEDERTYPE_AANGENOMEN,
                    standaard.bron(), c.index(), "aanbiedertype", standaard.aanbieder(), "financiering", r.financiering())));
        }
        return new Aanbiederkeuze("regulier", List.of(Bevinding.van(Bevindingcode.AANBIEDERTYPE_AANGENOMEN,
                c.product().bron(), c.index()).metErnst(Ernst.WAARSCHUWING)));
    }
}
