package nl.indiceer.berekening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.kosten.Kostenstap;
import nl.indiceer.regeling.Tariefblad;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Onduidelijkheden;
import nl.indiceer.toetsing.Regelcontext;

/**
 * What the consultant must know when a line is priced from a dated tariff list: that it runs across a tariff change
 * and is priced per part (INFO, naming each change and the list's bron), and what the lists or the tariffs of the
 * later parts leave unclear (the first part's tariff is reported with the price itself).
 */
final class Tariefbladbevindingen {

    private Tariefbladbevindingen() {
    }

    static List<Bevinding> van(Regelcontext c, Kosten kosten) {
        List<Bevinding> uit = new ArrayList<>(0);
        String code = c.product().code();
        List<Kostenstap> delen = kosten.stappen().stream().filter(s -> s.soort() == Kostenstap.Soort.TARIEFDEEL).toList();
        if (delen.size() > 1) {
            List<LocalDate> wissels = delen.subList(1, delen.size()).stream().map(Kostenstap::van).toList();
            Tariefblad eerste = c.regeling().tariefblad(code, wissels.get(0));
            uit.add(Bevinding.van(Bevindingcode.TARIEF_PER_DEEL, eerste != null ? eerste.bron() : delen.get(1).bron(),
                    c.index(), "product", c.product().naam(), "wissels", wissels, "delen", delen.size()));
            for (Kostenstap deel : delen.subList(1, delen.size())) {
                uit.addAll(Onduidelijkheden.van(deel.tarief().onduidelijk(), deel.tarief().bron(), c.index()));
            }
        }
        List<Tariefblad> gebruikt = new ArrayList<>();
        if (delen.isEmpty()) {
            Tariefblad b = c.regeling().tariefblad(code, c.regel().begindatum());
            if (b != null && kosten.tarief() != null) {
                gebruikt.add(b);
            }
        }
        for (Kostenstap deel : delen) {
            Tariefblad b = c.regeling().tariefblad(code, deel.van());
            if (b != null && !gebruikt.contains(b)) {
                gebruikt.add(b);
            }
        }
        for (Tariefblad b : gebruikt) {
            uit.addAll(Onduidelijkheden.van(b.herkomst().onduidelijk(), b.bron(), c.index()));
        }
        return uit;
    }
}
