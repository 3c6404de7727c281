package nl.indiceer.web.beschikking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.beschikking.Ontbrekend;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;

/**
 * 422 {@code BESLUIT_ONVOLLEDIG}: the rule of what may be decided finds something missing; {@code ontbrekend} lists
 * each as {@code {code, regel, parameters}} (data: the page renders it in Dutch at the field it concerns).
 */
public class BesluitOnvolledig extends Probleem {

    private final List<Ontbrekend> ontbrekend;

    public BesluitOnvolledig(List<Ontbrekend> ontbrekend) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "BESLUIT_ONVOLLEDIG", "Besluit nog niet compleet",
                "er ontbreekt nog iets voordat dit besluit genomen kan worden: zie ontbrekend");
        this.ontbrekend = List.copyOf(ontbrekend);
    }

    public List<Ontbrekend> ontbrekend() {
        return ontbrekend;
    }

    @Override
    public Map<String, Object> gegevens() {
        return Map.of("ontbrekend", ontbrekend.stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", o.code().name());
            m.put("regel", o.regel());
            m.put("parameters", o.parameters());
            return m;
        }).toList());
    }
}
