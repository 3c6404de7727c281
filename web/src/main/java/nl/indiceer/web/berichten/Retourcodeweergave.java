package nl.indiceer.web.berichten;

import nl.indiceer.berichten.Codelijst;
import org.springframework.stereotype.Component;

/**
 * The Dutch meaning of a retourcode (WJ001), read from the official code list in the configured iStandaarden folder
 * ({@code indiceer.istandaarden}) when it is there; never copied into Indiceer. Null when the list or the code is not
 * available: the pages then say "betekenis niet beschikbaar".
 */
@Component("retourcodeWeergave")
public class Retourcodeweergave {

    private final Codelijst wj001;

    public Retourcodeweergave(Berichtinstellingen instellingen) {
        this.wj001 = Codelijst.uit(instellingen.schema() == null ? null : instellingen.schema().map(), "ijw", "WJ001");
    }

    public String betekenis(String code) {
        return code == null ? null : wj001.betekenis(code);
    }
}
