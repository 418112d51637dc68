package io.berth.ui.system;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GcRunRepository implements PanacheRepositoryBase<GcRunEntity, Long> {
}
