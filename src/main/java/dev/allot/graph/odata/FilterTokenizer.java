package dev.allot.graph.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.allot.graph.odata.FilterToken.Kind;

/** Splits a {@code $filter} into tokens, left to right, refusing any character OData does not give a meaning to here. */
final class FilterTokenizer {

    private final String text;
    private final String supported;
    private final List<FilterToken> tokens = new ArrayList<>();
    private int at;

    private FilterTokenizer(String text, String supported) {
        this.text = text;
        this.supported = supported;
    }

    /** The tokens of the filter, always ending with an END token. */
    static List<FilterToken> tokenize(String text, String supported) {
        FilterTokenizer tokenizer = new FilterTokenizer(text, supported);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (true) {
            skipSpaces();
            if (at >= text.length()) {
                tokens.add(new FilterToken(Kind.END, "", null, at + 1));
                return;
            }
            tokens.add(next());
        }
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private FilterToken next() {
        char c = text.charAt(at);
        return switch (c) {
            case '(' -> symbol(Kind.OPEN);
            case ')' -> symbol(Kind.CLOSE);
            case ',' -> symbol(Kind.COMMA);
            case ':' -> symbol(Kind.COLON);
            case '/' -> symbol(Kind.SLASH);
            case '\'' -> string();
            default -> valueOrWord(c);
        };
    }

    private FilterToken valueOrWord(char c) {
        // a GUID may start with a letter (a-f) as well as a digit, so it is recognised before words and numbers
        if (isGuidAt(at)) {
            return guid();
        }
        if (isDigit(c)) {
            return integer();
        }
        if (isWordStart(c)) {
            return word();
        }
        throw FilterErrors.invalid("unexpected character '" + c + "'", at + 1, supported);
    }

    private FilterToken symbol(Kind kind) {
        FilterToken token = new FilterToken(kind, text.substring(at, at + 1), null, at + 1);
        at++;
        return token;
    }

    /** A string literal in single quotes, where a doubled quote ('') stands for one quote. */
    private FilterToken string() {
        int start = at;
        StringBuilder value = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw FilterErrors.invalid("the string starting here is not closed with a quote (')", start + 1, supported);
            }
            char c = text.charAt(at++);
            if (c != '\'') {
                value.append(c);
            } else if (at < text.length() && text.charAt(at) == '\'') {
                value.append('\'');
                at++;
            } else {
                return new FilterToken(Kind.STRING, text.substring(start, at), value.toString(), start + 1);
            }
        }
    }

    private FilterToken guid() {
        String raw = text.substring(at, at + Guids.LENGTH);
        FilterToken token = new FilterToken(Kind.GUID, raw, UUID.fromString(raw), at + 1);
        at += Guids.LENGTH;
        return token;
    }

    private FilterToken integer() {
        int start = at;
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && isWordPart(text.charAt(at))) {
            throw FilterErrors.invalid("'" + text.substring(start, wordEnd(start)) + "' is neither a number nor a GUID", start + 1, supported);
        }
        String raw = text.substring(start, at);
        if (raw.length() > 18) {
            throw FilterErrors.invalid("the number " + raw + " is too large", start + 1, supported);
        }
        return new FilterToken(Kind.INTEGER, raw, Long.parseLong(raw), start + 1);
    }

    private FilterToken word() {
        int start = at;
        at = wordEnd(at + 1);
        String raw = text.substring(start, at);
        return new FilterToken(Kind.WORD, raw, raw, start + 1);
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < text.length() && isWordPart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A GUID, not run together with a following letter or digit. */
    private boolean isGuidAt(int start) {
        int after = start + Guids.LENGTH;
        return Guids.isGuidAt(text, start) && (after == text.length() || !isWordPart(text.charAt(after)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Property names, keywords and $count; the $ only leads. */
    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isWordPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c);
    }
}
