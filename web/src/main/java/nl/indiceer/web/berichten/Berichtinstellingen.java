package nl.indiceer.web.berichten;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.berichten.xml.Schemacontrole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the messages go and what they are checked against. {@code indiceer.uitbox}: the outbox folder, one folder per
 * recipient beneath it (default {@code ./data/uitbox}). {@code indiceer.istandaarden} (or the environment variable
 * INDICEER_ISTANDAARDEN): the official iStandaarden folder holding {@code ijw/xsd} and {@code iwmo/xsd}; without it
 * messages are checked by the reader's structure and the rules only (the schemas are never copied into Indiceer).
 */
@Component
public class Berichtinstellingen {

    private final Path uitbox;
    private final Schemacontrole schema;

    public Berichtinstellingen(@Value("${indiceer.uitbox:data/uitbox}") String uitbox,
                               @Value("${indiceer.istandaarden:}") String istandaarden) {
        this.uitbox = Path.of(uitbox);
        Path map = istandaarden == null || istandaarden.isBlank() ? null : Path.of(istandaarden);
        this.schema = map != null && Files.isDirectory(map) ? Schemacontrole.uit(map) : null;
    }

    public Path uitbox() {
        return uitbox;
    }

    /** Null when no schema folder is set. */
    public Schemacontrole schema() {
        return schema;
    }
}
