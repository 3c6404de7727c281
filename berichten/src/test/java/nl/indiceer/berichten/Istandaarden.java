package nl.indiceer.berichten;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the official iStandaarden material (schemas and example messages): {@code ../shared/istandaarden}
 * beside the repository. It is never part of the repository; a test that needs it is skipped where it is absent (on the
 * project's CI machine it is present).
 */
public final class Istandaarden {

    private Istandaarden() {
    }

    public static Path repository() {
        return Path.of(System.getProperty("indiceer.root", ".")).toAbsolutePath().normalize();
    }

    /** The setting {@code indiceer.istandaarden} (the build passes it), else {@code ../shared/istandaarden}. */
    public static Path map() {
        String ingesteld = System.getProperty("indiceer.istandaarden");
        return ingesteld != null && !ingesteld.isBlank() ? Path.of(ingesteld).toAbsolutePath().normalize()
                : repository().resolve("../shared/istandaarden").normalize();
    }

    /** The folder, or the test is skipped. */
    public static Path vereist() {
        Path m = map();
        Assumptions.assumeTrue(Files.isDirectory(m.resolve("ijw/xsd")) && Files.isDirectory(m.resolve("iwmo/xsd")),
                "de officiële iStandaarden staan niet in " + m);
        return m;
    }
}
