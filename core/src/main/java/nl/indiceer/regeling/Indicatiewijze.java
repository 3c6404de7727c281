package nl.indiceer.regeling;

import java.util.Set;

/**
 * How the product is indicated: its unit, traject/plek or PxQ, the allowed periods, and how a pgb counts it.
 *
 * @param eenheid        the unit the product is indicated in
 * @param perioden       the allocation periods the product may be granted per
 * @param pgbBekostiging optional: the unit a pgb pays a traject product in (001:1432-1437)
 */
public record Indicatiewijze(Eenheid eenheid, Bekostiging bekostiging, Set<Periode> perioden,
                             PgbBekostiging pgbBekostiging) {

    public Indicatiewijze {
        perioden = Onveranderlijk.perioden(perioden);
    }
}
