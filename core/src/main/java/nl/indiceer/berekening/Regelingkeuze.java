package nl.indiceer.berekening;

import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;

/** Step 1: the rulebook version of the request's region in force on its peildatum. */
final class Regelingkeuze {

    private Regelingkeuze() {
    }

    static Regeling voor(Aanvraag aanvraag, Regelingen regelingen) {
        String regio = regelingen.regio(aanvraag.regio());
        if (regio == null) {
            throw new OngeldigeAanvraagException(List.of(new Invoerfout("regio", "ONBEKENDE_REGIO", "onbekende regio '"
                    + aanvraag.regio() + "'; kies uit " + String.join(", ", regelingen.regios()))));
        }
        Regeling regeling = regelingen.voor(regio, aanvraag.peildatum());
        if (regeling == null) {
            List<String> versies = regelingen.versies(regio).stream()
                    .map(r -> r.geldigVanaf() + " t/m " + (r.geldigTot() == null ? "heden" : r.geldigTot())).toList();
            throw new OngeldigeAanvraagException(List.of(new Invoerfout("peildatum", "GEEN_REGELING_OP_PEILDATUM",
                    "geen regeling van " + regio + " geldig op " + aanvraag.peildatum() + "; wel: "
                            + String.join(", ", versies))));
        }
        return regeling;
    }
}
