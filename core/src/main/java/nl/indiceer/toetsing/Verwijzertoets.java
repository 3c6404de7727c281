package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Verwijzing;
import nl.indiceer.regeling.Verwijsregels;

/**
 * Some products only a certain referrer may deploy (drang only through the gemeentelijke toegang, 001:4298; maatwerk and
 * meerwerk through the toegang or in explicit consultation with it, 001:2802-2808). An unknown referrer asks for it.
 */
public final class Verwijzertoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        List<Verwijsregels.AlleenDoor> regels = c.regeling().verwijsregels().alleenDoor();
        if (regels.isEmpty()) {
            return List.of();
        }
        Verwijzing verwijzing = c.aanvraag().verwijzing();
        List<Bevinding> uit = new ArrayList<>(0);
        for (Verwijsregels.AlleenDoor r : regels) {
            if (!c.regeling().combinaties().bevat(r.producten(), c.regel().product())) {
                continue;
            }
            List<String> namen = r.verwijzerNamen();
            if (verwijzing == null || verwijzing.verwijzer() == null) {
                uit.add(Bevinding.van(Bevindingcode.VERWIJZER_ONBEKEND, r.bron(), c.index(), "product", c.product().naam(),
                        "verwijzers", namen, "afstemming", r.inAfstemming()));
            } else if (!r.verwijzers().contains(verwijzing.verwijzer())) {
                Bevinding b = Bevinding.van(Bevindingcode.VERWIJZER_NIET_BEVOEGD, r.bron(), c.index(), "product",
                        c.product().naam(), "verwijzers", namen, "afstemming", r.inAfstemming(), "verwijzer",
                        verwijzing.verwijzer().naam());
                uit.add(r.inAfstemming() ? b.metErnst(nl.indiceer.regeling.Ernst.WAARSCHUWING) : b);
            } else {
                continue;
            }
            uit.addAll(Onduidelijkheden.van(r.onduidelijk(), r.bron(), c.index()));
        }
        return uit;
    }
}
