package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Limiet;
import nl.indiceer.regeling.Periode;

/** The volume per week, per month or in total stays within the product's (or variant's) limits. */
public final class Limiettoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        List<Bevinding> uit = new ArrayList<>();
        for (Limiet l : c.limieten()) {
            BigDecimal waarde = c.volumeIn(l.per(), l.eenheid());
            if (waarde == null) {
                if (c.volume() != null) {
                    uit.add(Bevinding.van(Bevindingcode.LIMIET_NIET_TOETSBAAR, l.bron(), c.index(),
                            "maximum", new Hoeveelheid(l.maximaal(), l.eenheid()), "per", l.per(),
                            "eenheid", c.volume().eenheid()));
                }
                continue;
            }
            if (c.volumeExactIn(l.per(), l.eenheid()).vergelijk(l.maximaal()) > 0) {
                boolean eigenLimiet = c.variant() != null && !c.variant().limieten().isEmpty();
                Bevinding b = Bevinding.van(code(l.per()), l.bron(), c.index(), "product", c.naam(), "volume", waarde,
                        "eenheid", l.eenheid(), "per", l.per(), "maximum", new Hoeveelheid(l.maximaal(), l.eenheid()),
                        "richtlijn", l.richtlijn(), "richtlijnbron", Grensaard.richtlijnbron(l.aard()), "variant", eigenLimiet ? c.variant().naam() : null,
                        "variantomschrijving", eigenLimiet ? c.variant().omschrijving() : null);
                uit.add(Grensaard.ernst(b, l.aard()));
                uit.addAll(Onduidelijkheden.van(l.onduidelijk(), l.bron(), c.index()));
            }
        }
        return uit;
    }

    private static Bevindingcode code(Periode per) {
        return switch (per) {
            case WEEK -> Bevindingcode.LIMIET_PER_WEEK_OVERSCHREDEN;
            case MAAND -> Bevindingcode.LIMIET_PER_MAAND_OVERSCHREDEN;
            case TOTAAL -> Bevindingcode.LIMIET_TOTAAL_OVERSCHREDEN;
        };
    }
}
