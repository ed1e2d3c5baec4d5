package com.ordermanagement.common.validation;

/**
 * The character rules of the text constraints, checked in one linear pass. Regular expressions with
 * an alternation under a star recurse once per character in {@code java.util.regex} and overflow the
 * stack on long input, so none is used here, and callers check the length before the characters.
 */
final class SafeText {

    private SafeText() {}

    /**
     * True when {@code value} has no control character (line breaks and tabs only where
     * {@code multiline}), no bidirectional override or isolate (which make text display other than it
     * reads), no lone surrogate and none of {@code forbidden}.
     */
    static boolean isClean(String value, boolean multiline, String forbidden) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || isBidiControl(c) || forbidden.indexOf(c) >= 0) {
                return false;
            }
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
