package nl.indiceer.berekening;

import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.JsonVelden;
import nl.indiceer.regeling.Feit;
import nl.indiceer.regeling.Feitsoort;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Tijdregels;

/** A fact stated as a number must be one the rulebook declares, and declared as a number ({@code soort: getal}). */
final class Feitsoorten {

    private Feitsoorten() {
    }

    static void controleer(Aanvraag aanvraag, Regeling regeling, List<Invoerfout> fouten) {
        Tijdregels tijdregels = regeling.combinaties().tijdregels();
        for (String naam : aanvraag.getallen().keySet()) {
            Feit feit = tijdregels.feit(naam);
            if (feit == null) {
                fouten.add(new Invoerfout(JsonVelden.pad("feiten", naam), "ONBEKEND_FEIT", "de regeling van "
                        + regeling.regio() + " kent dit feit niet" + (tijdregels.feiten().isEmpty() ? "; zij vraagt geen feiten"
                        : "; kies uit " + String.join(", ", tijdregels.feiten().stream().map(Feit::naam).toList()))));
            } else if (feit.soort() != Feitsoort.GETAL) {
                fouten.add(new Invoerfout(JsonVelden.pad("feiten", naam), "GEEN_JA_NEE",
                        "dit feit is in de regeling van " + regeling.regio() + " true of false, geen getal"));
            }
        }
    }
}
