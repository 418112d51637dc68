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
}
