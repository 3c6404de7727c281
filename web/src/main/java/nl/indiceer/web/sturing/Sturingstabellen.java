package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's tables as CSV: the same rows as the page's tables, amounts in euro with a point, a suppressed cell as
 * "< 10" (never its amount). Column names are stable identifiers (for a spreadsheet or a script), not page texts.
 */
final class Sturingstabellen {

    private Sturingstabellen() {
    }

    static String cellen(String sleutel, List<Cel> cellen, String geenDeclaraties) {
        List<List<String>> rijen = new ArrayList<>();
        for (Cel c : cellen) {
            rijen.add(List.of(c.sleutel() == null ? "" : c.sleutel(), c.naam() == null ? "" : c.naam(),
                    c.onderdrukt() ? "< " + Kleinecellen.MINIMUM : c.bedrag().toPlainString(),
                    c.onderdrukt() ? "< " + Kleinecellen.MINIMUM : Integer.toString(c.clienten()),
                    c.onderdrukt() ? "" : Integer.toString(c.zonderTarief()), geenDeclaraties));
        }
        return Csv.van(List.of(sleutel, "naam", "vastgelegd_euro", "clienten", "regels_zonder_tarief", "gerealiseerd"), rijen);
    }

    static String prognose(List<Prognose.Regel> regels, String geenDeclaraties) {
        List<List<String>> rijen = new ArrayList<>();
        for (Prognose.Regel p : regels) {
            String klein = "< " + Kleinecellen.MINIMUM;
            rijen.add(List.of(p.wet(), bedrag(p.budget()),
                    p.onderdrukt() ? klein : bedrag(p.vastgelegd()), geenDeclaraties,
                    p.benutting().toPlainString(), p.onderdrukt() ? klein : bedrag(p.instroom()),
                    p.onderdrukt() ? klein : bedrag(p.prognose()), p.onderdrukt() ? klein : bedrag(p.ruimte())));
        }
        return Csv.van(List.of("wet", "budget_euro", "vastgelegd_euro", "gerealiseerd", "benutting", "instroom_euro",
                "prognose_euro", "ruimte_euro"), rijen);
    }

    private static String bedrag(BigDecimal b) {
        return b == null ? "" : b.toPlainString();
    }
}
