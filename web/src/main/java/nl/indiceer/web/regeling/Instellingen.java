package nl.indiceer.web.regeling;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data the engine works with lives: {@code indiceer.regelingen} and {@code indiceer.normenkaders}
 * (default {@code regelingen} and {@code normenkaders}, relative to the working directory). Strings, not
 * Paths: Spring would make a Path setting absolute, and a normenkader result names its file as the folder
 * was given (as the command line does), not with the server's absolute path.
 */
@ConfigurationProperties("indiceer")
public record Instellingen(@DefaultValue("regelingen") String regelingen, @DefaultValue("normenkaders") String normenkaders) {

    public Path regelingenMap() {
        return Path.of(regelingen);
    }

    public Path normenkadersMap() {
        return Path.of(normenkaders);
    }
}
