package nl.indiceer.berekening;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.regeling.Variant;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Combinatietoets;
import nl.indiceer.toetsing.Motiveringstoets;
import nl.indiceer.toetsing.Onduidelijkheden;
import nl.indiceer.toetsing.GezamenlijkeDuurtoets;
import nl.indiceer.toetsing.Overgangstoets;
import nl.indiceer.toetsing.Afschalingstoets;
import nl.indiceer.toetsing.Pauzetoets;
import nl.indiceer.toetsing.Volgordetoets;
import nl.indiceer.toetsing.Periodelimiettoets;
import nl.indiceer.toetsing.Verhoudingtoets;
import nl.indiceer.toetsing.Regelcontext;
import nl.indiceer.toetsing.Regeltoetsen;
import nl.indiceer.volume.Rekenconstanten;
import nl.indiceer.rekensom.Volumeberekening;
import nl.indiceer.volume.Volumeopbouw;

/**
 * The indication engine: turns a request into volumes, costs, a rekensom and findings, using the
 * rulebook version in force on the request's peildatum. Pure computation: no I/O after the rulebooks
 * are loaded. A short pipeline of named steps; each check is a class of its own in {@code toetsing}.
 */
public final class Indicatiemotor {

    private final Regelingen regelingen;

    public Indicatiemotor(Regelingen regelingen) {
        this.regelingen = regelingen;
    }

    /**
     * @throws nl.indiceer.aanvraag.OngeldigeAanvraagException when the request does not fit the rulebook
     *         (unknown region, product, variant, municipality, or posten in a unit the product is not indicated in)
     */
    public Uitkomst bereken(Aanvraag aanvraag) {
        Regeling regeling = Regelingkeuze.voor(aanvraag, regelingen);
        Rekenconstanten k = Rekenconstanten.van(regeling);
        aanvraag = Hulpposten.invullen(aanvraag, regeling);
        Invoercontrole.controleer(aanvraag, regeling, k);

        List<Regelcontext> contexten = new ArrayList<>();
        List<Regelresultaat> resultaten = new ArrayList<>();
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel regel = aanvraag.producten().get(i);
            Product product = regeling.product(regel.product());
            String variantnaam = regel.productkeuze().variant();
            Variant variant = variantnaam == null ? null : product.variant(variantnaam);
            Bekostigingskeuze bekostiging = Bekostigingskeuze.voor(aanvraag, regeling, product, regel);
            Volumeopbouw opbouw = Volumestap.opbouw(aanvraag, regeling, regel, product, variant, k);
            Volumeberekening volume = Volumestap.bereken(regel, product, bekostiging.vorm(), opbouw, k);
            Regelcontext c = new Regelcontext(aanvraag, regeling, i, regel, product, variant, opbouw, volume, k);
            contexten.add(c);
            List<Bevinding> bevindingen = new ArrayList<>(Regeltoetsen.toets(c));
            Prijsbepaling.Prijs prijs = Prijsbepaling.bepaal(c, bekostiging);
            bevindingen.addAll(prijs.bevindingen());
            Gezinstoewijzing.Verdeling verdeling = Gezinstoewijzing.verdeel(aanvraag, c, prijs.kosten());
            bevindingen.addAll(verdeling.bevindingen());
            resultaten.add(new Regelresultaat(c, bekostiging, prijs, verdeling, bevindingen));
        }

        Combinatietoets.Resultaat combinaties = Combinatietoets.toets(aanvraag, regeling);
        List<Bevinding> overkoepelend = new ArrayList<>(combinaties.bevindingen());
        overkoepelend.addAll(Overgangstoets.toets(contexten));
        overkoepelend.addAll(Volgordetoets.toets(aanvraag, regeling));
        overkoepelend.addAll(Pauzetoets.toets(aanvraag, regeling));
        overkoepelend.addAll(Afschalingstoets.toets(aanvraag, regeling));
        if (!regeling.gedeeld().isLeeg()) {
            overkoepelend.addAll(Periodelimiettoets.toets(contexten, regeling, k));
            overkoepelend.addAll(Verhoudingtoets.toets(contexten, regeling, k));
            overkoepelend.addAll(GezamenlijkeDuurtoets.toets(contexten, regeling));
        }
        if (aanvraag.gemeente() == null && !regeling.gemeenten().isEmpty()) {
            overkoepelend.add(Bevinding.van(Bevindingcode.GEMEENTE_ONTBREEKT, regeling.bron(), null));
        }
        overkoepelend.addAll(Onduidelijkheden.van(regeling.onduidelijk(), regeling.bron(), null));

        List<Regeluitkomst> regels = new ArrayList<>();
        for (Regelresultaat r : resultaten) {
            regels.add(r.uitkomst(Motiveringstoets.toets(r.context().regel(), r.context().index(), r.bevindingen(),
                    overkoepelend)));
        }
        Gemeente gemeente = aanvraag.gemeente() == null ? null : regeling.gemeente(aanvraag.gemeente());
        return new Uitkomst(ToegepasteRegeling.van(regeling), aanvraag.peildatum(),
                gemeente == null ? aanvraag.gemeente() : gemeente.naam(), aanvraag.client(), regels,
                combinaties.oordelen(), uniek(overkoepelend));
    }

    /** A line between computing and assembling: the motivation check needs every line's findings first. */
    private record Regelresultaat(Regelcontext context, Bekostigingskeuze bekostiging, Prijsbepaling.Prijs prijs,
                                  Gezinstoewijzing.Verdeling verdeling, List<Bevinding> bevindingen) {

        Regeluitkomst uitkomst(List<Bevinding> motivering) {
            Regelcontext c = context;
            List<Bevinding> alle = new ArrayList<>(bevindingen);
            alle.addAll(motivering);
            return new Regeluitkomst(c.index(), new Productaanduiding(c.product().code(), c.product().naam(),
                    c.regel().productkeuze().variant(), c.regel().financiering()),
                    c.regel().begindatum(), c.regel().einddatum(),
                    bekostiging.vorm(), c.berekening(), prijs.kosten(), verdeling.toewijzingen(), uniek(alle));
        }
    }

    /**
     * The same unclear rule reached along two paths (a limit and its variant, two pairs of one combination)
     * is shown once; other findings are distinct by construction.
     */
    private static List<Bevinding> uniek(List<Bevinding> bevindingen) {
        List<Bevinding> uit = new ArrayList<>(bevindingen.size());
        for (Bevinding b : bevindingen) {
            if (b.code() != Bevindingcode.REGEL_ONDUIDELIJK || !uit.contains(b)) {
                uit.add(b);
            }
        }
        return uit;
    }
}
