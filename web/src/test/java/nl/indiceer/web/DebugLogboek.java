package nl.indiceer.web;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The application's, Spring MVC's and JDBC's loggers at DEBUG for the length of a test. Setting them as test properties
 * is not enough: the test contexts are cached and shared, and every context started later (another test class)
 * initialises the logging system again with its own levels, so a reused context logs at INFO again. A test that proves
 * what DEBUG lines do not contain (no BSN) must know that they are written.
 */
public final class DebugLogboek implements AutoCloseable {

    private static final String[] LOGGERS = {"nl.indiceer", "org.springframework.web", "org.springframework.jdbc"};

    private final LoggingSystem systeem = LoggingSystem.get(DebugLogboek.class.getClassLoader());

    private DebugLogboek() {
        for (String l : LOGGERS) {
            systeem.setLogLevel(l, LogLevel.DEBUG);
        }
    }

    public static DebugLogboek aan() {
        return new DebugLogboek();
    }

    /** Back to what the configuration says. */
    @Override
    public void close() {
        for (String l : LOGGERS) {
            systeem.setLogLevel(l, null);
        }
    }
}
