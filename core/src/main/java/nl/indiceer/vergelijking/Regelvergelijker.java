package nl.indiceer.vergelijking;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.regeling.Regelingen;

/**
 * What a rule change would do to a request: it is computed by the engine under the old and under the new
 * rulebooks, each picking the version in force on the request's own peildatum, and the two results are set side
 * by side. Pure and stateless, so one instance may serve many threads; totals are kept by
 * {@link Vergelijkingstotalen}, so that a million requests can be compared without keeping their results.
 */
public final class Regelvergelijker {

    private final Indicatiemotor oud;
    private final Indicatiemotor nieuw;

    public Regelvergelijker(Regelingen oud, Regelingen nieuw) {
        this.oud = new Indicatiemotor(oud);
        this.nieuw = new Indicatiemotor(nieuw);
    }

    public Aanvraagvergelijking vergelijk(String kenmerk, Aanvraag aanvraag) {
        Kant a = kant(oud, aanvraag);
        Kant b = kant(nieuw, aanvraag);
        if (!a.isBerekend() || !b.isBerekend()) {
            Vergelijkingsstatus status = a.isBerekend() ? Vergelijkingsstatus.ALLEEN_OUD
                    : b.isBerekend() ? Vergelijkingsstatus.ALLEEN_NIEUW : Vergelijkingsstatus.ONGELDIG;
            return new Aanvraagvergelijking(kenmerk, status, a, b, List.of(), List.of(), Bevindingverschil.GEEN);
        }
        Uitkomst u = a.uitkomst();
        Uitkomst v = b.uitkomst();
        List<Regelverschil> regels = new ArrayList<>(u.regels().size());
        boolean verschil = false;
        for (int i = 0; i < u.regels().size(); i++) {
            Regeluitkomst r = u.regels().get(i);
            Regelverschil d = Regelverschil.tussen(aanvraag.producten().get(r.index()).productkeuze().aanbieder(), r,
                    v.regels().get(i));
            verschil |= d.verschilt();
            regels.add(d);
        }
        Bevindingverschil overkoepelend = Bevindingverschil.tussen(u.bevindingen(), v.bevindingen());
        verschil |= !overkoepelend.isLeeg();
        return new Aanvraagvergelijking(kenmerk, verschil ? Vergelijkingsstatus.VERSCHIL : Vergelijkingsstatus.GELIJK,
                a, b, List.of(), regels, overkoepelend);
    }

    private static Kant kant(Indicatiemotor motor, Aanvraag aanvraag) {
        try {
            return Kant.berekend(motor.bereken(aanvraag));
        } catch (OngeldigeAanvraagException e) {
            return Kant.geweigerd(e.fouten());
        }
    }
}
