package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Terugval;
import nl.indiceer.volume.Geldigheidsduur;

/** Relapse within some months after the end (002:322-334): a fixed volume for a fixed period. */
public final class Terugvaltoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        if (!(c.regel().soort() instanceof Regelsoort.TerugvalNa terugval)) {
            return List.of();
        }
        LopendeToewijzing oud = c.aanvraag().lopende(terugval.toewijzing());
        Terugval t = c.regeling().terugval();
        if (t == null) {
            return List.of(Bevinding.van(Bevindingcode.TERUGVAL_GEEN_REGEL, c.regeling().bron(), c.index()));
        }
        List<Bevinding> uit = new ArrayList<>(Onduidelijkheden.van(t.onduidelijk(), t.bron(), c.index()));
        LocalDate uiterlijk = Geldigheidsduur.eindeNaMaanden(oud.einddatum(), t.binnenMaanden());
        if (c.regel().begindatum().isAfter(uiterlijk)) {
            uit.add(Bevinding.van(Bevindingcode.TERUGVAL_TE_LAAT, t.bron(), c.index(), "binnenMaanden", t.binnenMaanden(),
                    "oudeEinddatum", oud.einddatum(), "uiterlijk", uiterlijk));
        }
        if (c.duur().maanden().compareTo(t.duurMaanden()) > 0) {
            uit.add(Bevinding.van(Bevindingcode.TERUGVAL_DUUR, t.bron(), c.index(), "maximum", t.duurMaanden(),
                    "maanden", c.duur().maanden()));
        }
        if (c.volume() != null && c.regel().periode() == Periode.TOTAAL) {
            BigDecimal gevraagd = c.volumeIn(Periode.TOTAAL, t.eenheid());
            if (gevraagd != null && c.volumeExactIn(Periode.TOTAAL, t.eenheid()).vergelijk(t.volume()) != 0) {
                uit.add(Bevinding.van(Bevindingcode.TERUGVAL_VOLUME_AFWIJKEND, t.bron(), c.index(),
                        "afgesproken", new Hoeveelheid(t.volume(), t.eenheid()), "gevraagd", gevraagd));
            }
        }
        return uit;
    }
}
