package nl.indiceer.vergelijking;

import java.util.List;
import nl.indiceer.aanvraag.Invoerfout;

/**
 * One request re-evaluated under the old and the new rulebooks. Data only; rendering (text, JSON, a page) is
 * elsewhere.
 *
 * @param kenmerk    what identifies the request to the caller: a file path, a decision's number
 * @param oud        the result under the old rulebooks, or why they refuse it; null when the request is unreadable
 * @param nieuw      the same under the new rulebooks
 * @param leesfouten why the request could not be read at all; empty otherwise
 * @param regels     when both compute it: every line, in the request's order, with what differs
 * @param overkoepelend when both compute it: the findings across lines (combinations, stapeling, period limits)
 *                   the new rulebooks add or drop
 */
public record Aanvraagvergelijking(String kenmerk, Vergelijkingsstatus status, Kant oud, Kant nieuw,
                                   List<Invoerfout> leesfouten, List<Regelverschil> regels,
                                   Bevindingverschil overkoepelend) {

    public Aanvraagvergelijking {
        leesfouten = List.copyOf(leesfouten);
        regels = List.copyOf(regels);
    }

    /** A request that could not be read (invalid JSON, a field out of range): it is reported, not skipped. */
    public static Aanvraagvergelijking onleesbaar(String kenmerk, List<Invoerfout> fouten) {
        return new Aanvraagvergelijking(kenmerk, Vergelijkingsstatus.ONGELDIG, null, null, fouten, List.of(),
                Bevindingverschil.GEEN);
    }

    public boolean verschilt() {
        return status.isVerschil();
    }

    /**
     * True when the line's own volume, cost or findings differ, or a finding across lines that concerns it (a
     * combination with it, a period limit it counts in) comes or goes.
     */
    public boolean regelGewijzigd(Regelverschil r) {
        if (r.verschilt()) {
            return true;
        }
        for (var b : overkoepelend.toegevoegd()) {
            if (b.betreft(r.index())) {
                return true;
            }
        }
        for (var b : overkoepelend.vervallen()) {
            if (b.betreft(r.index())) {
                return true;
            }
        }
        return false;
    }

    /** The lines whose volume, cost or findings differ. */
    public List<Regelverschil> gewijzigdeRegels() {
        return regels.stream().filter(Regelverschil::verschilt).toList();
    }
}
