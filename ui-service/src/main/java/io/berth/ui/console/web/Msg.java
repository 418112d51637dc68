package io.berth.ui.console.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words, used in templates as {@code {msg:key}}: English in
 * {@code messages/msg_en.properties}, Simplified Chinese in {@code messages/msg_zh_CN.properties}.
 * One method per key; ConsoleMessagesTest keeps the three in step.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message
    String skip_to_content();

    @Message
    String search_label();

    @Message
    String search_placeholder();

    @Message
    String account_menu();

    @Message
    String account_profile();

    @Message
    String sign_out();

    @Message
    String nav_label();

    @Message
    String projects();

    @Message
    String logs();

    @Message
    String administration();

    @Message
    String users();

    @Message
    String registries();

    @Message
    String configuration();

    @Message
    String gc();

    @Message
    String system();

    @Message
    String back_home();

    @Message
    String sign_in();

    @Message
    String sign_up();

    @Message
    String sign_up_prompt();

    @Message
    String sign_in_prompt();

    @Message
    String username();

    @Message
    String password();

    @Message
    String password_confirm();

    @Message
    String password_rules();

    @Message
    String email();

    @Message
    String realname();

    @Message
    String signin_slow();

    @Message
    String error_signin_missing();

    @Message
    String error_signin_refused();

    @Message
    String error_forbidden();

    @Message
    String error_not_found();

    @Message
    String error_csrf();

    @Message
    String error_too_large();

    @Message
    String error_unavailable();

    @Message
    String error_refused();

    @Message
    String error_username_required();

    @Message
    String error_username_invalid();

    @Message
    String error_password_rules();

    @Message
    String error_password_mismatch();

    @Message
    String error_email_invalid();

    @Message
    String error_text_too_long();

    @Message
    String error_old_password_wrong();

    @Message
    String error_password_same();

    @Message
    String error_ldap_password();

    @Message
    String error_user_protected();

    @Message
    String error_username_taken();

    @Message
    String error_email_taken();

    @Message
    String done_signed_up();

    @Message
    String projects_mine();

    @Message
    String projects_public();

    @Message
    String projects_all();

    @Message
    String project_new();

    @Message
    String project_name();

    @Message
    String project_name_hint();

    @Message
    String project_proxy_cache();

    @Message
    String project_proxy_no_registry();

    @Message
    String registry_endpoint();

    @Message
    String proxy_cache();

    @Message
    String access_level();

    @Message
    String access_public();

    @Message
    String access_private();

    @Message
    String access_public_hint();

    @Message
    String role();

    @Message
    String role_project_admin();

    @Message
    String role_maintainer();

    @Message
    String role_developer();

    @Message
    String role_guest();

    @Message
    String role_limited_guest();

    @Message
    String role_none();

    @Message
    String repositories();

    @Message
    String members();

    @Message
    String creation_time();

    @Message
    String actions();

    @Message
    String create();

    @Message
    String delete();

    @Message
    String remove();

    @Message
    String save();

    @Message
    String filter();

    @Message
    String filter_by_name();

    @Message
    String filter_repositories();

    @Message
    String search();

    @Message
    String search_title();

    @Message
    String search_no_projects();

    @Message
    String search_no_repositories();

    @Message
    String search_more();

    @Message
    String repository_count(long count);

    @Message
    String artifact_count(long count);

    @Message
    String name();

    @Message
    String artifacts();

    @Message
    String pulls();

    @Message
    String last_modified();

    @Message
    String empty_filtered();

    @Message
    String empty_projects_mine();

    @Message
    String empty_projects_mine_nocreate();

    @Message
    String empty_projects_public();

    @Message
    String empty_repositories();

    @Message
    String empty_cache_project();

    @Message
    String empty_members();

    @Message
    String empty_logs();

    @Message
    String empty_artifacts();

    @Message
    String pager_summary(long from, long to, long total);

    @Message
    String pager_prev();

    @Message
    String pager_next();

    @Message
    String confirm_delete_project(String name);

    @Message
    String confirm_remove_member(String name);

    @Message
    String confirm_delete_repository(String name);

    @Message
    String confirm_delete_tag(String name);

    @Message
    String confirm_delete_artifact(String name);

    @Message
    String push_command_title();

    @Message
    String push_command_hint();

    @Message
    String copy();

    @Message
    String copied();

    @Message
    String copy_pull_digest();

    @Message
    String copy_pull_tag();

    @Message
    String member_add();

    @Message
    String member_add_hint();

    @Message
    String operation();

    @Message
    String operation_create();

    @Message
    String operation_delete();

    @Message
    String operation_update();

    @Message
    String operation_push();

    @Message
    String operation_pull();

    @Message
    String all();

    @Message
    String resource();

    @Message
    String resource_type();

    @Message
    String time();

    @Message
    String logs_all_hint();

    @Message
    String logs_admin_hint();

    @Message
    String project_delete();

    @Message
    String project_delete_hint();

    @Message
    String project_delete_blocked(long count);

    @Message
    String repository_delete();

    @Message
    String repository_pulls(long count);

    @Message
    String artifact();

    @Message
    String tags();

    @Message
    String type();

    @Message
    String size();

    @Message
    String push_time();

    @Message
    String pull_time();

    @Message
    String untagged();

    @Message
    String tag_add();

    @Message
    String tag_delete();

    @Message
    String tag_name();

    @Message
    String error_project_exists();

    @Message
    String error_project_name();

    @Message
    String error_project_not_empty();

    @Message
    String error_registry_required();

    @Message
    String error_member_exists();

    @Message
    String error_user_unknown();

    @Message
    String error_role_invalid();

    @Message
    String error_tag_invalid();

    @Message
    String error_tag_exists();

    @Message
    String done_project_created();

    @Message
    String done_project_deleted();

    @Message
    String done_project_saved();

    @Message
    String done_member_added();

    @Message
    String done_member_updated();

    @Message
    String done_member_removed();

    @Message
    String done_tag_added();

    @Message
    String done_tag_deleted();

    @Message
    String done_artifact_deleted();

    @Message
    String done_repository_deleted();

    @Message
    String done_user_created();

    @Message
    String done_user_updated();

    @Message
    String done_user_deleted();

    @Message
    String done_password_reset();

    @Message
    String done_registry_created();

    @Message
    String done_registry_saved();

    @Message
    String done_registry_deleted();

    @Message
    String done_settings_saved();

    @Message
    String done_gc_started();

    @Message
    String done_profile_saved();

    @Message
    String done_password_changed();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String edit();

    @Message
    String description();

    @Message
    String detail();

    @Message
    String status();

    @Message
    String update_time();

    @Message
    String version();

    @Message
    String system_admin();

    @Message
    String user_new();

    @Message
    String user_grant_admin();

    @Message
    String user_revoke_admin();

    @Message
    String user_reset_password();

    @Message
    String users_ldap_hint();

    @Message
    String empty_users();

    @Message
    String confirm_delete_user(String name);

    @Message
    String password_new();

    @Message
    String password_current();

    @Message
    String password_change();

    @Message
    String registries_hint();

    @Message
    String registry_new();

    @Message
    String registry_type();

    @Message
    String registry_url();

    @Message
    String registry_access_key();

    @Message
    String registry_access_secret();

    @Message
    String registry_insecure();

    @Message
    String registry_insecure_hint();

    @Message
    String empty_registries();

    @Message
    String confirm_delete_registry(String name);

    @Message
    String secret_kept();

    @Message
    String secret_optional();

    @Message
    String test_connection();

    @Message
    String test_ok();

    @Message
    String test_failed();

    @Message
    String error_registry_exists();

    @Message
    String error_registry_invalid();

    @Message
    String error_registry_in_use();

    @Message
    String authentication();

    @Message
    String auth_mode();

    @Message
    String auth_db();

    @Message
    String auth_ldap();

    @Message
    String auth_mode_hint();

    @Message
    String auth_mode_locked();

    @Message
    String self_registration();

    @Message
    String token_expiration();

    @Message
    String project_creation();

    @Message
    String project_creation_everyone();

    @Message
    String project_creation_adminonly();

    @Message
    String ldap_url();

    @Message
    String ldap_search_dn();

    @Message
    String ldap_search_password();

    @Message
    String ldap_base_dn();

    @Message
    String ldap_base_dn_hint();

    @Message
    String ldap_filter();

    @Message
    String ldap_uid();

    @Message
    String ldap_scope();

    @Message
    String ldap_scope_base();

    @Message
    String ldap_scope_one();

    @Message
    String ldap_scope_subtree();

    @Message
    String ldap_timeout();

    @Message
    String ldap_verify_cert();

    @Message
    String ldap_test();

    @Message
    String error_settings_invalid();

    @Message
    String gc_hint();

    @Message
    String gc_delete_untagged();

    @Message
    String gc_run();

    @Message
    String gc_dry_run();

    @Message
    String gc_history();

    @Message
    String gc_kind();

    @Message
    String gc_report();

    @Message
    String gc_show_report();

    @Message
    String empty_gc();

    @Message
    String error_gc_running();

    @Message
    String status_success();

    @Message
    String status_error();

    @Message
    String status_running();

    @Message
    String storage();

    @Message
    String storage_counts(long count, long repositories, long artifacts);

    @Message
    String storage_hint();

    @Message
    String health();

    @Message
    String healthy();

    @Message
    String unhealthy();

    @Message
    String component();

    @Message
    String language();

    @Message
    String language_hint();

    @Message
    String component_ui();

    @Message
    String component_registry();

    @Message
    String component_auth();

    @Message
    String component_log();

    @Message
    String component_database();

    @Message
    String kind_oci_index();

    @Message
    String kind_docker_list();

    @Message
    String kind_oci_image();

    @Message
    String kind_docker_image();
}
