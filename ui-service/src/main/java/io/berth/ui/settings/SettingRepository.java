package io.berth.ui.settings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SettingRepository implements PanacheRepositoryBase<SettingEntity, String> {
}
