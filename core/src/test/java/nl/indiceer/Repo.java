package nl.indiceer;

import java.nio.file.Path;
import nl.indiceer.regeling.Regelingen;

/** Test access to the repository's own data: the rulebooks, example requests and scenarios. */
public final class Repo {

    private static Regelingen regelingen;

    private Repo() {
    }

    public static Path root() {
        return Path.of(System.getProperty("indiceer.root", "..")).toAbsolutePath().normalize();
    }

    /** The shipped rulebooks, loaded once per test run. */
    public static synchronized Regelingen regelingen() {
        if (regelingen == null) {
            regelingen = Regelingen.laad(root().resolve("regelingen"));
        }
        return regelingen;
    }
}
