package nl.indiceer.regeling;

/** A message a region attaches to choosing an allocation period (e.g. TBGT only incidentally, 000:226-240). */
public record Periodevoorwaarde(Periode periode, Ernst ernst, String melding, Bron bron) {
}
