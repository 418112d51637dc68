package io.berth.ui.api;

import io.berth.common.harbor.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/** One page of a query's rows and the total count of rows. */
public record Slice<T>(List<T> items, long total) {

    /** The rows of {@code page}; a page it does not {@link PageRequest#reaches reach} is empty, never an overflow. */
    public static <T> Slice<T> of(PanacheQuery<T> query, PageRequest page) {
        long total = query.count();
        if (!page.reaches(total)) {
            return new Slice<>(List.of(), total);
        }
        int first = (int) page.offset();
        return new Slice<>(query.range(first, first + page.pageSize() - 1).list(), total);
    }

    /** The same page of a list already in memory. */
    public static <T> Slice<T> of(List<T> all, PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.pageSize(), all.size());
        return new Slice<>(all.subList(from, to), all.size());
    }
}
