package com.recruitingscheduler.input;

import java.util.regex.Pattern;

/**
 * The rules every piece of typed text meets, wherever it comes from (pages, API, administration): no control
 * characters (they would reach calendar invitations, e-mails and logs), and e-mail addresses that are plain
 * {@code local@domain.tld} addresses.
 */
public final class InputRules {

    /**
     * A plain address: a local part of printable characters without spaces, quotes, brackets or a second {@code @};
     * a domain of letters, digits and hyphens in at least two dot-separated labels.
     */
    private static final Pattern PLAIN_EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private InputRules() {
    }

    /** Whether the text holds a control character; with {@code lineBreaks}, newline, carriage return and tab are allowed. */
    public static boolean hasControlCharacters(String text, boolean lineBreaks) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = lineBreaks && (c == '\n' || c == '\r' || c == '\t');
            if (!allowed && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT && c != '\u200D')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Typed text made safe for one log line: every control character (ASCII and C1, {@code U+0085} among them), line
     * and paragraph separator ({@code U+2028}, {@code U+2029}) and invisible format character becomes {@code ?}, so a
     * value can never start a forged line; longer than {@code max}, it is cut with an ellipsis.
     */
    public static String loggable(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && clean.length() < max; i++) {
            char c = text.charAt(i);
            clean.append(hasControlCharacters(String.valueOf(c), false) ? '?' : c);
        }
        return text.length() > clean.length() ? clean + "…" : clean.toString();
    }

    /** Whether this is a plain e-mail address (after trimming), with a dotted domain. */
    public static boolean isPlainEmail(String address) {
        if (address == null) {
            return false;
        }
        String trimmed = address.strip();
        return trimmed.length() <= 254 && PLAIN_EMAIL.matcher(trimmed).matches()
                && !trimmed.startsWith(".") && !trimmed.contains("..") && !trimmed.contains(".@");
    }
}
