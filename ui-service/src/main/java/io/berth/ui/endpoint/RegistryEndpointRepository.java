package io.berth.ui.endpoint;

import io.berth.ui.project.UpstreamRegistries;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RegistryEndpointRepository implements PanacheRepositoryBase<RegistryEndpointEntity, Long>,
        UpstreamRegistries {

    @Override
    public boolean exists(long registryId) {
        return findByIdOptional(registryId).isPresent();
    }

    public Optional<RegistryEndpointEntity> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** Endpoints by id, optionally those whose name contains {@code fuzzyName}. */
    public PanacheQuery<RegistryEndpointEntity> search(String fuzzyName) {
        return fuzzyName == null
                ? findAll(Sort.by("id"))
                : find("lower(name) like :n", Sort.by("id"), Parameters.with("n", "%" + fuzzyName.toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
    }
}
