package nl.indiceer.regeling;

/** A numbered explanation of a conditional combination (stapelingsmatrix "toelichting op de gele blokken"). */
public record Voetnoot(int nummer, String tekst, Bron bron) {
}
