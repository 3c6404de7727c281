package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.aanvraag.Verwijzing;
import nl.indiceer.regeling.Verwijsregels;

/**
 * After a referral by these referrers (the medical route) new help starts within a term (002:202-209: "een termijn van
 * één jaar waarbinnen de intake gestart moet zijn"); the line's begindatum stands for the start of the intake.
 */
public final class Intaketermijntoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Verwijsregels.Intaketermijn t = c.regeling().verwijsregels().intaketermijn();
        Verwijzing v = c.aanvraag().verwijzing();
        if (t == null || v == null || v.verwijzer() == null || !t.verwijzers().contains(v.verwijzer())
                || !(c.regel().soort() instanceof Regelsoort.Nieuw)) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>(0);
        if (v.datum() == null) {
            uit.add(Bevinding.van(Bevindingcode.VERWIJSDATUM_ONBEKEND, t.bron(), c.index(), "verwijzer", v.verwijzer().naam(),
                    "maanden", t.maanden()));
        } else {
            LocalDate uiterlijk = v.datum().plusMonths(t.maanden());
            if (!c.regel().begindatum().isAfter(uiterlijk)) {
                return List.of();
            }
            uit.add(Bevinding.van(Bevindingcode.INTAKE_NA_TERMIJN, t.bron(), c.index(), "verwijzer", v.verwijzer().naam(),
                    "datum", v.datum(), "maanden", t.maanden(), "uiterlijk", uiterlijk, "product", c.product().naam(),
                    "begindatum", c.regel().begindatum()));
        }
        uit.addAll(Onduidelijkheden.van(t.onduidelijk(), t.bron(), c.index()));
        return uit;
    }
}
