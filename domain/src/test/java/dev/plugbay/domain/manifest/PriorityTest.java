package dev.plugbay.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.error.InvalidRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityTest {

    @ParameterizedTest
    @CsvSource({"0,0", "100,100", "5.0,5", "1e4,10000", "10000.000,10000"})
    void aWholeNumberWithinTheRangeIsAPriority(String number, int expected) {
        assertEquals(new Priority(expected), Priority.of(new BigDecimal(number)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10001", "5.5", "1e400", "-0.5"})
    void anythingElseIsRefusedWithTheRule(String number) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> Priority.of(new BigDecimal(number)));

        assertEquals(ErrorCode.INVALID_REQUEST, refused.code());
        assertEquals("A priority must be a whole number from 0 to 10,000, not " + new BigDecimal(number), refused.getMessage());
    }
}
