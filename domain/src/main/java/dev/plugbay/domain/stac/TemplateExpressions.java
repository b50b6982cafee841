package dev.plugbay.domain.stac;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the {@code {{ path.to.value }}} template expressions inside one string. */
final class TemplateExpressions {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final Pattern DOTTED_IDENTIFIER_PATH =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private TemplateExpressions() {
    }

    /** One message per broken expression, in order; empty when every expression is fine. */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int open = text.indexOf(OPEN, from);
            int close = text.indexOf(CLOSE, from);
            if (close >= 0 && (open < 0 || close < open)) {
                problems.add("Unbalanced template: '}}' without a matching '{{'");
                from = close + CLOSE.length();
            } else if (open >= 0) {
                int end = text.indexOf(CLOSE, open + OPEN.length());
                if (end < 0) {
                    problems.add("Unbalanced template: '{{' without a matching '}}'");
                    break;
                }
                String path = text.substring(open + OPEN.length(), end).strip();
                if (!DOTTED_IDENTIFIER_PATH.matcher(path).matches()) {
                    problems.add("Template " + text.substring(open, end + CLOSE.length())
                            + " must name a dotted identifier path such as {{asset.id}}");
                }
                from = end + CLOSE.length();
            } else {
                break;
            }
        }
        return problems;
    }
}
