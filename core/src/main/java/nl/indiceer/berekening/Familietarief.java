package nl.indiceer.berekening;

import java.util.List;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.regeling.PgbBekostiging;
import nl.indiceer.regeling.Product;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Onduidelijkheden;
import nl.indiceer.toetsing.Regelcontext;

/**
 * A pgb on a traject priced at its product family's hourly maximum (Noord-Limburg Segment 4: "Een PGB wordt
 * gefinancierd op basis van PxQ" 001:1437, the ZIN tariffs "gelden als maximale tarieven" 001:1471-1473, one hourly
 * tariff per family 001:1539-1545): the cost's rekensom says whose tariff it is and why, and what the source leaves
 * open is reported where it is used.
 */
final class Familietarief {

    private Familietarief() {
    }

    /** The PxQ cost with the family's tariff named: "…; pgb-uurtarief van 45L14 …, het maximum voor de productfamilie (bron …)". */
    static Kosten genoemd(Kosten k, Product product, Product familie) {
        PgbBekostiging pgb = product.indicatiewijze().pgbBekostiging();
        String waarom = "; " + k.tarief().financiering().omschrijving() + ": PxQ tegen het maximale tarief per "
                + k.tarief().eenheid().enkelvoud() + " van de productfamilie, gepubliceerd bij " + familie.code() + " "
                + familie.naam() + " (bron " + pgb.bron().kort() + ")";
        return new Kosten(k.perPeriode(), k.totaal(), k.rekensom() + waarom, k.tarief());
    }

    /** REGEL_ONDUIDELIJK for what the source leaves open about a pgb priced this way, when this line is such a pgb. */
    static List<Bevinding> onduidelijk(Regelcontext c) {
        PgbBekostiging pgb = c.product().indicatiewijze().pgbBekostiging();
        if (pgb == null || !c.regel().financiering().isPgb()) {
            return List.of();
        }
        return Onduidelijkheden.van(pgb.onduidelijk(), pgb.bron(), c.index());
    }
}
