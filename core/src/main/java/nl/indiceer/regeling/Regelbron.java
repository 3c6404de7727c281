package nl.indiceer.regeling;

import java.util.List;

/**
 * Where rulebooks (or normenkaders) come from: a folder today ({@link Mapbron}), the classpath or a
 * database later. A source only delivers files; {@link Regelingen#laad(Regelbron)} and
 * {@code Normenkaders.laad(Regelbron)} read and check them.
 */
public interface Regelbron {

    /**
     * Every YAML file of the source, sorted by name.
     *
     * @throws OngeldigeRegelingException with every problem of the source itself (unreadable, too large,
     *         names that differ only in case, ...); the problems name the place of each file
     */
    List<Bronbestand> bestanden();

    /** How a file of this source is named in messages and in {@link Regeling#bestand()}; by default its name. */
    default String plaats(Bronbestand bestand) {
        return bestand.naam();
    }

    /**
     * Whether the file holds a version put in force from a date by the application (not shipped in the folder): such a
     * version ends the one before it, which is then in force until the day before it begins, and it is itself ended by
     * the next version of its region in the same way. Versions that are not put in force this way may not overlap.
     */
    default boolean opvolger(Bronbestand bestand) {
        return false;
    }

    /** The source itself in messages, e.g. the folder. */
    String omschrijving();
}
