package nl.indiceer.toetsing;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Duur;
import nl.indiceer.volume.Getal;

/** The validity is not longer than the product's (or variant's) maximum; a guideline only warns. */
public final class Duurtoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Duur d = c.duurregel();
        if (d == null || c.regel().soort() instanceof Regelsoort.Verlengt) {
            return List.of(); // an extension's length is governed by the extension rule (Verlengingstoets)
        }
        List<Bevinding> uit = new ArrayList<>();
        long dagen = ChronoUnit.DAYS.between(c.regel().begindatum(), c.regel().einddatum()) + 1;
        if (d.maximaalDagen() != null && dagen > d.maximaalDagen()) {
            uit.add(teLang(c, d, dagen + " dagen", d.maximaalDagen() + " dagen"));
        }
        if (d.maximaalMaanden() != null && c.duur().maanden().compareTo(d.maximaalMaanden()) > 0) {
            uit.add(teLang(c, d, Getal.nl(c.duur().maanden()) + " maanden", Getal.nl(d.maximaalMaanden()) + " maanden"));
        }
        if (!uit.isEmpty()) {
            uit.addAll(Onduidelijkheden.van(d.onduidelijk(), d.bron(), c.index()));
        }
        return uit;
    }

    private static Bevinding teLang(Regelcontext c, Duur d, String duur, String maximum) {
        Bevinding b = Bevinding.van(Bevindingcode.DUUR_TE_LANG, d.bron(), c.index(), "product", c.naam(), "duur", duur,
                "maximum", maximum, "richtlijn", d.richtlijn(), "richtlijnbron", Grensaard.richtlijnbron(d.aard()));
        return Grensaard.ernst(b, d.aard());
    }
}
