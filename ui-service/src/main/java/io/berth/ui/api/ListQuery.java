package io.berth.ui.api;

import io.berth.common.harbor.HarborException;
import io.berth.common.harbor.ListParams;
import io.berth.common.harbor.ListParams.Term;
import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * Harbor's list query parameters (common's {@link ListParams}, as auth-service reads them) for
 * ui-service's Panache queries: {@code sort} becomes a {@link Sort}.
 */
public final class ListQuery {

    private ListQuery() {
    }

    public static Map<String, Term> parseQ(String q) {
        return ListParams.terms(q);
    }

    public static Sort parseSort(String sort, Map<String, String> fields, Sort fallback) {
        Sort out = null;
        for (ListParams.SortKey k : ListParams.sortKeys(sort, fields)) {
            Sort.Direction d = k.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            out = out == null ? Sort.by(k.field(), d) : out.and(k.field(), d);
        }
        return out == null ? fallback : out;
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
