package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.adapters.persistence.database.DatabaseKind;
import java.util.Comparator;

/**
 * How the database in use orders text keys, for merging in Java what it read in order: H2 compares
 * strings by UTF-16 code unit (as {@link String#compareTo} does), PostgreSQL compares the keys
 * declared {@code COLLATE "C"} by code point. The two differ only between a character above
 * U+FFFF and one from U+E000 to U+FFFF.
 */
enum TextOrder implements Comparator<String> {
    CODE_UNIT {
        @Override
        public int compare(String left, String right) {
            return left.compareTo(right);
        }
    },
    CODE_POINT {
        @Override
        public int compare(String left, String right) {
            int i = 0;
            int j = 0;
            while (i < left.length() && j < right.length()) {
                int leftPoint = left.codePointAt(i);
                int rightPoint = right.codePointAt(j);
                if (leftPoint != rightPoint) {
                    return Integer.compare(leftPoint, rightPoint);
                }
                i += Character.charCount(leftPoint);
                j += Character.charCount(rightPoint);
            }
            return Integer.compare(left.length() - i, right.length() - j);
        }
    };

    /** The order of {@code database}'s text keys. */
    static TextOrder of(DatabaseKind database) {
        return switch (database.product()) {
            case H2 -> CODE_UNIT;
            case POSTGRESQL -> CODE_POINT;
        };
    }
}
