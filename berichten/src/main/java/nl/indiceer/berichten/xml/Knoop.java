package nl.indiceer.berichten.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a message as a small tree: the step between the model and the XML text in both directions. An
 * element is in the message's own namespace ({@code jw301:Client}) or in the basisschema's ({@code ijw:Datum}).
 * Elements of these messages have either text or children, never both, and no attributes.
 */
final class Knoop {

    final boolean basis;
    final String naam;
    final String tekst;
    final List<Knoop> kinderen = new ArrayList<>();
    /** The line it starts on in the text it was read from; 0 for a written one. */
    final int regel;

    private Knoop(boolean basis, String naam, String tekst, int regel) {
        this.basis = basis;
        this.naam = naam;
        this.tekst = tekst;
        this.regel = regel;
    }

    static Knoop bericht(String naam) {
        return new Knoop(false, naam, null, 0);
    }

    static Knoop basis(String naam) {
        return new Knoop(true, naam, null, 0);
    }

    static Knoop gelezen(boolean basis, String naam, String tekst, int regel) {
        return new Knoop(basis, naam, tekst, regel);
    }

    /** Adds a child in the message's namespace with this text; nothing when the value is null. */
    Knoop tekst(String naam, Object waarde) {
        if (waarde != null) {
            kinderen.add(new Knoop(false, naam, waarde.toString(), 0));
        }
        return this;
    }

    /** Adds a child in the basisschema's namespace with this text; nothing when the value is null. */
    Knoop basistekst(String naam, Object waarde) {
        if (waarde != null) {
            kinderen.add(new Knoop(true, naam, waarde.toString(), 0));
        }
        return this;
    }

    /** Adds a child element; nothing when null. */
    Knoop kind(Knoop kind) {
        if (kind != null) {
            kinderen.add(kind);
        }
        return this;
    }

    boolean isBlad() {
        return kinderen.isEmpty() && tekst != null;
    }
}
