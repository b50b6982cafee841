package dev.plugbay.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.user.Username;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogQueryTest {

    /** MATHEMATICAL BOLD SMALL A: one character, two UTF-16 code units. */
    private static final String BOLD_A = new String(Character.toChars(0x1D41A));

    @Test
    void textIsLimitedInCharactersNotCodeUnits() {
        assertEquals(Optional.of(BOLD_A.repeat(100)), withText(BOLD_A.repeat(100)).text());

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> withText(BOLD_A.repeat(101)));
        assertEquals("q must be at most 100 characters of text", refused.getMessage());
    }

    @Test
    void textWithANulIsRefusedAndBlankTextIsNoText() {
        assertThrows(InvalidRequestException.class, () -> withText("clock\0"));
        assertEquals(Optional.empty(), withText("   ").text());
        assertEquals(Optional.of("clock"), withText("  clock ").text());
    }

    @Test
    void pageAndSizeAreBoundedAndGiveTheOffset() {
        assertThrows(InvalidRequestException.class, () -> page(0, 50));
        assertThrows(InvalidRequestException.class, () -> page(1, 0));
        assertThrows(InvalidRequestException.class, () -> page(1, CatalogQuery.MAX_UNPAGED_SIZE + 1));
        assertEquals(0, page(1, CatalogQuery.MAX_UNPAGED_SIZE).offset());
        assertEquals(100, page(3, 50).offset());
    }

    private static CatalogQuery withText(String text) {
        return new CatalogQuery(new Username("alice"), Optional.of(text), Optional.empty(), Optional.empty(),
                CatalogSort.DOWNLOADS, 1, 50);
    }

    private static CatalogQuery page(int page, int size) {
        return new CatalogQuery(new Username("alice"), Optional.empty(), Optional.empty(), Optional.empty(),
                CatalogSort.DOWNLOADS, page, size);
    }
}
