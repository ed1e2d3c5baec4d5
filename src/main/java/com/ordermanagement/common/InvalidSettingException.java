package com.ordermanagement.common;

/**
 * A setting that cannot work or is unsafe, found before start-up does any network I/O. The message
 * says what is wrong and what to set instead; it never contains a secret's value.
 */
public class InvalidSettingException extends IllegalStateException {

    private final String setting;

    public InvalidSettingException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The environment variable to fix, e.g. {@code COSMOS_ENDPOINT}. */
    public String setting() {
        return setting;
    }
}
