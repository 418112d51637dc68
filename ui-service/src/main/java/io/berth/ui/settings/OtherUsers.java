package io.berth.ui.settings;

/** Whether any user but the install's admin owns or belongs to a project; answered where projects live. */
public interface OtherUsers {

    boolean exist(long adminUserId);
}
