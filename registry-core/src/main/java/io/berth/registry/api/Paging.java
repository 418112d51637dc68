package io.berth.registry.api;

import io.berth.registry.error.ErrorCode;
import io.berth.registry.error.RegistryApiException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code n}/{@code last} paging over a lexically sorted list, with the {@code Link} of the next page. */
final class Paging {

    private Paging() {
    }

    record Page(List<String> items, String nextLink) {
    }

    static Page page(Call call, List<String> sorted, String basePath) {
        String last = call.query("last");
        String nText = call.query("n");
        Integer n = null;
        if (nText != null && !nText.isEmpty()) {
            try {
                n = Integer.parseInt(nText);
            } catch (NumberFormatException e) {
                throw new RegistryApiException(ErrorCode.PAGINATION_NUMBER_INVALID, nText);
            }
            if (n < 0) {
                throw new RegistryApiException(ErrorCode.PAGINATION_NUMBER_INVALID, nText);
            }
        }
        List<String> after = new ArrayList<>();
        for (String s : sorted) {
            if (last == null || s.compareTo(last) > 0) {
                after.add(s);
            }
        }
        if (n == null || after.size() <= n) {
            return new Page(after, null);
        }
        List<String> items = after.subList(0, n);
        String link = n == 0 ? null : "<" + basePath + "?n=" + n + "&last="
                + URLEncoder.encode(items.get(items.size() - 1), StandardCharsets.UTF_8) + ">; rel=\"next\"";
        return new Page(List.copyOf(items), link);
    }
}
