package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's tables as CSV: the same rows as the page's tables, amounts in euro with a point, a suppressed cell as
 * "< 10" (never its amount). Realised cost is in the utilisation tables (and the forecast), beside what was committed. Column names are stable identifiers (for a spreadsheet or a script), not page texts.
 */
final class Sturingstabellen {

    private Sturingstabellen() {
    }

    static String cellen(String sleutel, List<Cel> cellen) {
        List<List<String>> rijen = new ArrayList<>();
        for (Cel c : cellen) {
            rijen.add(List.of(c.sleutel() == null ? "" : c.sleutel(), c.naam() == null ? "" : c.naam(),
                    c.onderdrukt() ? "< " + Kleinecellen.MINIMUM : c.bedrag().toPlainString(),
                    c.onderdrukt() ? "< " + Kleinecellen.MINIMUM : Integer.toString(c.clienten()),
                    c.onderdrukt() ? "" : Integer.toString(c.zonderTarief())));
        }
        return Csv.van(List.of(sleutel, "naam", "vastgelegd_euro", "clienten", "regels_zonder_tarief"), rijen);
    }

    /** Committed, realised and utilisation (realised ÷ committed, 4 decimals; empty when nothing is committed). */
    static String benutting(String sleutel, List<Benuttingscel> cellen) {
        String klein = "< " + Kleinecellen.MINIMUM;
        List<List<String>> rijen = new ArrayList<>();
        for (Benuttingscel c : cellen) {
            rijen.add(List.of(c.sleutel() == null ? "" : c.sleutel(), c.naam() == null ? "" : c.naam(),
                    c.onderdrukt() ? klein : c.vastgelegd().toPlainString(),
                    c.onderdrukt() ? klein : c.gerealiseerd().toPlainString(),
                    c.onderdrukt() ? klein : bedrag(c.benutting()),
                    c.onderdrukt() ? klein : Integer.toString(c.clienten())));
        }
        return Csv.van(List.of(sleutel, "naam", "vastgelegd_euro", "gerealiseerd_euro", "benutting", "clienten"), rijen);
    }

    static String prognose(List<Prognose.Regel> regels) {
        List<List<String>> rijen = new ArrayList<>();
        for (Prognose.Regel p : regels) {
            String klein = "< " + Kleinecellen.MINIMUM;
            rijen.add(List.of(p.wet(), bedrag(p.budget()),
                    p.onderdrukt() ? klein : bedrag(p.vastgelegd()),
                    p.onderdrukt() ? klein : bedrag(p.gerealiseerd()),
                    p.benutting().toPlainString(), p.onderdrukt() ? klein : bedrag(p.instroom()),
                    p.onderdrukt() ? klein : bedrag(p.prognose()), p.onderdrukt() ? klein : bedrag(p.ruimte())));
        }
        return Csv.van(List.of("wet", "budget_euro", "vastgelegd_euro", "gerealiseerd_euro", "benutting", "instroom_euro",
                "prognose_euro", "ruimte_euro"), rijen);
    }

    private static String bedrag(BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }
}
