package io.berth.ui.api;

import io.berth.common.harbor.HarborException;
import io.quarkus.panache.common.Sort;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Harbor's list query parameters: {@code q=k=v,k=~v} (exact or fuzzy match) and
 * {@code sort=f,-g} over a fixed map of API field names to entity fields.
 */
public final class ListQuery {

    /** One {@code q} term: its value and whether it was a fuzzy ({@code ~}) match. */
    public record Term(String value, boolean fuzzy) {
    }

    private ListQuery() {
    }

    public static Map<String, Term> parseQ(String q) {
        Map<String, Term> out = new LinkedHashMap<>();
        if (q == null || q.isBlank()) {
            return out;
        }
        for (String part : q.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw HarborException.badRequest("invalid query term: " + part);
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            boolean fuzzy = value.startsWith("~");
            out.put(key, new Term(fuzzy ? value.substring(1) : value, fuzzy));
        }
        return out;
    }

    public static Sort parseSort(String sort, Map<String, String> fields, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        Sort out = null;
        for (String part : sort.split(",")) {
            String p = part.trim();
            boolean desc = p.startsWith("-");
            String field = fields.get(desc ? p.substring(1) : p);
            if (field == null) {
                throw HarborException.badRequest("cannot sort by " + p);
            }
            Sort.Direction d = desc ? Sort.Direction.Descending : Sort.Direction.Ascending;
            out = out == null ? Sort.by(field, d) : out.and(field, d);
        }
        return out;
    }

    public static Boolean parseBoolean(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if ("true".equalsIgnoreCase(value) || "1".equals(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value) || "0".equals(value)) {
            return false;
        }
        throw HarborException.badRequest(name + " must be true or false");
    }
}
