package nl.indiceer.regeling;

import java.util.List;

/**
 * What the product costs: its tariffs, the financing forms that are excluded, and the average length plek pricing needs.
 *
 * @param gemiddeldeLooptijdMaanden optional: the average length in months, needed for plek pricing
 */
public record Tarifering(List<Tarief> tarieven, List<FinancieringUitgesloten> financieringNietToegestaan,
                         Constante gemiddeldeLooptijdMaanden) {

    public Tarifering {
        tarieven = Onveranderlijk.lijst(tarieven);
        financieringNietToegestaan = Onveranderlijk.lijst(financieringNietToegestaan);
    }
}
