package io.berth.common.harbor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Harbor's list query parameters, read the same way by every service: {@code q=k=v,k=~v} (an
 * exact or a fuzzy match per key) and {@code sort=f,-g} (ascending, or descending after "-") over
 * the fields a list allows, named as the API names them.
 */
public final class ListParams {

    /** One {@code q} term: its value and whether it was a fuzzy ({@code ~}) match. */
    public record Term(String value, boolean fuzzy) {
    }

    /** One {@code sort} key: the field it maps to and its direction. */
    public record SortKey(String field, boolean descending) {
    }

    private ListParams() {
    }

    /** The terms of {@code q} by key (null or blank: none); 400 on a term without a key. */
    public static Map<String, Term> terms(String q) {
        Map<String, Term> out = new LinkedHashMap<>();
        if (q == null || q.isBlank()) {
            return out;
        }
        for (String part : q.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw HarborException.badRequest("invalid query term: " + part);
            }
            String value = part.substring(eq + 1).trim();
            boolean fuzzy = value.startsWith("~");
            out.put(part.substring(0, eq).trim(), new Term(fuzzy ? value.substring(1) : value, fuzzy));
        }
        return out;
    }

    /** The keys of {@code sort} mapped through {@code fields} (null or blank: none); 400 on another key. */
    public static List<SortKey> sortKeys(String sort, Map<String, String> fields) {
        List<SortKey> out = new ArrayList<>();
        if (sort == null || sort.isBlank()) {
            return out;
        }
        for (String part : sort.split(",")) {
            String p = part.trim();
            boolean desc = p.startsWith("-");
            String field = fields.get(desc ? p.substring(1) : p);
            if (field == null) {
                throw HarborException.badRequest("cannot sort by " + p);
            }
            out.add(new SortKey(field, desc));
        }
        return out;
    }
}
