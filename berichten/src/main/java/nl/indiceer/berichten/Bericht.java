package nl.indiceer.berichten;

/** One iJw or iWmo 3.2 message, of one of the kinds of {@link Berichtsoort}. */
public sealed interface Bericht permits Toewijzingsbericht, Startbericht, Stopbericht, Toewijzingsverzoek,
        Wijzigingsverzoek, Antwoordbericht, Declaratieantwoordbericht {

    Header header();

    default Berichtsoort soort() {
        return header().soort();
    }
}
