package dev.plugbay.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.domain.error.Violation;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One broken rule or warning: where ({@code field} for a manifest field or request member,
 * {@code pointer} for a JSON Pointer into a document; exactly one is set) and why.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String field, String pointer, String message) {

    public static Problem of(Violation violation) {
        return new Problem(violation.field(), violation.pointer(), violation.message());
    }

    public static List<Problem> of(List<Violation> violations) {
        return violations.stream().map(Problem::of).toList();
    }
}
