package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.regeling.Consultduur;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * Each consult lasts as long as the product's rule per consult allows (e.g. 20 to 45 minutes, 004:2782): every
 * post the consultant marks as a consult is checked; a line with no consult at all is asked to mark them.
 */
public final class Consulttoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Consultduur regel = c.product().grenzen().consult();
        if (regel == null) {
            return List.of();
        }
        BigDecimal minimum = minuten(regel.minimaal(), regel.eenheid(), c);
        BigDecimal maximum = minuten(regel.maximaal(), regel.eenheid(), c);
        List<Bevinding> uit = new ArrayList<>();
        boolean consulten = false;
        for (Post p : c.regel().posten()) {
            if (!p.consult()) {
                continue;
            }
            consulten = true;
            BigDecimal duur = minuten(p.duur(), p.eenheid(), c);
            if (minimum != null && duur.compareTo(minimum) < 0 || maximum != null && duur.compareTo(maximum) > 0) {
                uit.add(Grensaard.ernst(Bevinding.van(Bevindingcode.CONSULTDUUR_BUITEN_GRENZEN, regel.bron(), c.index(),
                        "product", c.naam(),
                        "post", p.omschrijving().isBlank() ? null : p.omschrijving(),
                        "duur", new Hoeveelheid(p.duur(), p.eenheid()),
                        "minimum", regel.minimaal() == null ? null : new Hoeveelheid(regel.minimaal(), regel.eenheid()),
                        "maximum", regel.maximaal() == null ? null : new Hoeveelheid(regel.maximaal(), regel.eenheid()),
                        "richtlijn", regel.richtlijn(), "richtlijnbron", Grensaard.richtlijnbron(regel.aard())), regel.aard()));
            }
        }
        if (!consulten) {
            uit.add(Bevinding.van(Bevindingcode.CONSULTEN_ONBEKEND, regel.bron(), c.index(), "product", c.naam(),
                    "minimum", regel.minimaal() == null ? null : new Hoeveelheid(regel.minimaal(), regel.eenheid()),
                    "maximum", regel.maximaal() == null ? null : new Hoeveelheid(regel.maximaal(), regel.eenheid())));
        }
        if (!uit.isEmpty()) {
            uit.addAll(Onduidelijkheden.van(regel.onduidelijk(), regel.bron(), c.index()));
        }
        return uit;
    }

    private static BigDecimal minuten(BigDecimal waarde, Eenheid eenheid, Regelcontext c) {
        return waarde == null ? null : Toewijzingsvolume.naarMinuten(waarde, eenheid, c.minutenPerDagdeel());
    }
}
