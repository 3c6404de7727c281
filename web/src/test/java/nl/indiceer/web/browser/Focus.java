package nl.indiceer.web.browser;

import com.microsoft.playwright.Page;
import java.util.Map;

/** What the focused element looks like: WCAG 2.4.7 asks that keyboard focus is visible, here an outline. */
record Focus(String element, String outlineStyle, String outlineWidth) {

    @SuppressWarnings("unchecked")
    static Focus van(Page pagina) {
        Map<String, Object> f = (Map<String, Object>) pagina.evaluate("() => { const e = document.activeElement;"
                + " const s = getComputedStyle(e); return {element: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.textContent.trim() ? ' \"' + e.textContent.trim().slice(0, 40) + '\"' : ''),"
                + " outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth}; }");
        return new Focus((String) f.get("element"), (String) f.get("outlineStyle"), (String) f.get("outlineWidth"));
    }

    boolean zichtbaar() {
        return !"none".equals(outlineStyle) && !outlineWidth.startsWith("0");
    }
}
