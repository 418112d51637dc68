package io.berth.ui.endpoint;

import io.berth.ui.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RegistryEndpointRepository implements PanacheRepositoryBase<RegistryEndpointEntity, Long> {

    public Optional<RegistryEndpointEntity> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** A page of endpoints, optionally those whose name contains {@code fuzzyName}. */
    public PanacheQuery<RegistryEndpointEntity> search(String fuzzyName, PageRequest page) {
        PanacheQuery<RegistryEndpointEntity> q = fuzzyName == null
                ? findAll(Sort.by("id"))
                : find("lower(name) like :n", Sort.by("id"), Parameters.with("n", "%" + fuzzyName.toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        return q.page(Page.of(page.page() - 1, page.pageSize()));
    }
}
