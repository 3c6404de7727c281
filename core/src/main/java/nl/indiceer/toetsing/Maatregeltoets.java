package nl.indiceer.toetsing;

import java.util.List;
import nl.indiceer.aanvraag.Verwijzing;
import nl.indiceer.regeling.Verwijsregels;

/** A gecertificeerde instelling's bepaling ends no later than the maatregel (001:3132-3134). */
public final class Maatregeltoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Verwijsregels.Maatregelgrens m = c.regeling().verwijsregels().maatregel();
        Verwijzing v = c.aanvraag().verwijzing();
        if (m == null || v == null || v.verwijzer() == null || !m.verwijzers().contains(v.verwijzer())) {
            return List.of();
        }
        if (v.maatregelTot() == null) {
            return List.of(Bevinding.van(Bevindingcode.MAATREGEL_EINDE_ONBEKEND, m.bron(), c.index(),
                    "verwijzer", v.verwijzer().naam()));
        }
        if (!c.regel().einddatum().isAfter(v.maatregelTot())) {
            return List.of();
        }
        Bevinding b = Bevinding.van(Bevindingcode.EINDE_NA_MAATREGEL, m.bron(), c.index(), "verwijzer", v.verwijzer().naam(),
                "maatregelTot", v.maatregelTot(), "product", c.product().naam(), "einddatum", c.regel().einddatum());
        List<Bevinding> o = Onduidelijkheden.van(m.onduidelijk(), m.bron(), c.index());
        if (o.isEmpty()) {
            return List.of(b);
        }
        List<Bevinding> uit = new java.util.ArrayList<>(o);
        uit.add(0, b);
        return uit;
    }
}
