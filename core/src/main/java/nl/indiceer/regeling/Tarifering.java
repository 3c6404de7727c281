package nl.indiceer.regeling;

import java.util.List;

/**
 * What the product costs: its tariffs, the financing forms that are excluded, and its average length.
 *
 * @param gemiddeldeLooptijdMaanden optional: the average length in months the regional price is based on
 *                                  (001:1941-1990); shown to the consultant, never used to derive a plek price
 */
public record Tarifering(List<Tarief> tarieven, List<FinancieringUitgesloten> financieringNietToegestaan,
                         Constante gemiddeldeLooptijdMaanden) {

    public Tarifering {
        tarieven = Onveranderlijk.lijst(tarieven);
        financieringNietToegestaan = Onveranderlijk.lijst(financieringNietToegestaan);
    }
}
