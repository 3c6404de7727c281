package nl.indiceer.declaratie;

/**
 * The financing form of an allocation as the iStandaarden distinguish it. IV077 gives a counting method for
 * inspanningsgericht (calendar weeks touched) and outputgericht (Sundays); it gives none for taakgericht, so the volume
 * of a taakgericht allocation is not counted per week here (the check says so instead of guessing).
 */
public enum Uitvoeringsvariant {
    INSPANNINGSGERICHT, OUTPUTGERICHT, TAAKGERICHT
}
