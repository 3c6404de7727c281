package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG geometry: one bar per value, scaled to the largest, in a fixed view box. No
 * JavaScript and no style attributes (the CSP forbids them): the template draws {@code <rect>} elements with these
 * numbers and classes from indiceer.css. A suppressed or unknown value gets no bar, only its label and a mark.
 */
public record Staafdiagram(int breedte, int hoogte, List<Staaf> staven) {

    /** Width and height of the view box; the bars take the area above the labels. */
    public static final int BREEDTE = 640;
    public static final int HOOGTE = 240;
    private static final int ONDERRAND = 40;
    private static final int BOVENRAND = 10;

    /**
     * @param waarde null when suppressed or unknown (no bar)
     * @param soort  the CSS class suffix: "vastgelegd", "budget", "prognose"
     */
    public record Staaf(String label, BigDecimal waarde, String soort, int x, int y, int breedte, int hoogte,
                        int labelX, int labelY) {
    }

    /** One value in a chart, before scaling. */
    public record Waarde(String label, BigDecimal waarde, String soort) {
    }

    public static Staafdiagram van(List<Waarde> waarden) {
        BigDecimal max = waarden.stream().map(Waarde::waarde).filter(w -> w != null && w.signum() > 0)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        int n = Math.max(1, waarden.size());
        int vak = BREEDTE / n;
        int breedte = Math.max(2, vak * 7 / 10);
        int ruimte = HOOGTE - ONDERRAND - BOVENRAND;
        List<Staaf> staven = new ArrayList<>();
        for (int i = 0; i < waarden.size(); i++) {
            Waarde w = waarden.get(i);
            int h = w.waarde() == null || w.waarde().signum() <= 0 ? 0
                    : w.waarde().multiply(BigDecimal.valueOf(ruimte)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            int x = i * vak + (vak - breedte) / 2;
            staven.add(new Staaf(w.label(), w.waarde(), w.soort(), x, HOOGTE - ONDERRAND - h, breedte, h,
                    i * vak + vak / 2, HOOGTE - ONDERRAND + 16));
        }
        return new Staafdiagram(BREEDTE, HOOGTE, staven);
    }

    public String viewBox() {
        return "0 0 " + breedte + " " + hoogte;
    }
}
