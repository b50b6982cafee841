package dev.plugbay.domain.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StacVocabularyTest {

    @Test
    void defaultHoldsTheStacBuiltInsPlusTheInvenicumButton() {
        assertEquals(84 + 1, StacVocabulary.DEFAULT.widgetTypes().size());
        assertTrue(StacVocabulary.DEFAULT.widgetTypes().containsAll(
                Set.of("button", "alertDialog", "text", "container", "setValue", "verticalDivider")));
    }

    @Test
    void defaultHoldsStacActionsPlusTheInvenicumSdk() {
        assertEquals(Set.of("navigate", "none", "networkRequest", "showModalBottomSheet", "showDialog",
                "getFormValue", "validateForm", "showSnackBar", "setValue", "multiAction", "delay", "pop",
                "invenicum_sdk"), StacVocabulary.DEFAULT.actionTypes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Text", "textbutton", "html", "script", "webView"})
    void typesAreExactAndCaseSensitive(String type) {
        assertFalse(StacVocabulary.DEFAULT.widgetTypes().contains(type));
    }

    @Test
    void withExtrasAddsToACopy() {
        StacVocabulary extended = StacVocabulary.DEFAULT.withExtras(Set.of("assetCard"), Set.of("openAsset"));

        assertTrue(extended.widgetTypes().containsAll(Set.of("assetCard", "text")));
        assertTrue(extended.actionTypes().containsAll(Set.of("openAsset", "navigate")));
        assertFalse(StacVocabulary.DEFAULT.widgetTypes().contains("assetCard"));
        assertFalse(StacVocabulary.DEFAULT.actionTypes().contains("openAsset"));
    }
}
