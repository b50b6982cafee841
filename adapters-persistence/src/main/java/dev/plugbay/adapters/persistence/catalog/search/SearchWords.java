package dev.plugbay.adapters.persistence.catalog.search;

import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.plugin.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Catalog text search works on words: runs of letters and digits, in lower case. A plugin is
 * found when every word of the query starts one of the words of its listed id, name, description
 * or tags ({@code wea} finds "Weather", {@code ather} does not). Words hold no LIKE wildcard.
 */
final class SearchWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    static Set<String> of(String text) {
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> of(Manifest manifest) {
        Set<String> words = new LinkedHashSet<>(of(manifest.id().value()));
        words.addAll(of(manifest.name()));
        words.addAll(of(manifest.description()));
        manifest.tags().stream().map(Tag::value).forEach(tag -> words.addAll(of(tag)));
        return words;
    }

    /**
     * The manifest's words in order, each with the word before it ({@code ""} for the first).
     * Any lexicographic order keeps the words that start with a given prefix consecutive, so
     * exactly one of them follows a word that does not: the one a search counts.
     */
    static List<IndexedWord> indexed(Manifest manifest) {
        List<IndexedWord> indexed = new ArrayList<>();
        String previous = "";
        for (String word : of(manifest).stream().sorted().toList()) {
            indexed.add(new IndexedWord(word, previous));
            previous = word;
        }
        return indexed;
    }

    /** A word of a plugin and the plugin's word before it. */
    record IndexedWord(String word, String previous) {
    }
}
