package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every message, each a valid MessageFormat with the same arguments as the English one. */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name + " exists").isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ro", "sv", "nl", "it", "de"})
    void every_language_has_every_message(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertThat(missing).as("keys missing from messages_" + language).isEmpty();
        assertThat(extra).as("keys only in messages_" + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ro", "sv", "nl", "it", "de"})
    void every_message_is_a_valid_message_format_with_the_english_arguments(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties bundle = language.isEmpty() ? english : load("messages_" + language + ".properties");
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            new MessageFormat(text, language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language)); // throws when malformed
            assertThat(arguments(text)).as(language + ": " + key).isEqualTo(arguments(english.getProperty(key, text)));
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }
}
