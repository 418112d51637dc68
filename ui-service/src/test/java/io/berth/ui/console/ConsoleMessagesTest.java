package io.berth.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.ui.console.web.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** English and Simplified Chinese say the same things: same keys, same placeholders, no English left. */
class ConsoleMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");

    @Test
    void everyKeyIsInBothBundlesAndInTheInterface() throws IOException {
        Properties en = load("messages/msg_en.properties");
        Properties zh = load("messages/msg_zh_CN.properties");
        Set<String> methods = Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()),
                "keys differ between msg_en and msg_zh_CN");
        assertEquals(methods, new TreeSet<>(en.stringPropertyNames()), "Msg methods differ from the bundle keys");
    }

    @Test
    void placeholdersMatchAndChineseIsTranslated() throws IOException {
        Properties en = load("messages/msg_en.properties");
        Properties zh = load("messages/msg_zh_CN.properties");
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            String z = zh.getProperty(key);
            assertEquals(placeholders(e), placeholders(z), "placeholders of " + key);
            assertFalse(z.isBlank(), key + " is empty in Chinese");
            String letters = PLACEHOLDER.matcher(z).replaceAll("");
            boolean chinese = letters.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean sameAsEnglish = z.equals(e);
            assertTrue(chinese || sameAsEnglish && !letters.matches(".*[a-z]{3,}.*"),
                    key + " reads as English in the Chinese bundle: " + z);
        }
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
