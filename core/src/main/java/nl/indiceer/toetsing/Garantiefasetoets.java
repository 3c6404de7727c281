package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Garantiefase;

/**
 * The garantiefase (001:1837-1894, 2688-2694): a new line is checked against allocations that ended within the
 * rulebook's months before its start, at the same provider and in the same segment. The consultant's fact decides
 * whether it is the same question without changed circumstances (then no new indication: FOUT), or not (INFO);
 * unknown asks for it (WAARSCHUWING).
 */
public final class Garantiefasetoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Garantiefase g = c.regeling().tijdsverloop().garantiefase();
        String aanbieder = c.regel().productkeuze().aanbieder();
        if (g == null || aanbieder == null || !(c.regel().soort() instanceof Regelsoort.Nieuw)) {
            return List.of();
        }
        Garantiefase.Segment segment = g.segment(c.product().code());
        if (segment == null) {
            return List.of();
        }
        LocalDate begin = c.regel().begindatum();
        LocalDate grens = begin.minusMonths(g.maanden());
        List<Bevinding> uit = new ArrayList<>(0);
        for (LopendeToewijzing t : c.aanvraag().lopendeToewijzingen()) {
            if (t.aanbieder() == null || !t.aanbieder().trim().equalsIgnoreCase(aanbieder.trim())
                    || !segment.producten().contains(t.product())
                    || !t.einddatum().isBefore(begin) || t.einddatum().isBefore(grens)) {
                continue;
            }
            Boolean antwoord = c.aanvraag().feit(g.feit());
            Bevindingcode code = antwoord == null ? Bevindingcode.GARANTIEFASE_MOGELIJK
                    : antwoord ? Bevindingcode.GARANTIEFASE : Bevindingcode.GARANTIEFASE_NIET_VAN_TOEPASSING;
            String eerder = c.regeling().product(t.product()) == null ? t.product() : c.regeling().product(t.product()).naam();
            uit.add(Bevinding.van(code, g.bron(), c.index(), "aanbieder", aanbieder, "eerder", eerder,
                    "segment", segment.naam(), "einde", t.einddatum(), "maanden", g.maanden(), "product", c.product().naam(),
                    "vraag", c.regeling().combinaties().tijdregels().feit(g.feit()).vraag(), "feit", g.feit(),
                    "toewijzing", t.id()));
        }
        if (!uit.isEmpty()) {
            uit.addAll(Onduidelijkheden.van(g.onduidelijk(), g.bron(), c.index()));
        }
        return uit;
    }
}
